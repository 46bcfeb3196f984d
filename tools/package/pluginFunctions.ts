import type { OpenAPIV3 } from 'openapi-types';
import { confirmOperationId, skillOperationId, skillPath } from '../../skills/surfaces/operationIds';
import { functionCapabilities } from './functionCapabilities';
import { responseCardTemplate } from './responseCardTemplate';
import type { SkillInfo } from '../../skills/SkillCatalog';
import type { Json } from './jsonPath';

/** One operation of the spec with the skill it runs and whether it is that skill's confirm operation. */
export interface SkillOperation {
  readonly operationId: string;
  readonly path: string;
  readonly operation: OpenAPIV3.OperationObject;
  readonly skill: SkillInfo;
  readonly confirm: boolean;
}

/**
 * Every operation of `spec` (path order, any HTTP method) matched to its skill in `skills` by path
 * (`/api/skills/<name>`, `/api/skills/<name>/confirm`) and operationId. Throws when an operation runs no
 * registered skill or its operationId isn't the one `operationIds` derives: the spec and registry drifted.
 */
export function skillOperations(spec: OpenAPIV3.Document, skills: readonly SkillInfo[]): SkillOperation[] {
  const out: SkillOperation[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item?.[method];
      if (!operation) continue;
      const skill = skills.find((s) => path === skillPath(s.name) || path === `${skillPath(s.name)}/confirm`);
      if (!skill) throw new Error(`${method.toUpperCase()} ${path} runs no registered skill`);
      const confirm = path.endsWith('/confirm');
      const expected = confirm ? confirmOperationId(skill.name) : skillOperationId(skill.name);
      if (operation.operationId !== expected)
        throw new Error(
          `${method.toUpperCase()} ${path}: operationId is ${operation.operationId}, expected ${expected}`,
        );
      out.push({ operationId: expected, path, operation, skill, confirm });
    }
  }
  return out;
}

/**
 * The API plugin `functions` for `operations`, one per operation, named by its operationId. Each renders its
 * `SkillApiResponse` with the skill's response card template (`response_semantics`, data path `$`, citation
 * title/url from the first source). A confirm operation also asks the user in an Adaptive Card before
 * Copilot calls it (`capabilities.confirmation`) and is marked as changing state (`security_info`).
 */
export function pluginFunctions(operations: readonly SkillOperation[]): Json[] {
  return operations.map(({ operationId, operation, skill, confirm }) => ({
    name: operationId,
    description: operation.description ?? operation.summary ?? skill.description,
    capabilities: functionCapabilities(skill.title, confirm, {
      response_semantics: {
        data_path: '$',
        properties: { title: '$.citations[0].title', url: '$.citations[0].url' },
        static_template: responseCardTemplate(skill) as { [key: string]: Json },
      },
    }),
  }));
}
