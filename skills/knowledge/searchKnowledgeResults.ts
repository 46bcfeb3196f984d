import { searchScope } from '../access/searchScope';
import { canRead } from '../../knowledge/access/AccessList';
import type { Principal } from '../../knowledge/access/Principal';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandName } from '../../knowledge/profile/profileText';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import { quotableInGroup } from '../../knowledge/profile/resolveSensitivityLabel';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import type { Passage } from '../../knowledge/index/Passage';
import { AppError } from '../errors/AppError';
import type { SkillUser } from '../SkillDescriptor';

/** Most documents one search returns. */
export const MAX_SEARCH_RESULTS = 10;
/** Passages retrieved per search: several per document, so that `MAX_SEARCH_RESULTS` distinct documents usually fill. */
const PASSAGES_PER_SEARCH = 40;

/** One document found by a search: its best-matching passage, with a link the user can open. */
export interface KnowledgeSearchResult {
  readonly docId: string;
  readonly chunkId: string;
  readonly title: string;
  /** Heading path of the passage without a leading segment that repeats the title; may be empty. */
  readonly section: string;
  /** The passage text, untrimmed (callers shorten and make it inert for display). */
  readonly snippet: string;
  /** Where the user opens the document (source `url`, else a signed viewer link for this user). */
  readonly url: string;
  /** Brand id of the document, or `group` (every brand). */
  readonly brand: string;
  /** Display name of the brand (organisation profile) when `deps.profile` is given and the brand is not `group`. */
  readonly brandName?: string;
  /**
   * Set when the search was made for a conversation (`sharedWith`) and not every member of it may read the
   * document, or its sensitivity label is above the profile's `groupQuoteMaxLabel`: only its title and link
   * may then be shown to them.
   */
  readonly restricted?: true;
}

export interface SearchKnowledgeDeps {
  readonly index: KnowledgeIndex;
  /** Link a reader opens for a passage (the same function `ask_knowledge` uses). */
  readonly linkFor: (passage: Passage, user: SkillUser) => string;
  /** The organisation, for brand display names; absent: cards show the brand id capitalised. */
  readonly profile?: OrganisationProfile;
}

/**
 * Keyword search over the knowledge index for one user, one result per document: retrieval is trimmed to
 * `user.principals` inside the index query (no principals, no results), and each document appears once, with its
 * best passage, in rank order. `query` is used as given (callers parse and trim it). At most `max` results
 * (default and ceiling {@link MAX_SEARCH_RESULTS}). Non-consequential: reads only. An index failure is thrown
 * as AppError `search_unavailable` (the cause is kept for the logs, never shown). `sharedWith`: the principals
 * every member of a conversation holds; a result whose document none of them names is marked `restricted`.
 */
export async function searchKnowledgeResults(
  deps: SearchKnowledgeDeps,
  query: string,
  user: SkillUser,
  max: number = MAX_SEARCH_RESULTS,
  sharedWith?: readonly Principal[],
): Promise<KnowledgeSearchResult[]> {
  const limit = Math.max(0, Math.min(MAX_SEARCH_RESULTS, Math.floor(max)));
  if (limit === 0) return [];
  let passages: Passage[];
  try {
    passages = await deps.index.search(query, { ...searchScope(user), top: PASSAGES_PER_SEARCH });
  } catch (error) {
    throw new AppError('search_unavailable', { cause: error });
  }
  const best = new Map<string, Passage>();
  for (const passage of passages) {
    if (!best.has(passage.docId)) best.set(passage.docId, passage);
    if (best.size === limit) break;
  }
  return [...best.values()].map((passage) => ({
    docId: passage.docId,
    chunkId: passage.chunkId,
    title: passage.title,
    section: sectionOf(passage.heading, passage.title),
    snippet: passage.text,
    url: deps.linkFor(passage, user),
    brand: passage.brand,
    ...(deps.profile && passage.brand && passage.brand !== 'group'
      ? { brandName: brandName(deps.profile, passage.brand) }
      : {}),
    ...(sharedWith &&
    (!canRead(passage.access, sharedWith) ||
      !quotableInGroup(deps.profile ?? defaultOrganisationProfile, passage.sensitivityLabel))
      ? { restricted: true as const }
      : {}),
  }));
}

function sectionOf(heading: string, title: string): string {
  const [first, ...rest] = heading.split(' > ');
  return first?.trim() === title.trim() ? rest.join(' > ') : heading;
}
