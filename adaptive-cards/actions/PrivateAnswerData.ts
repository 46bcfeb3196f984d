import { z } from 'zod/v4';

/**
 * `data` of the **Send me the full answer privately** button (`Action.Execute`, verb `private_answer`),
 * parsed before use: it comes back from the client and may be tampered with. Only the question (and its
 * brand filter) travels; the knowledge skill parses them again with its own limits. Other keys Teams merges
 * in (`verb`, `msteams`) are ignored.
 */
export const PrivateAnswerData = z.looseObject({
  question: z.string().trim().min(1).max(500),
  brand: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
    .optional(),
});
export type PrivateAnswerData = z.infer<typeof PrivateAnswerData>;
