import { createRequire } from 'node:module';
import { MAX_CARD_BYTES, cardBytes } from '../../adaptive-cards';
import { allObjects, allStrings, markdownLinkTargets } from './cardWalk';

type AdaptiveCardsModule = typeof import('adaptivecards');
// The package root needs a DOM; the dist bundle loads on Node.
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsModule;

/** Highest Adaptive Card version Teams renders. */
export const MAX_TEAMS_VERSION: readonly [number, number] = [1, 5];

/**
 * Checks a rendered card the way Teams would receive it and returns every problem found (empty = valid):
 * parse and validation events of the real adaptivecards@3.0.6 parser (unknown elements/actions, bad
 * values, duplicate ids…), `type`, a string `version` <= 1.5, size <= MAX_CARD_BYTES, http(s)-only
 * URLs (action/selectAction/image `url` and markdown link targets), ToggleVisibility targets that exist,
 * no leftover `${` template expressions and no control characters in any string.
 */
export function validateCard(card: unknown): string[] {
  const problems: string[] = [];
  let json: unknown;
  try {
    json = JSON.parse(JSON.stringify(card));
  } catch (error) {
    return [`not JSON-serialisable: ${String(error)}`];
  }
  const root = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (root.type !== 'AdaptiveCard') problems.push(`type is ${String(root.type)}, not AdaptiveCard`);
  problems.push(...versionProblems(root.version));
  const bytes = cardBytes(json);
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  problems.push(...parserProblems(json));
  problems.push(...urlProblems(json));
  problems.push(...toggleProblems(json));
  for (const s of allStrings(json)) {
    if (s.includes('${')) problems.push(`template expression left in ${JSON.stringify(s.slice(0, 60))}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001F\u007F]/.test(s))
      problems.push(`control character in ${JSON.stringify(s.slice(0, 60))}`);
  }
  return problems;
}

function versionProblems(version: unknown): string[] {
  if (typeof version !== 'string') return [`version is ${typeof version}, not a string`];
  const match = /^(\d+)\.(\d+)$/.exec(version);
  if (!match) return [`version ${version} is not major.minor`];
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const [maxMajor, maxMinor] = MAX_TEAMS_VERSION;
  const tooNew = major > maxMajor || (major === maxMajor && minor > maxMinor);
  return tooNew ? [`version ${version} is above ${maxMajor}.${maxMinor}`] : [];
}

function parserProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

function isHttpUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function urlProblems(json: unknown): string[] {
  const problems: string[] = [];
  for (const o of allObjects(json)) {
    if ('url' in o && !isHttpUrl(o.url))
      problems.push(`${String(o.type)} url is not http(s): ${String(o.url)}`);
  }
  for (const target of markdownLinkTargets(json)) {
    if (!isHttpUrl(target)) problems.push(`markdown link target is not http(s): ${target}`);
  }
  return problems;
}

function toggleProblems(json: unknown): string[] {
  const ids = new Set(allObjects(json).flatMap((o) => (typeof o.id === 'string' ? [o.id] : [])));
  return allObjects(json)
    .filter((o) => o.type === 'Action.ToggleVisibility')
    .flatMap((o) => (Array.isArray(o.targetElements) ? o.targetElements : []))
    .map((t: unknown) => (typeof t === 'object' && t !== null ? (t as { elementId?: unknown }).elementId : t))
    .filter((id) => typeof id !== 'string' || !ids.has(id))
    .map((id) => `ToggleVisibility target ${String(id)} does not exist`);
}
