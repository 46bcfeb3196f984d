import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defaultOrganisationProfile } from './defaultOrganisationProfile';
import type { OrganisationProfile } from './OrganisationProfile';
import { OrganisationProfileFile } from './profileSchema';

/**
 * Reads and validates the organisation profile at `file` (YAML, see `OrganisationProfileFile`); `undefined`
 * gives the neutral `defaultOrganisationProfile`. Fields the file leaves out take the default's values (an
 * organisation without its own ticket categories gets the generic ones). Throws one Error naming the file and
 * every bad field (`brands.1.id: ...; examples.colour: Unrecognized key`), or the read/YAML failure.
 */
export function loadOrganisationProfile(file: string | undefined): OrganisationProfile {
  if (file === undefined) return defaultOrganisationProfile;
  let raw: unknown;
  try {
    raw = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `organisation profile ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return parseOrganisationProfile(raw ?? {}, file);
}

/** Validates already-parsed profile data (`source` names it in errors); see `loadOrganisationProfile`. */
export function parseOrganisationProfile(raw: unknown, source: string): OrganisationProfile {
  const parsed = OrganisationProfileFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(file)'}: ${issue.message}`,
    );
    throw new Error(`organisation profile ${source} is invalid: ${problems.join('; ')}`);
  }
  const data = parsed.data;
  const fallback = defaultOrganisationProfile;
  return {
    ...(data.name ? { name: data.name } : {}),
    ...(data.shortName ? { shortName: data.shortName } : {}),
    ...(data.allBrandsLabel ? { allBrandsLabel: data.allBrandsLabel } : {}),
    assistantDescription: data.assistantDescription ?? describeAssistant(data.name),
    brands: data.brands.map(({ indexBrands, skills, ...brand }) => ({
      ...brand,
      ...(indexBrands ? { indexBrands } : {}),
      ...(skills ? { skills } : {}),
    })),
    languages: data.languages,
    ticketCategories: data.ticketCategories ?? fallback.ticketCategories,
    glossary: data.glossary,
    examples: {
      questions: data.examples?.questions ?? fallback.examples.questions,
      tickets: data.examples?.tickets ?? fallback.examples.tickets,
      reports: data.examples?.reports ?? fallback.examples.reports,
    },
    ...(data.allowedGuestTenants.length > 0 ? { allowedGuestTenants: data.allowedGuestTenants } : {}),
    sensitivityLabels: data.sensitivityLabels.map((label) => ({
      id: label.id,
      name: label.name,
      aliases: label.aliases,
      ...(label.description ? { description: label.description } : {}),
    })),
    ...(data.groupQuoteMaxLabel ? { groupQuoteMaxLabel: data.groupQuoteMaxLabel } : {}),
  };
}

function describeAssistant(name: string | undefined): string {
  return name
    ? `Answers questions from ${name} documents that the user may read, with numbered citations to the sources.`
    : defaultOrganisationProfile.assistantDescription;
}
