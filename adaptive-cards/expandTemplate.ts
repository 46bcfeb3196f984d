import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from './AdaptiveCard';

/**
 * Expands a card template from `templates/` with `data` as `$root`.
 * Contract: every field the template binds must be present in `data` (the engine would otherwise leave the
 * `${…}` text in place); data values are substituted as values, never evaluated as expressions.
 * Throws when the result is not an Adaptive Card object (a broken template is a programming error).
 */
export function expandTemplate(template: object, data: object): AdaptiveCard {
  const expanded: unknown = new ACData.Template(template).expand({ $root: data });
  if (!isCard(expanded)) throw new Error('Card template did not expand to an AdaptiveCard');
  return expanded;
}

function isCard(value: unknown): value is AdaptiveCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<AdaptiveCard>;
  return card.type === 'AdaptiveCard' && card.version === '1.5' && Array.isArray(card.body);
}
