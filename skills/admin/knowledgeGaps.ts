import { queryTerms } from '../../knowledge/answer/terms';

/** Something the assistant could not answer well: a declined question, or an answer someone disliked. */
export interface GapItem {
  readonly kind: 'declined' | 'disliked';
  readonly question: string;
  /** The comment given with a thumbs-down, if any. */
  readonly comment?: string;
  /** Documents the search ranked best for the question, best first. */
  readonly closestSourceIds: readonly string[];
}

/** A group of gap items that share a salient term: one topic content owners could write about. */
export interface GapTopic {
  /** The shared words, as people wrote them (e.g. `parking`, `charging cable`). */
  readonly topic: string;
  readonly declined: number;
  readonly disliked: number;
  /** The items' questions (distinct, at most 5) and comments (at most 5). */
  readonly questions: readonly string[];
  readonly comments: readonly string[];
  /** Documents that came closest across the group, by how many items ranked them, at most 3. */
  readonly closest: readonly { readonly docId: string; readonly items: number }[];
}

/** Most topics returned. */
const MAX_TOPICS = 25;

/**
 * Groups gap items by topic, with no list of topics given: each item's salient terms are its content words
 * (`queryTerms`: stop words out, stemmed); the term shared by the most remaining items (at least two; ties by
 * the term) makes a topic of those items, labelled with it and the next term most of them share; repeated until
 * no term is shared, and each item left is its own topic, labelled with its first two terms. Topics are returned
 * largest first (ties by label), at most 25.
 */
export function knowledgeGaps(items: readonly GapItem[]): GapTopic[] {
  const surface = new Map<string, string>();
  const termsOf = items.map((item) => termsWithSurface(item.question, surface));
  let remaining = items.map((_, i) => i);
  const topics: GapTopic[] = [];
  while (remaining.length > 0) {
    const shared = mostShared(remaining.map((i) => termsOf[i] ?? []));
    if (!shared || shared.count < 2) break;
    const members = remaining.filter((i) => termsOf[i]?.includes(shared.term));
    const second = mostShared(members.map((i) => (termsOf[i] ?? []).filter((t) => t !== shared.term)));
    const label = [shared.term, ...(second && second.count * 2 > members.length ? [second.term] : [])];
    topics.push(
      topic(
        label.map((t) => surface.get(t) ?? t).join(' '),
        members.map((i) => items[i] as GapItem),
      ),
    );
    remaining = remaining.filter((i) => !members.includes(i));
  }
  for (const i of remaining) {
    const terms = (termsOf[i] ?? []).slice(0, 2).map((t) => surface.get(t) ?? t);
    topics.push(topic(terms.join(' ') || '(no words)', [items[i] as GapItem]));
  }
  const size = (t: GapTopic) => t.declined + t.disliked;
  return topics.sort((a, b) => size(b) - size(a) || a.topic.localeCompare(b.topic)).slice(0, MAX_TOPICS);
}

/** The distinct stemmed terms of `text`; remembers the first written form of each stem in `surface`. */
function termsWithSurface(text: string, surface: Map<string, string>): string[] {
  const terms = queryTerms(text);
  for (const word of text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}\-_.]+/u)) {
    const [stem] = queryTerms(word);
    if (stem && terms.includes(stem) && !surface.has(stem)) surface.set(stem, word.replace(/[._-]+$/, ''));
  }
  return terms;
}

/** The term in the most of `lists` (each list counts a term once), ties by the term; undefined when none. */
function mostShared(lists: readonly (readonly string[])[]): { term: string; count: number } | undefined {
  const counts = new Map<string, number>();
  for (const list of lists) for (const term of new Set(list)) counts.set(term, (counts.get(term) ?? 0) + 1);
  let best: { term: string; count: number } | undefined;
  for (const [term, count] of counts)
    if (!best || count > best.count || (count === best.count && term < best.term)) best = { term, count };
  return best;
}

function topic(label: string, members: readonly GapItem[]): GapTopic {
  const closest = new Map<string, number>();
  for (const item of members)
    for (const docId of new Set(item.closestSourceIds.slice(0, 3)))
      closest.set(docId, (closest.get(docId) ?? 0) + 1);
  return {
    topic: label,
    declined: members.filter((m) => m.kind === 'declined').length,
    disliked: members.filter((m) => m.kind === 'disliked').length,
    questions: [...new Set(members.map((m) => m.question))].slice(0, 5),
    comments: members
      .map((m) => m.comment ?? '')
      .filter((c) => c !== '')
      .slice(0, 5),
    closest: [...closest.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([docId, n]) => ({ docId, items: n })),
  };
}
