import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { extractBrand } from '../profile/extractBrand';

const AUDIENCES: [RegExp, 'customer' | 'external' | 'management'][] = [
  [/\b(?:for|to) (?:our |the )?customers?\b|\bcustomer[- ]facing\b|\bfor clients?\b/i, 'customer'],
  [/\b(?:for|to) (?:the )?(?:press|media|dealers?|partners?|public)\b|\bexternal(?:ly)?\b/i, 'external'],
  [/\b(?:for|to) (?:the )?(?:management|board|leadership|executives?)\b/i, 'management'],
];
const PERIOD =
  /\b(?:in |for |during |over )?((?:Q[1-4]|H[12])\s?\d{4}|(?:19|20)\d{2}|last (?:quarter|month|year)|this (?:quarter|month|year))\b/i;

/**
 * Pulls the optional report parameters out of a request and returns what is left as the topic. Brands are the
 * organisation profile's (none with the default profile: `draft_report` then finds a brand named in the topic).
 * "draft a report on brake supplier quality for Fabrikam in Q3 2025 for customers" ->
 * `{ topic: 'brake supplier quality', brand: 'fabrikam', period: 'Q3 2025', audience: 'customer' }`.
 */
export function extractReportParams(
  text: string,
  profile: OrganisationProfile = defaultOrganisationProfile,
): {
  topic: string;
  brand?: string;
  period?: string;
  audience?: 'customer' | 'external' | 'management';
} {
  let rest = ` ${text} `;
  let audience: 'customer' | 'external' | 'management' | undefined;
  for (const [pattern, value] of AUDIENCES) {
    if (pattern.test(rest)) {
      audience = value;
      rest = rest.replace(pattern, ' ');
      break;
    }
  }
  const period = PERIOD.exec(rest)?.[1];
  if (period) rest = rest.replace(PERIOD, ' ');
  const named = extractBrand(rest, profile);
  const brand = named.brand;
  rest = ` ${named.rest} `;
  const topic = rest
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:on|about|for|covering|regarding|of)\s+/i, '')
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/[\s.,;:!?-]+$/g, '')
    .trim();
  return {
    topic,
    ...(brand ? { brand } : {}),
    ...(period ? { period: period.replace(/\s+/g, ' ') } : {}),
    ...(audience ? { audience } : {}),
  };
}
