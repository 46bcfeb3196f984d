import { z } from 'zod/v4';
import { ALL_BRANDS } from './OrganisationProfile';

/** Limits of the profile file; they keep every derived card, prompt and manifest field within its own limits. */
export const PROFILE_LIMITS = {
  name: 100,
  description: 400,
  brands: 50,
  aliases: 20,
  groups: 50,
  languages: 20,
  categories: 12,
  keywords: 100,
  glossary: 500,
  synonyms: 20,
  term: 80,
  examples: 10,
  example: 200,
  /** Teams teams or channels one brand applies in. */
  places: 200,
  /** Tenants whose guests may use the bot in shared channels. */
  guestTenants: 50,
  sensitivityLabels: 20,
} as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and "-", starting with a letter');
/** A document `brand` value as the index stores it (lower-cased at ingest). */
const brandValue = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a lower-case brand value');
const skillName = z.string().regex(/^[a-z][a-z0-9_]{1,63}$/, 'must be a skill name such as ask_knowledge');
/** A Teams team id (`19:...@thread.tacv2`), a team's Entra group id, or a channel id. */
const teamsId = z.string().trim().min(1).max(200);
const tenantId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a tenant id (GUID)');
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).default([]);

const Brand = z.strictObject({
  id: id.refine((value) => value !== ALL_BRANDS && value !== 'none', {
    message: `"${ALL_BRANDS}" and "none" are reserved`,
  }),
  name: text(PROFILE_LIMITS.name),
  aliases: list(text(PROFILE_LIMITS.term), PROFILE_LIMITS.aliases),
  groups: list(text(PROFILE_LIMITS.term), PROFILE_LIMITS.groups),
  indexBrands: z.array(brandValue).min(1).max(PROFILE_LIMITS.aliases).optional(),
  skills: z.array(skillName).max(PROFILE_LIMITS.aliases).optional(),
  teams: list(teamsId, PROFILE_LIMITS.places),
  channels: list(teamsId, PROFILE_LIMITS.places),
});

const TicketCategory = z.strictObject({
  id,
  title: text(PROFILE_LIMITS.name),
  keywords: list(text(PROFILE_LIMITS.term), PROFILE_LIMITS.keywords),
});

const GlossaryEntry = z.strictObject({
  term: text(PROFILE_LIMITS.term),
  synonyms: z.array(text(PROFILE_LIMITS.term)).min(1).max(PROFILE_LIMITS.synonyms),
});

const Examples = z.strictObject({
  questions: list(text(PROFILE_LIMITS.example), PROFILE_LIMITS.examples),
  tickets: list(text(PROFILE_LIMITS.example), PROFILE_LIMITS.examples),
  reports: list(text(PROFILE_LIMITS.example), PROFILE_LIMITS.examples),
});

const SensitivityLabel = z.strictObject({
  id,
  name: text(PROFILE_LIMITS.term),
  /** One line shown with the label (Teams shows it when the label is hovered). */
  description: text(PROFILE_LIMITS.name).optional(),
  /** Other values documents carry for this label: the Microsoft Purview label GUID (Graph), other spellings. */
  aliases: list(text(PROFILE_LIMITS.term), PROFILE_LIMITS.aliases),
});

const unique =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx<T[]>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item).toLowerCase();
      if (seen.has(k))
        ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${what} "${key(item)}"` });
      seen.add(k);
    });
  };

/** A team or channel listed for two brands would make its isolation ambiguous: refused. */
function onePlaceOneBrand(
  brands: readonly { id: string; teams: string[]; channels: string[] }[],
  ctx: z.RefinementCtx<{ id: string; teams: string[]; channels: string[] }[]>,
): void {
  const owner = new Map<string, string>();
  brands.forEach((brand, i) => {
    for (const place of [...brand.teams, ...brand.channels]) {
      const key = place.toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== brand.id)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: `"${place}" is listed for brands ${first} and ${brand.id}`,
        });
      owner.set(key, brand.id);
    }
  });
}

/**
 * The organisation profile file (YAML). Strict: unknown keys are rejected, every list and text is bounded, ids
 * are lower-case keys, brand and category ids are unique and `group`/`none` are reserved brand values.
 */
export const OrganisationProfileFile = z
  .strictObject({
    name: text(PROFILE_LIMITS.name).optional(),
    shortName: text(PROFILE_LIMITS.term).optional(),
    assistantDescription: text(PROFILE_LIMITS.description).optional(),
    brands: list(Brand, PROFILE_LIMITS.brands)
      .superRefine(unique((b) => b.id, 'brand id'))
      .superRefine(onePlaceOneBrand),
    allBrandsLabel: text(PROFILE_LIMITS.name).optional(),
    languages: list(
      z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or de-CH'),
      PROFILE_LIMITS.languages,
    ),
    ticketCategories: z
      .array(TicketCategory)
      .min(1)
      .max(PROFILE_LIMITS.categories)
      .superRefine(unique((c) => c.id, 'category id'))
      .optional(),
    glossary: list(GlossaryEntry, PROFILE_LIMITS.glossary),
    examples: Examples.optional(),
    allowedGuestTenants: list(tenantId, PROFILE_LIMITS.guestTenants),
    sensitivityLabels: list(SensitivityLabel, PROFILE_LIMITS.sensitivityLabels).superRefine(
      unique((l) => l.id, 'sensitivity label id'),
    ),
    groupQuoteMaxLabel: id.optional(),
  })
  .superRefine((profile, ctx) => {
    const max = profile.groupQuoteMaxLabel;
    if (max !== undefined && !profile.sensitivityLabels.some((label) => label.id === max))
      ctx.addIssue({
        code: 'custom',
        path: ['groupQuoteMaxLabel'],
        message: `"${max}" is not the id of one of sensitivityLabels`,
      });
  });
export type OrganisationProfileFile = z.infer<typeof OrganisationProfileFile>;
