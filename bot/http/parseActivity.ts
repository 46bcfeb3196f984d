import type { Activity } from 'botbuilder';
import { z } from 'zod/v4';
import { AppError } from '../../skills/errors/AppError';

const account = z.looseObject({
  id: z.string().min(1).max(512),
  name: z.string().max(512).optional(),
  aadObjectId: z.string().max(128).optional(),
});

/**
 * The shape of an incoming Bot Framework activity we accept, checked before the adapter sees it (the
 * adapter throws outside its own error handling on some malformed bodies). Unknown fields pass through.
 * Contract: `type`, `serviceUrl` (http/https), `conversation.id`, `from.id`, `recipient.id` and `channelId` are required;
 * message text is at most 28,000 characters; `locale`, when present, is a string of at most 64 characters.
 */
const ActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversation: z.looseObject({ id: z.string().min(1).max(1024), tenantId: z.string().max(128).optional() }),
  from: account,
  recipient: account,
  text: z.string().max(28_000).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(256) }))
    .max(50)
    .optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(256) }))
    .max(50)
    .optional(),
  membersAdded: z.array(account).max(1000).optional(),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  /** A BCP 47 tag (`fr-FR`); it picks the catalog of every card and message. */
  locale: z.string().max(64).optional(),
});

/** Validates a parsed JSON body as an activity; AppError `invalid_activity` naming the bad fields otherwise. */
export function parseActivity(body: unknown): Activity {
  const parsed = ActivitySchema.safeParse(body);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(body)'))].slice(
      0,
      10,
    );
    throw new AppError('invalid_activity', {
      userMessage: `The request body is not a valid Bot Framework activity (check: ${fields.join(', ')}).`,
    });
  }
  return parsed.data as unknown as Activity;
}
