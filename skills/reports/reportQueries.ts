import { queryTerms } from '../../knowledge/answer/terms';

/** One retrieval of a report: its query text and the words its findings must mention. */
export interface ReportQuery {
  readonly query: string;
  /** `topic`, `focus` or the aspect word (`requirements`, `results`, `risks`, `actions`). */
  readonly kind: string;
  /** Content terms (see `queryTerms`); a finding must have one in its text or heading; empty = any. */
  readonly mustMention: readonly string[];
  /** Sentence for the report's open questions when this query finds nothing relevant. */
  readonly missing: string;
}

/** The fixed aspect sub-queries, in report order. */
export const REPORT_ASPECTS = ['requirements', 'results', 'risks', 'actions'] as const;

/** Words of a "regenerate with changes" request that steer rather than name a subject (dropped from focus). */
const INSTRUCTION_WORDS = new Set(
  queryTerms(
    'focus focusing emphasis emphasise emphasize include including add adding mention cover less fewer shorter ' +
      'longer detail details detailed section sections report instead rather also please want need like',
  ),
);
/** At most this many content terms of `changes` make up the focus query. */
const MAX_FOCUS_TERMS = 12;

/**
 * The deterministic retrievals of a report, in report order (earlier queries lead the summary and win
 * de-duplication): first, when `changes` has content words once instruction words (`focus`, `add`, `include`,
 * `more detail`…) are dropped, a focus query `<topic> <first 12 remaining words of changes>`, whose findings
 * must mention one of those words; then the topic itself; then one query `<topic> <aspect>` per aspect in
 * {@link REPORT_ASPECTS}, whose findings must mention the aspect (in the sentence or its section heading).
 * `readers` names who the searches ran for in the open-question sentences ("No documents <readers> can access
 * cover …"): `you` (the author), or `everyone here` for a report drafted in a group conversation.
 * Equal inputs give equal queries.
 */
export function reportQueries(topic: string, changes?: string, readers: string = 'you'): ReportQuery[] {
  const clean = topic.replace(/\s+/gu, ' ').trim();
  const queries: ReportQuery[] = [];
  const focus = queryTerms(changes ?? '')
    .filter((term) => !INSTRUCTION_WORDS.has(term))
    .slice(0, MAX_FOCUS_TERMS);
  const focusWords = focusWordsOf(changes ?? '', focus);
  if (focusWords !== '') {
    queries.push({
      query: `${clean} ${focusWords}`,
      kind: 'focus',
      mustMention: focus,
      missing: `No documents ${readers} can access cover ${clean} with the requested focus (${focusWords}).`,
    });
  }
  queries.push({
    query: clean,
    kind: 'topic',
    mustMention: [],
    missing: `No documents ${readers} can access cover ${clean}.`,
  });
  for (const aspect of REPORT_ASPECTS) {
    queries.push({
      query: `${clean} ${aspect}`,
      kind: aspect,
      mustMention: queryTerms(aspect),
      missing: `No documents ${readers} can access cover ${clean} ${aspect}.`,
    });
  }
  return queries;
}

/** The original words of `text` whose terms are in `keep` (first occurrence each), joined by spaces. */
function focusWordsOf(text: string, keep: readonly string[]): string {
  const wanted = new Set(keep);
  const words: string[] = [];
  for (const word of text.split(/\s+/u)) {
    const terms = queryTerms(word);
    const term = terms.find((t) => wanted.has(t));
    if (term === undefined) continue;
    wanted.delete(term);
    words.push(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  }
  return words.join(' ');
}
