import Parser from 'tree-sitter';
import Bicep from 'tree-sitter-bicep';

/** A syntax node as tree-sitter gives it (the subset these checks use). */
export type BicepNode = Parser.SyntaxNode;

export interface BicepParameter {
  readonly name: string;
  /** `string`, `int`, `bool`, `array`, `object`, ... */
  readonly type: string;
  readonly hasDefault: boolean;
  /** Decorator names, e.g. `secure`, `allowed`, `description`. */
  readonly decorators: readonly string[];
  readonly node: BicepNode;
}

export interface BicepFile {
  readonly root: BicepNode;
  /** Every ERROR or MISSING node, as `line:column type`. */
  readonly syntaxErrors: readonly string[];
  readonly parameters: ReadonlyMap<string, BicepParameter>;
  readonly outputs: ReadonlyMap<string, BicepNode>;
  readonly variables: ReadonlyMap<string, BicepNode>;
  /** Resource declarations by symbolic name, with their type string (`Microsoft.Web/sites@2023-12-01`). */
  readonly resources: ReadonlyMap<string, { readonly type: string; readonly node: BicepNode }>;
}

const parser = new Parser();
parser.setLanguage(Bicep as Parser.Language);

/** Every node under `node` (itself included), depth first. */
export function walk(node: BicepNode): BicepNode[] {
  const out: BicepNode[] = [node];
  for (const child of node.children) out.push(...walk(child));
  return out;
}

/** Parses Bicep source with tree-sitter-bicep (syntax only: no type checking, no compiler). */
export function parseBicep(source: string): BicepFile {
  const root = parser.parse(source).rootNode;
  const syntaxErrors = walk(root)
    .filter((node) => node.type === 'ERROR' || node.isMissing)
    .map(
      (node) =>
        `${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.isMissing ? `missing ${node.type}` : 'error'}`,
    );
  const parameters = new Map<string, BicepParameter>();
  const outputs = new Map<string, BicepNode>();
  const variables = new Map<string, BicepNode>();
  const resources = new Map<string, { type: string; node: BicepNode }>();
  let pending: string[] = [];
  for (const node of root.namedChildren) {
    if (node.type === 'decorators') {
      pending = node.namedChildren.map(
        (decorator) => decorator.namedChildren[0]?.childForFieldName('function')?.text ?? decorator.text,
      );
      continue;
    }
    const name = node.namedChildren.find((child) => child.type === 'identifier')?.text ?? '';
    if (node.type === 'parameter_declaration') {
      const typeNode = node.namedChildren.find((child) => child.type === 'type');
      const afterType = typeNode ? node.namedChildren.slice(node.namedChildren.indexOf(typeNode) + 1) : [];
      parameters.set(name, {
        name,
        type: typeNode?.text ?? '',
        hasDefault: afterType.length > 0,
        decorators: pending,
        node,
      });
    } else if (node.type === 'output_declaration') outputs.set(name, node);
    else if (node.type === 'variable_declaration') variables.set(name, node);
    else if (node.type === 'resource_declaration') {
      const type = node.namedChildren.find((child) => child.type === 'string')?.text.slice(1, -1) ?? '';
      resources.set(name, { type, node });
    }
    pending = [];
  }
  return { root, syntaxErrors, parameters, outputs, variables, resources };
}

/** The value node of property `key` directly inside object node `object`. */
export function property(object: BicepNode | undefined, key: string): BicepNode | undefined {
  const found = object?.namedChildren.find(
    (child) => child.type === 'object_property' && child.namedChildren[0]?.text.replace(/^'|'$/g, '') === key,
  );
  return found?.namedChildren[found.namedChildren.length - 1];
}

/** The body object of a resource declaration (the object after `=`, or after `if (...)`). */
export function resourceBody(node: BicepNode): BicepNode | undefined {
  const direct = node.namedChildren.find((child) => child.type === 'object');
  if (direct) return direct;
  return node.namedChildren
    .find((child) => child.type === 'if_statement')
    ?.namedChildren.find((c) => c.type === 'object');
}
