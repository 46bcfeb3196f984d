import { WORD_JOINER } from '../../adaptive-cards';

/** Every object nested anywhere in `value` (depth first, the value itself included). */
export function allObjects(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      found.push(v as Record<string, unknown>);
      Object.values(v).forEach(visit);
    }
  };
  visit(value);
  return found;
}

/** Every string nested anywhere in `value`. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(allStrings);
  return [];
}

/** Objects whose `type` is `type`. */
export function ofType(card: unknown, type: string): Record<string, unknown>[] {
  return allObjects(card).filter((o) => o.type === type);
}

/** The text a reader sees: TextBlock texts and action titles, in document order. */
export function visibleText(card: unknown): string {
  return allObjects(card)
    .flatMap((o) =>
      o.type === 'TextBlock'
        ? [o.text]
        : typeof o.type === 'string' && o.type.startsWith('Action.')
          ? [o.title]
          : [],
    )
    .filter((t): t is string => typeof t === 'string')
    .join('\n');
}

/** Undoes safeText's documented lookalikes (fullwidth ASCII, `∖`, word joiners) to compare with the input. */
export function revealLookalikes(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u2216/g, '\\')
    .replace(/\u2236/g, ':')
    .replace(/\u2024/g, '.')
    .split(WORD_JOINER)
    .join('');
}

/** Markdown link/image targets (`](target)`) found in any string of the card. */
export function markdownLinkTargets(card: unknown): string[] {
  return allStrings(card).flatMap((s) => [...s.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1] ?? ''));
}
