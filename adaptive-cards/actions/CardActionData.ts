import { z } from 'zod/v4';

/**
 * `Action.Execute` data the bot accepts, parsed before any logic (card data comes back from the client and
 * may be tampered with). The client merges card inputs into `data`, so everything besides `skill`/`token`
 * is the user's edits (confirm) or the skill's parameters (invoke); the skill's own schema parses those.
 */
const skillName = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const ConfirmData = z.looseObject({ skill: skillName, token });
export const CancelData = z.looseObject({ skill: skillName, token });
export const InvokeData = z.looseObject({ skill: skillName });

/** `data` minus the routing fields (`verb`, `skill`, `token`, and Teams' `msteams`). */
export function payloadOf(data: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!['verb', 'skill', 'token', 'msteams'].includes(key)) rest[key] = value;
  }
  return rest;
}
