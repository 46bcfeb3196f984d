import { z } from 'zod/v4';
import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../../skills/errors/AppError';
import { localisedMessage } from '../../skills/errors/localisedMessage';
import { skillOffered } from '../../skills/offeredSkills';
import { MAX_QUESTION_CHARS } from '../../skills/knowledge/askKnowledgeSkill';
import { searchForConversation } from '../../skills/knowledge/searchForConversation';
import type { KnowledgeSearchResult } from '../../skills/knowledge/searchKnowledgeResults';
import type { SkillContext } from '../../skills/SkillDescriptor';
import { parseSearchQuery } from '../../skills/surfaces/messageExtensions/parseSearchQuery';
import type { Services } from '../compose';
import { presentError } from '../errors/presentError';
import { auditedSearch } from './auditedSearch';
import { documentLinkFor } from './documentLinkFor';

/** A search's outcome, for the adapter to render: a message to show, or the results to list. */
export type SearchOutcome =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'results'; readonly results: readonly KnowledgeSearchResult[] };

/**
 * A message-extension step (`searchKnowledge`, `selectKnowledgeItem`): the invoke's `input` for the caller that
 * `contextOf` resolves (lazily: a malformed input never reaches the directory), answered in `locale`.
 */
export type SearchStep<T> = (
  contextOf: () => Promise<SkillContext>,
  input: T,
  services: Services,
  locale?: string,
) => Promise<SearchOutcome>;

/** Command id of the search command in the app manifest. */
export const SEARCH_COMMAND = 'searchKnowledge';

/** Shown before the user typed anything (Teams' `initialRun`); in English (a user gets the activity's language). */
export const EMPTY_SEARCH_TEXT = messagesFor('en').replies.extensions.emptySearch;
export const NO_RESULTS_TEXT = messagesFor('en').replies.extensions.noMatch;

/** Answer to a search naming a command this app does not have, in `locale`'s language. */
export const unknownCommandText = (locale?: string): string =>
  formatMessage(messagesFor(locale).replies.extensions.unknownCommand, { command: SEARCH_COMMAND });
export const UNKNOWN_COMMAND_TEXT = unknownCommandText();

/** An item for `composeExtension/selectItem` (the invoke value of a preview `tap`: see `selectKnowledgeItem`). */
const SelectedItem = z.object({
  command: z.literal(SEARCH_COMMAND),
  query: z.string().trim().min(1).max(MAX_QUESTION_CHARS),
  docId: z.string().min(1).max(1024),
});

/**
 * `composeExtension/query` for `searchKnowledge`: the documents the user may read (at most 10, best first; the
 * adapter makes each an Adaptive Card with a thumbnail preview). In a
 * group chat, meeting or channel (`searchForConversation`), a document not every current member may read is
 * listed with a warning and inserts only its title, a note and its link. Previews
 * carry no `tap`, so picking one inserts its card as is (no second round trip; the Agents Playground also refuses
 * tap actions). Blank query or `initialRun`: a `message` result with a hint; a later page: an empty list. Never
 * throws: bad input and failures (search down, …) become a `message` result with the user-safe text. Messages
 * are in `locale`'s language (the activity's).
 */
export async function searchKnowledge(
  contextOf: () => Promise<SkillContext>,
  query: { parameters?: unknown; skip?: unknown },
  services: Services,
  locale?: string,
): Promise<SearchOutcome> {
  const m = messagesFor(locale).replies.extensions;
  const request = parseSearchQuery(query, locale);
  if (request.kind === 'invalid') return message(request.message);
  if (request.kind === 'empty') {
    return request.reason === 'no_text' ? message(m.emptySearch) : results([]);
  }
  return guarded(services, locale, async () => {
    const skillContext = await contextOf();
    // A brand's team or channel that does not offer the knowledge skill offers no search either.
    if (!skillOffered('ask_knowledge', skillContext.brand))
      return message(localisedMessage(new AppError('skill_not_offered'), locale));
    const found = await auditedSearch(services, skillContext, 'knowledge_searched', request.query, () =>
      searchForConversation(
        { index: services.index, linkFor: documentLinkFor(services), profile: services.profile },
        request.query,
        skillContext,
      ),
    );
    if (found.length === 0) {
      const notice = skillContext.user.notice;
      return message(notice ? `${notice} ${m.noMatch}` : m.noMatch);
    }
    return results(found);
  });
}

/**
 * `composeExtension/selectItem` (sent by Teams only for a preview with a `tap`; item `{ command: 'searchKnowledge',
 * query, docId }`): the picked result's card, for the compose box. The item data is parsed and the search re-run
 * for the current user, so only a document that user may read (and only text from the index) is
 * ever inserted; a forged or stale item gets a `message` result instead.
 */
export async function selectKnowledgeItem(
  contextOf: () => Promise<SkillContext>,
  item: unknown,
  services: Services,
  locale?: string,
): Promise<SearchOutcome> {
  const parsed = SelectedItem.safeParse(item);
  if (!parsed.success) return message(localisedMessage(new AppError('invalid_parameters'), locale));
  const { query, docId } = parsed.data;
  return guarded(services, locale, async () => {
    const skillContext = await contextOf();
    if (!skillOffered('ask_knowledge', skillContext.brand))
      return message(localisedMessage(new AppError('skill_not_offered'), locale));
    const found = await auditedSearch(services, skillContext, 'knowledge_item_selected', query, async () =>
      (
        await searchForConversation(
          { index: services.index, linkFor: documentLinkFor(services), profile: services.profile },
          query,
          skillContext,
        )
      ).filter((result) => result.docId === docId),
    );
    const [result] = found;
    if (!result) return message(messagesFor(locale).replies.extensions.gone);
    return results([result]);
  });
}

/** A `message` result for a search naming a command this app does not have (never an error status). */
export function unknownSearchCommand(locale?: string): SearchOutcome {
  return message(unknownCommandText(locale));
}

function results(found: KnowledgeSearchResult[]): SearchOutcome {
  return { kind: 'results', results: found };
}

function message(text: string): SearchOutcome {
  return { kind: 'message', text };
}

/**
 * Runs `work`; any failure becomes a `message` result with the user-safe text in `locale`'s language (internal
 * errors are logged).
 */
async function guarded(
  services: Services,
  locale: string | undefined,
  work: () => Promise<SearchOutcome>,
): Promise<SearchOutcome> {
  try {
    return await work();
  } catch (error) {
    return message(presentError(services.log, error, 'message extension search', locale).message);
  }
}
