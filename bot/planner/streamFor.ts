import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { Activity, TurnContext } from 'botbuilder';
import { StreamingResponse } from '@microsoft/teams-ai';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import { replyActivity } from '../teams/replyActivity';

/** What a surface passes to a skill to stream, and how it ends the stream. */
export interface TurnStream {
  /** Absent outside Teams 1:1 chats (Teams streams only there): then nothing streams. */
  readonly stream?: NonNullable<SkillContext['stream']>;
  /**
   * Ends the stream, if one started. With `result`, the stream's final message is the result's message
   * (`replyActivity`: its card, text, AI label and citation entities) and `true` is returned: the caller must
   * not send the result again. Without `result` (the skill failed) the streamed text is replaced by a short
   * notice and `false` is returned. Returns `false` when nothing was streamed (send the result as usual).
   * Safe to call once; later calls return `false`.
   */
  finish(result?: SkillResult): Promise<boolean>;
}

export interface StreamForOptions {
  /** Informative update shown (blue progress bar) as soon as the stream starts, e.g. "Searching the documents…". */
  readonly informative?: string;
  /** Start the stream (with `informative`) now instead of at the first delta. Default false. */
  readonly eager?: boolean;
}

/**
 * Streams a skill's partial text in Teams 1:1 chats through teams-ai's `StreamingResponse` (informative update,
 * cumulative text chunks, final message). The final message is rewritten on its way out (`onSendActivities`)
 * to carry the skill's result, so text that was streamed but then rejected (a model answer that failed
 * validation) never stays in the chat. Teams allows one stream per chat at a time: finish before the next.
 */
export function streamFor(context: TurnContext, options: StreamForOptions = {}): TurnStream {
  if (context.activity.conversation?.conversationType !== 'personal') return { finish: async () => false };
  let streamer: StreamingResponse | undefined;
  let final: Partial<Activity> | undefined;
  let finished = false;

  const start = (): StreamingResponse => {
    if (streamer) return streamer;
    const created = new StreamingResponse(context);
    created.setGeneratedByAILabel(true);
    context.onSendActivities(async (_context, activities, next) => {
      for (const activity of activities) {
        if (
          activity.channelData?.streamType === 'final' &&
          activity.channelData?.streamId === created.streamId
        ) {
          rewriteFinal(activity, final);
        }
      }
      return next();
    });
    if (options.informative) created.queueInformativeUpdate(options.informative);
    streamer = created;
    return created;
  };
  if (options.eager) start();

  return {
    stream: {
      delta(text) {
        if (finished || !text) return;
        start().queueTextChunk(text);
      },
    },
    async finish(result) {
      if (finished || !streamer) return false;
      finished = true;
      final = result
        ? replyActivity(result, context.activity.locale)
        : { type: 'message', text: messagesFor(context.activity.locale).replies.model.interrupted };
      if (result && !final.text) final = { ...final, text: result.text || ' ' };
      await streamer.endStream();
      return result !== undefined;
    },
  };
}

/** Keeps the stream's ids and streaminfo entity; takes text, attachments and other entities from `final`. */
function rewriteFinal(activity: Partial<Activity>, final: Partial<Activity> | undefined): void {
  if (!final) return;
  const streamInfo = (activity.entities ?? []).filter((entity) => entity.type === 'streaminfo');
  activity.text = final.text ?? '';
  activity.attachments = final.attachments ?? [];
  activity.entities = [...streamInfo, ...(final.entities ?? [])];
}
