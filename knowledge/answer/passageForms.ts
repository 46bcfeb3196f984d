import type { Passage } from '../index/Passage';
import { PassageMemo } from './PassageMemo';
import { compactForm } from './questionEntities';

/** How names of a question are looked for in one passage (see `mentions`). */
export interface PassageForms {
  /** `compactForm` of the passage's `title docId heading text`. */
  readonly compact: string;
  /** The lower-cased words (letters, marks, digits) of the same text. */
  readonly words: ReadonlySet<string>;
}

const CAPACITY = 4096;
const memo = new PassageMemo<PassageForms>(CAPACITY);

/**
 * The compact form and words of `${title} ${docId} ${heading} ${text}`, computed once per such text. Texts
 * joined by a space give the concatenation of their compact forms and the union of their words, so the forms of
 * several passages are assembled from these. Shared between calls: never mutate `words`.
 */
export function passageForms(passage: Passage): PassageForms {
  return memo.get(passage, '', () => {
    const text = `${passage.title} ${passage.docId} ${passage.heading} ${passage.text}`;
    return {
      compact: compactForm(text),
      words: new Set(
        text
          .toLowerCase()
          .split(/[^\p{L}\p{M}\p{N}]+/u)
          .filter(Boolean),
      ),
    };
  });
}

/**
 * The forms of several passages' texts joined by spaces, in order: `compact` is their compact forms
 * concatenated (built on first read), and `compactText.includes(text)` answers `compact.includes(text)` (a text
 * may run across two passages' forms) without building it; `words` answers `has` over all of them.
 */
export function joinedForms(passages: readonly Passage[]): {
  readonly compact: string;
  readonly compactText: { includes(text: string): boolean };
  readonly words: { has(word: string): boolean };
} {
  const forms = passages.map(passageForms);
  if (forms.length === 1 && forms[0]) return { ...forms[0], compactText: forms[0].compact };
  const compacts = forms.map((f) => f.compact);
  let joined: string | undefined;
  return {
    get compact(): string {
      joined ??= compacts.join('');
      return joined;
    },
    compactText: { includes: (text) => includesAcross(compacts, text) },
    words: { has: (word) => forms.some((f) => f.words.has(word)) },
  };
}

/**
 * `parts.join('').includes(text)`: in one part, or across a boundary, where it starts within the last
 * `text.length - 1` characters before the boundary and ends within as many after it (the first boundary it
 * crosses).
 */
export function includesAcross(parts: readonly string[], text: string): boolean {
  if (text.length === 0) return true;
  if (parts.some((part) => part.includes(text))) return true;
  const reach = text.length - 1;
  if (reach === 0) return false;
  for (let boundary = 1; boundary < parts.length; boundary += 1) {
    let before = '';
    for (let i = boundary - 1; i >= 0 && before.length < reach; i -= 1) before = `${parts[i] ?? ''}${before}`;
    let after = '';
    for (let i = boundary; i < parts.length && after.length < reach; i += 1) after += parts[i] ?? '';
    if (`${before.slice(-reach)}${after.slice(0, reach)}`.includes(text)) return true;
  }
  return false;
}
