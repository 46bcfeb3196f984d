import type { AdaptiveCard } from '../AdaptiveCard';

/**
 * A copy of `card` for a Teams dialog (task module), where buttons must be `Action.Submit`: Teams sends a dialog's
 * submit to the bot as `composeExtension/submitAction` (message extensions) or `task/submit`, with the action's
 * `data` merged with the card's inputs. Every `Action.Execute` (top-level `actions` and `ActionSet`s, at any
 * depth) becomes an `Action.Submit` with the same title, style and `associatedInputs`, whose data is the original
 * `data` plus `verb`. Returns the converted card and the verbs found, in order. `card` is not modified.
 */
export function toDialogCard(card: AdaptiveCard): { card: AdaptiveCard; verbs: string[] } {
  const verbs: string[] = [];
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (typeof value !== 'object' || value === null) return value;
    const node = value as Record<string, unknown>;
    if (node.type === 'Action.Execute') {
      const { verb, data, ...rest } = node;
      const verbText = typeof verb === 'string' ? verb : '';
      verbs.push(verbText);
      const base = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
      return { ...rest, type: 'Action.Submit', data: { ...base, verb: verbText } };
    }
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, convert(child)]));
  };
  return { card: convert(card) as AdaptiveCard, verbs };
}
