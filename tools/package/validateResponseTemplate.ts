import { createRequire } from 'node:module';
import * as ACData from 'adaptivecards-templating';
import { MAX_CARD_BYTES, cardBytes } from '../../adaptive-cards';
import { childField, isObject, type Json } from './jsonPath';
import type { PackageProblem } from './PackageProblem';

type AdaptiveCardsModule = typeof import('adaptivecards');
// The package root needs a DOM; the dist bundle loads on Node (a devDependency: packaging is a dev-time tool).
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Highest Adaptive Card version Teams and Copilot render. */
export const MAX_CARD_VERSION: readonly [number, number] = [1, 5];

/**
 * Checks a response card template (`static_template` of an API plugin function, at `field` of `file`) the way
 * Copilot will use it: an `AdaptiveCard` of a string `version` <= 1.5, at most 28 KB as written, and, expanded
 * with each of `samples` (typical API responses) by `adaptivecards-templating`, still an Adaptive Card
 * <= 28 KB with no `${...}` left and no element or action the Adaptive Cards parser rejects.
 */
export function validateResponseTemplate(
  template: Json,
  samples: readonly Json[],
  file: string,
  field: string,
): PackageProblem[] {
  const problem = (at: string, message: string, fix: string): PackageProblem => ({
    file,
    field: at,
    message,
    fix,
  });
  if (!isObject(template))
    return [problem(field, 'is not an Adaptive Card object', 'use an Adaptive Card template object')];
  const problems: PackageProblem[] = [];
  if (template.type !== 'AdaptiveCard')
    problems.push(
      problem(childField(field, 'type'), `is ${JSON.stringify(template.type)}`, 'set "type": "AdaptiveCard"'),
    );
  const version = versionProblem(template.version);
  if (version)
    problems.push(
      problem(
        childField(field, 'version'),
        version,
        'set "version": "1.5" and use only Adaptive Card 1.5 elements and properties',
      ),
    );
  if (cardBytes(template) > MAX_CARD_BYTES)
    problems.push(
      problem(
        field,
        `is ${cardBytes(template)} bytes, over the ${MAX_CARD_BYTES}-byte card budget`,
        'shorten the template',
      ),
    );
  if (problems.length > 0) return problems;
  samples.forEach((sample, i) => {
    const what = `expanded with sample response ${i + 1}`;
    let card: unknown;
    try {
      card = new ACData.Template(template).expand({ $root: sample });
    } catch (error) {
      problems.push(
        problem(field, `${what} fails: ${(error as Error).message}`, 'fix the template expressions'),
      );
      return;
    }
    for (const message of expandedProblems(card))
      problems.push(
        problem(
          field,
          `${what}: ${message}`,
          'bind only fields of the API response (SkillApiResponse) and use Adaptive Card 1.5 elements',
        ),
      );
  });
  return problems;
}

function versionProblem(version: unknown): string | undefined {
  if (typeof version !== 'string') return `is ${JSON.stringify(version)}, not a version string`;
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) return `"${version}" is not major.minor`;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const [maxMajor, maxMinor] = MAX_CARD_VERSION;
  if (major > maxMajor || (major === maxMajor && minor > maxMinor))
    return `is ${version}, above ${maxMajor}.${maxMinor} (the highest version Teams and Copilot render)`;
  return undefined;
}

function expandedProblems(card: unknown): string[] {
  if (!isObject(card) || card.type !== 'AdaptiveCard') return ['is not an Adaptive Card'];
  const problems: string[] = [];
  if (cardBytes(card) > MAX_CARD_BYTES) problems.push(`is ${cardBytes(card)} bytes, over ${MAX_CARD_BYTES}`);
  const text = JSON.stringify(card);
  if (text.includes('${')) problems.push('a ${...} expression is left unexpanded');
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parser: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`parser: ${event.message}`);
  return problems;
}
