import { z } from 'zod/v4';
import { htmlToText } from '../../../knowledge/extract/htmlToText';
import { normaliseText } from '../../../knowledge/extract/normaliseText';

/** Longest message body accepted, in characters (Teams messages are at most ~28 KB; HTML adds markup). */
const MAX_BODY_CHARS = 100_000;

/**
 * The part of a message action's `messagePayload` the bot reads (Teams sends many more fields, often `null`).
 * `body.contentType` is `html` (the default in Teams) or `text`.
 */
export const MessagePayload = z.looseObject({
  body: z.looseObject({
    contentType: z.string().nullish(),
    content: z.string().max(MAX_BODY_CHARS).nullish(),
  }),
  from: z
    .looseObject({
      user: z.looseObject({ displayName: z.string().max(200).nullish() }).nullish(),
      application: z.looseObject({ displayName: z.string().max(200).nullish() }).nullish(),
    })
    .nullish(),
  linkToMessage: z.string().max(4096).nullish(),
  createdDateTime: z.string().max(64).nullish(),
});
export type MessagePayload = z.infer<typeof MessagePayload>;

/**
 * The visible text of a Teams message: HTML bodies go through `htmlToText` (tags, `<at>` mention markup, images
 * and attributes dropped; entities decoded), text bodies are taken as they are; then line endings, control
 * characters and blank-line runs are normalised. Empty when the message has no text (e.g. only a card).
 */
export async function messageText(payload: MessagePayload): Promise<string> {
  const content = payload.body.content ?? '';
  const isHtml = (payload.body.contentType ?? 'html').toLowerCase() !== 'text';
  const text = isHtml ? (await htmlToText(content)).text : content;
  return normaliseText(text);
}

/** Who wrote the message: the user's or app's display name, if Teams sent one. */
export function messageAuthor(payload: MessagePayload): string | undefined {
  return payload.from?.user?.displayName ?? payload.from?.application?.displayName ?? undefined;
}
