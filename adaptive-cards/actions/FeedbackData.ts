import { z } from 'zod/v4';

/**
 * The `message/submitAction` feedback invoke Teams sends for the feedback buttons, parsed before use:
 * `{ actionName: 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback: string } }`, where
 * `feedback` is a JSON string such as `{"feedbackText":"..."}` (or plain text from other clients).
 */
export const FeedbackData = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    feedback: z.union([z.string().max(20_000), z.record(z.string(), z.unknown())]).optional(),
  }),
});

/** The user's comment from the feedback payload, or '' when there is none. */
export function feedbackComment(feedback: string | Record<string, unknown> | undefined): string {
  if (feedback === undefined) return '';
  let value: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      return feedback.trim();
    }
  }
  if (
    value &&
    typeof value === 'object' &&
    typeof (value as { feedbackText?: unknown }).feedbackText === 'string'
  ) {
    return ((value as { feedbackText: string }).feedbackText ?? '').trim();
  }
  return typeof value === 'string' ? value.trim() : '';
}
