import { z } from 'zod';
/** One line of a `qa.jsonl` question file (format: `../shared/data/qa/README.md`); no other field. */
const QaLine = z
  .object({
    id: z.string(),
    question: z.string(),
    /** Corpus files (relative to the corpus root) that directly answer it; empty when unanswerable. */
    gold: z.array(z.string()).readonly(),
    /** Substrings a correct answer contains, compared case-insensitively (numbers also as words). */
    answer_keys: z.array(z.string()).readonly(),
    kind: z.string(),
    answerable: z.boolean(),
  })
  .strict()
  .readonly();
export type QaItem = z.infer<typeof QaLine>;

/**
 * Parses a `qa.jsonl` text. Contract: every non-blank line is one object with exactly the six fields of
 * `QaItem` and the right types; anything else throws an Error naming the line number and what is wrong.
 */
export function parseQaJsonl(text: string): QaItem[] {
  const items: QaItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`qa.jsonl line ${i + 1}: not JSON`);
    }
    const parsed = QaLine.safeParse(value);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`,
      );
      throw new Error(`qa.jsonl line ${i + 1}: ${problems.join('; ')}`);
    }
    items.push(parsed.data);
  });
  return items;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
};

/** Lower case, number words as digits, whitespace collapsed: the form keys and replies are compared in. */
export function normaliseForKeys(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b[a-z]+\b/g, (word) => NUMBER_WORDS[word] ?? word)
    .replace(/\s+/g, ' ');
}

/** True when `reply` contains every key (case-insensitively; "five seconds" matches "5 seconds"). */
export function quotesEveryKey(reply: string, keys: readonly string[]): boolean {
  const text = normaliseForKeys(reply);
  return keys.every((key) => text.includes(normaliseForKeys(key)));
}

/** True when one of the first `k` cited documents (in citation-number order) is a gold file. */
export function hitAt(cited: readonly string[], gold: readonly string[], k: number): boolean {
  return cited.slice(0, k).some((docId) => gold.includes(docId));
}

/** Distinct values in first-seen order. */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
