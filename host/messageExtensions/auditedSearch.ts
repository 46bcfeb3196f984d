import type { KnowledgeSearchResult } from '../../skills/knowledge/searchKnowledgeResults';
import { toAppError } from '../../skills/errors/AppError';
import type { SkillContext } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { auditActor } from '../../skills/audit/auditActor';

/**
 * Records the search in the audit trail as the knowledge skill (`ask_knowledge`), like the registry records its
 * calls: outcome `ok` with the documents returned, or `failed`/`refused` with the error code (then rethrows).
 */
export async function auditedSearch(
  services: Services,
  context: SkillContext,
  action: string,
  query: string,
  work: () => Promise<KnowledgeSearchResult[]>,
): Promise<KnowledgeSearchResult[]> {
  const record = (outcome: 'ok' | 'refused' | 'failed', sourceIds: string[], detail?: string) =>
    services.audit.append({
      actor: auditActor(context),
      skill: 'ask_knowledge',
      action,
      parameters: { query },
      sourceIds,
      planner: context.planner ?? 'rules',
      outcome,
      ...(detail ? { detail } : {}),
    });
  let found: KnowledgeSearchResult[];
  try {
    found = await work();
  } catch (error) {
    const code = toAppError(error).code;
    await record(code === 'internal_error' ? 'failed' : 'refused', [], code);
    throw error;
  }
  await record(
    'ok',
    found.map((result) => result.docId),
  );
  return found;
}
