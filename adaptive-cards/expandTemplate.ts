import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './AdaptiveCard';

/**
 * Parsed templates, by template object. Parsing (every `${…}` binding through the adaptive-expressions parser)
 * cost more than expanding: a `Template` is built once and bound to new data on each call, as the library
 * intends. Expansion is synchronous, so one instance is never used by two calls at once. Templates are module
 * constants; a WeakMap lets any other object go.
 */
const parsed = new WeakMap<object, ACData.Template>();

/**
 * Expands a card template from `templates/` with `data` as `$root`.
 * Contract: every field the template binds must be present in `data` (the engine would otherwise leave the
 * `${…}` text in place); data values are substituted as values, never evaluated as expressions.
 * Throws when the result is not an Adaptive Card object (a broken template is a programming error).
 * The template object must not be changed after its first expansion (it is parsed once).
 */
export function expandTemplate(template: object, data: object): AdaptiveCard {
  let compiled = parsed.get(template);
  if (!compiled) {
    compiled = new ACData.Template(template);
    parsed.set(template, compiled);
  }
  const expanded: unknown = compiled.expand({ $root: data });
  if (!isCard(expanded)) throw new Error('Card template did not expand to an AdaptiveCard');
  return expanded;
}

function isCard(value: unknown): value is AdaptiveCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<AdaptiveCard>;
  return card.type === 'AdaptiveCard' && card.version === '1.5' && Array.isArray(card.body);
}
