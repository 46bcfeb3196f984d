import { z } from 'zod/v4';

/**
 * `data` of the example buttons on the welcome and help cards (`Action.Submit`). Card data comes back from
 * the client and may be tampered with: it is parsed before use, and the question obeys the knowledge skill's
 * own limits when the skill parses it again.
 */
export const AskCardData = z.object({
  verb: z.literal('ask_knowledge'),
  question: z.string().max(2000),
});
