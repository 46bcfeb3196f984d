import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import type { SearchOptions } from '../../knowledge/index/SearchOptions';
import type { SkillContext } from '../SkillDescriptor';

/**
 * In a group conversation: whether the asker's own search (same query, `top` and filters, the asker's own
 * principals) finds passages of documents the audience may not read, i.e. whether a private answer could say
 * more. Only this yes/no leaves the function: no passage, title or link of such a document reaches the group.
 * Outside a group conversation, or when the search fails (the note is a courtesy, never a reason to fail
 * the answer), it is false.
 */
export async function sourcesLeftOut(
  index: KnowledgeIndex,
  query: string,
  context: SkillContext,
  options: Omit<SearchOptions, 'principals' | 'brands'>,
): Promise<boolean> {
  const audience = context.audience;
  if (!audience) return false;
  const shared = new Set(context.user.principals);
  // Nothing the asker holds beyond the audience: their own search could not find more.
  if (audience.askerPrincipals.every((principal) => shared.has(principal))) return false;
  try {
    // Same brand isolation as the answer: the private answer is offered only for what this place may cite.
    const brands = context.user.brands;
    const own = await index.search(query, {
      ...options,
      principals: audience.askerPrincipals,
      ...(brands ? { brands } : {}),
    });
    return own.some((passage) => !passage.access.some((principal) => shared.has(principal)));
  } catch {
    return false;
  }
}
