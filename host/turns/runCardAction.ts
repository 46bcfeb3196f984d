import { renderNoticeCard, type AdaptiveCard } from '../../adaptive-cards';
import { CancelData, ConfirmData, InvokeData, payloadOf } from '../../adaptive-cards/actions/CardActionData';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { AppError } from '../../skills/errors/AppError';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { presentError } from '../errors/presentError';

/** The `Action.Execute` verbs of the bot's cards. */
export type CardVerb = 'confirm' | 'cancel' | 'invoke';

/** One card action: its data, the clicker's skill context, and the channel's delivery of approval cards. */
export interface CardAction {
  readonly data: Record<string, unknown>;
  contextOf(): Promise<SkillContext>;
  /** Delivers a report approval's other cards (the clicked card is the one the response replaces). */
  deliverApproval(result: SkillResult, context: SkillContext): Promise<void>;
  /** The clicker's locale, for the fixed strings. */
  readonly locale?: string;
}

/**
 * Universal Actions (`Action.Execute`) on the bot's cards; resolves with the card that replaces the clicked one:
 * - `confirm` `{ skill, token, ...edits }`: runs a consequential skill's confirmed action (single-use token,
 *   idempotent) and replaces the card with the result;
 * - `cancel` `{ skill, token }`: revokes the token and replaces the card with "Discarded";
 * - `invoke` `{ skill, ...params }`: re-runs a skill (e.g. regenerate a report) and replaces the card.
 * A result that starts or ends a report approval also reaches the other person (`deliverApproval`).
 * A refusal (bad data, used or expired token, invalid edits) resolves with the user-safe message in the
 * clicker's language instead (the card stays as it is, so the user loses nothing they typed). Never throws.
 */
export async function runCardAction(
  services: Services,
  verb: CardVerb,
  action: CardAction,
): Promise<AdaptiveCard | string> {
  try {
    return await run(services, verb, action);
  } catch (error) {
    return presentError(services.log, error, 'card action', action.locale).message;
  }
}

async function run(services: Services, verb: CardVerb, action: CardAction): Promise<AdaptiveCard> {
  const data = action.data ?? {};
  if (verb === 'cancel') {
    const parsed = CancelData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    await services.registry.cancel(parsed.data.skill, parsed.data.token, await action.contextOf());
    const notice = messagesFor(action.locale).notice;
    return renderNoticeCard({ title: notice.discarded, message: notice.nothingDone });
  }
  let result: SkillResult;
  let context: SkillContext;
  if (verb === 'confirm') {
    const parsed = ConfirmData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    context = await action.contextOf();
    result = await services.registry.confirm(
      parsed.data.skill,
      { token: parsed.data.token, edits: payloadOf(data) },
      context,
    );
  } else {
    const parsed = InvokeData.safeParse(data);
    const skill = parsed.success ? services.registry.get(parsed.data.skill) : undefined;
    if (!skill) throw new AppError('unknown_skill');
    context = await action.contextOf();
    result = await skill.invoke(payloadOf(data), context);
  }
  await action.deliverApproval(result, context);
  return result.card;
}
