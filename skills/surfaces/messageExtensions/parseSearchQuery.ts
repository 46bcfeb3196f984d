import { formatMessage } from '../../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { z } from 'zod/v4';
import { MAX_QUESTION_CHARS } from '../../knowledge/askKnowledgeSkill';

/** The parameter of the `searchKnowledge` command (app manifest). */
export const QUERY_PARAMETER = 'query';

/** What a `composeExtension/query` asks for, after parsing. */
export type SearchRequest =
  | { readonly kind: 'search'; readonly query: string }
  /** No text yet (Teams' `initialRun`, an empty box) or a page after the first: answered without searching. */
  | { readonly kind: 'empty'; readonly reason: 'no_text' | 'next_page' }
  | { readonly kind: 'invalid'; readonly message: string };

const QueryText = z.string().trim().max(MAX_QUESTION_CHARS);
const Paging = z.object({ skip: z.number().int().min(0).catch(0) });

/**
 * Parses teams-ai's flattened query (`parameters` by name, `skip`): `query` must be a string of at most 500
 * characters after trimming; blank or absent (e.g. the `initialRun` invoke) means `empty`. Only the first page
 * exists (results are capped at 10), so `skip > 0` is `empty` too. An `invalid` request's message is in
 * `locale`'s language. Never throws.
 */
export function parseSearchQuery(
  input: { parameters?: unknown; skip?: unknown },
  locale?: string,
): SearchRequest {
  const parameters =
    typeof input.parameters === 'object' && input.parameters !== null
      ? (input.parameters as Record<string, unknown>)
      : {};
  const raw = parameters[QUERY_PARAMETER];
  if (raw === undefined || raw === null) return { kind: 'empty', reason: 'no_text' };
  const parsed = QueryText.safeParse(raw);
  if (!parsed.success) {
    const m = messagesFor(locale).replies.extensions;
    return {
      kind: 'invalid',
      message:
        typeof raw === 'string'
          ? formatMessage(m.searchTooLong, { max: MAX_QUESTION_CHARS })
          : m.searchInvalid,
    };
  }
  if (parsed.data === '') return { kind: 'empty', reason: 'no_text' };
  if (Paging.parse({ skip: input.skip }).skip > 0) return { kind: 'empty', reason: 'next_page' };
  return { kind: 'search', query: parsed.data };
}

/**
 * The search text of a raw `composeExtension/query` value that names no command (the Agents Playground sends
 * `commandId` and parameter names only when the user typed them): the `query` parameter, else the first
 * parameter with a string value whatever its name (`initialRun` excepted), as teams-ai's flattened shape for
 * {@link parseSearchQuery}. Never throws; anything unreadable gives no parameters (an `empty` request).
 */
export function unnamedSearchQuery(value: unknown): { parameters: Record<string, unknown>; skip?: unknown } {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const list = Array.isArray(raw.parameters) ? (raw.parameters as unknown[]) : [];
  const params = list.filter(
    (p): p is { name?: unknown; value: string } =>
      typeof p === 'object' && p !== null && typeof (p as { value?: unknown }).value === 'string',
  );
  const chosen =
    params.find((p) => p.name === QUERY_PARAMETER) ?? params.find((p) => p.name !== 'initialRun');
  const options = typeof raw.queryOptions === 'object' && raw.queryOptions !== null ? raw.queryOptions : {};
  return {
    parameters: chosen ? { [QUERY_PARAMETER]: chosen.value } : {},
    skip: (options as { skip?: unknown }).skip,
  };
}
