import { PrivateAnswerData } from '../../adaptive-cards/actions/PrivateAnswerData';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../../skills/errors/AppError';
import type { BrandPlace, SkillResult, SkillUser } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { presentError } from '../errors/presentError';

/** The English replies (the catalog's `replies.teams.sentPrivately` / `notSentPrivately`). */
export const SENT_PRIVATELY = messagesFor('en').replies.teams.sentPrivately;
export const NOT_SENT_PRIVATELY = messagesFor('en').replies.teams.notSentPrivately;

/** One click of "Send me the full answer privately", as the adapter hands it over. */
export interface PrivateAnswerRequest {
  /** The button's data (`{ question, brand? }`): parsed here. */
  readonly data: unknown;
  /** The clicker's locale, for the answer and the reply. */
  readonly locale?: string;
  /** The clicker, resolved under their own access (no group audience). */
  asker(): Promise<SkillUser>;
  /** The brand place it was clicked in, if any: the answer keeps that place's brand isolation. */
  readonly brand?: { readonly place: BrandPlace; readonly documentBrands: readonly string[] };
  /** Sends the answer to the clicker's 1:1 chat with the bot; throws when that chat can't be opened. */
  sendPrivately(result: SkillResult): Promise<void>;
}

/**
 * **Send me the full answer privately**: answers the question for the user who clicked, under that user's own
 * access (the brand isolation of the brand team or channel it was clicked in still applies), in their 1:1 chat.
 * Resolves with the reply only the clicker sees (sent, or the chat could not be opened, or the refusal), in the
 * clicker's language. Never throws.
 */
export async function answerPrivately(services: Services, request: PrivateAnswerRequest): Promise<string> {
  const { locale, brand } = request;
  const replies = messagesFor(locale).replies.teams;
  try {
    const parsed = PrivateAnswerData.safeParse(request.data ?? {});
    if (!parsed.success) throw new AppError('invalid_parameters');
    const skill = services.registry.get('ask_knowledge');
    if (!skill) throw new AppError('unknown_skill');
    const asker = await request.asker();
    const user = brand ? { ...asker, brands: brand.documentBrands } : asker;
    const params = { question: parsed.data.question, brand: parsed.data.brand };
    const context = { user, surface: 'teams' as const, planner: 'rules', brand: brand?.place, locale };
    const result = await skill.invoke(params, context);
    try {
      await request.sendPrivately(result);
    } catch (error) {
      services.log.warn('could not send a private answer', { error: String(error) });
      return replies.notSentPrivately;
    }
    return replies.sentPrivately;
  } catch (error) {
    return presentError(services.log, error, 'private answer', locale).message;
  }
}
