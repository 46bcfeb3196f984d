import { z } from 'zod/v4';

/**
 * `data` of the "Show ticket <id>" buttons on the "my tickets" card (`Action.Submit`). Card data comes back from
 * the client and may be tampered with: parsed here, and the `ticket_status` skill still shows only the
 * asker's own ticket. The id may arrive as a number or as its decimal string (templating).
 */
export const TicketCardData = z.object({
  verb: z.literal('ticket_status'),
  ticketId: z
    .union([z.number(), z.string().regex(/^\d{1,10}$/)])
    .transform(Number)
    .pipe(z.number().int().min(1)),
});
