import fs from 'node:fs';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { bundledSchemaFile } from './bundledSchemas';
import { childField, isObject, pointerToField, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';

type SchemaArgs = Parameters<typeof AppManifestUtils.validateAgainstSchema>;

/**
 * Validates `doc` (a filled Teams app manifest, declarative agent or API plugin manifest) offline against the
 * official schema its `$schema` names, loaded from the copy bundled in `@microsoft/app-manifest` (its Ajv
 * validator; no network). A missing or unknown `$schema` is itself a problem. Each schema error becomes one
 * problem with the field it concerns and a fix derived from the failed keyword.
 */
export async function validateSchema(doc: Json, file: string): Promise<PackageProblem[]> {
  const schemaUrl = isObject(doc) ? doc.$schema : undefined;
  const schemaFile = typeof schemaUrl === 'string' ? bundledSchemaFile(schemaUrl) : undefined;
  if (!schemaFile) {
    return [
      {
        file,
        field: '$schema',
        message: `${typeof schemaUrl === 'string' ? `"${schemaUrl}" is not an official schema bundled in @microsoft/app-manifest` : 'is missing'}`,
        fix: 'set "$schema" to the official schema URL of the version in use, e.g. https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json',
      },
    ];
  }
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as SchemaArgs[1];
  const errors = await AppManifestUtils.validateAgainstSchema(doc as unknown as SchemaArgs[0], schema);
  // Combinator summaries ("must match \"then\" schema", oneOf counts) repeat a more specific error: keep them
  // only when nothing else was reported.
  const specific = errors.filter((error) => !/Details: \{"(failingKeyword|passingSchemas)"/.test(error));
  return (specific.length > 0 ? specific : errors).map((error) =>
    toProblem(error, file, schemaUrl as string),
  );
}

/** Parses `<instancePath> <message>. Details: <params JSON>` (the format of `validateAgainstSchema`). */
function toProblem(error: string, file: string, schemaUrl: string): PackageProblem {
  const match = /^(\S*) ([\s\S]*?)\. Details: ([\s\S]*)$/.exec(error);
  if (!match) return { file, field: '', message: error, fix: `make the file match ${schemaUrl}` };
  const [, pointer = '', message = '', detailsText = ''] = match;
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(detailsText);
    if (isObject(parsed)) details = parsed;
  } catch {
    // keep the message alone
  }
  const field = pointerToField(pointer);
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  for (const [keyword, problem, fix] of propertyProblems(schemaUrl)) {
    if (details[keyword] !== undefined) {
      const name = text(details[keyword]);
      return { file, field: childField(field, name), message: problem, fix: fix(name) };
    }
  }
  if (Array.isArray(details.allowedValues)) {
    return { file, field, message, fix: `use one of ${details.allowedValues.map(text).join(', ')}` };
  }
  if (details.allowedValue !== undefined) {
    return { file, field, message, fix: `set it to ${text(details.allowedValue)}` };
  }
  if (details.pattern !== undefined) {
    return {
      file,
      field,
      message: 'does not match the required pattern',
      fix: `make it match ${text(details.pattern)}`,
    };
  }
  if (details.limit !== undefined) return { file, field, message, fix: 'change it to respect that limit' };
  return { file, field, message, fix: `change it to satisfy ${schemaUrl}` };
}

/**
 * The errors about one named property: the keyword of the error's details naming it, the problem said of the
 * property's field and the fix, given the property's name.
 */
function propertyProblems(schemaUrl: string): [string, string, (name: string) => string][] {
  return [
    ['missingProperty', 'is required', (name) => `add "${name}" (see ${schemaUrl})`],
    ['additionalProperty', 'is not allowed here', (name) => `remove "${name}" or check its spelling`],
    [
      'propertyName',
      'is not a property this schema allows',
      (name) => `remove "${name}" or check its spelling`,
    ],
  ];
}
