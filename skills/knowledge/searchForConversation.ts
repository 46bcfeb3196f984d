import type { SkillContext } from '../SkillDescriptor';
import {
  MAX_SEARCH_RESULTS,
  searchKnowledgeResults,
  type KnowledgeSearchResult,
  type SearchKnowledgeDeps,
} from './searchKnowledgeResults';

/**
 * A message-extension search, whose results the searcher alone sees in the result list and may then insert
 * into the conversation. In a 1:1 chat (no `audience`): the searcher's documents, as `searchKnowledgeResults`.
 * In a group chat, meeting or channel: every document the searcher may read themselves
 * (`audience.askerPrincipals`), each marked `restricted` when not every current member may read it
 * (`user.principals`, the members' common principals). The caller warns about restricted results in the list
 * and inserts only their title and link, never their text.
 */
export function searchForConversation(
  deps: SearchKnowledgeDeps,
  query: string,
  context: Pick<SkillContext, 'user' | 'audience'>,
): Promise<KnowledgeSearchResult[]> {
  const { user, audience } = context;
  if (!audience) return searchKnowledgeResults(deps, query, user);
  const searcher = { ...user, principals: audience.askerPrincipals };
  return searchKnowledgeResults(deps, query, searcher, MAX_SEARCH_RESULTS, user.principals);
}
