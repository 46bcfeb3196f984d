import { z } from 'zod/v4';

// Field schemas shared by ConfigSchema: each trims, turns blanks into "unset", and says what a bad value must be.

export const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
export const HOURS = 'must be a whole number of hours from 1 to 720';
export const minutes = (min: number, max: number, fallback: number) => {
  const message = `must be a whole number of minutes from ${min} to ${max}`;
  return z.coerce
    .number({ error: message })
    .int(message)
    .min(min, message)
    .max(max, message)
    .default(fallback);
};
export const region = optionalText.pipe(
  z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{1,39}$/, 'must be an Azure region name such as westeurope')
    .optional(),
);
const DAYS = 'must be a whole number of days from 1 to 3650';
export const days = (fallback: number) =>
  z.coerce.number({ error: DAYS }).int(DAYS).min(1, DAYS).max(3650, DAYS).default(fallback);
export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
export const guid = (what: string) =>
  optionalText.pipe(z.guid({ message: `must be a GUID (${what})` }).optional());
export const httpsUrl = optionalText.pipe(
  z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).optional(),
);
export const userId = optionalText.pipe(
  z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/, 'must be a user id (Entra object id)')
    .optional(),
);
export const groupId = optionalText.pipe(
  z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/, 'must be a group id (Entra object id, or a directory file group)')
    .optional(),
);
