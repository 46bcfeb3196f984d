/** Brands the router recognises in free text (lower-case ids as the skills' parameters use them). */
export const BRANDS = ['aurex', 'velora', 'kestrel', 'brava'] as const;

const AUDIENCES: [RegExp, 'customer' | 'external' | 'management'][] = [
  [/\b(?:for|to) (?:our |the )?customers?\b|\bcustomer[- ]facing\b|\bfor clients?\b/i, 'customer'],
  [/\b(?:for|to) (?:the )?(?:press|media|dealers?|partners?|public)\b|\bexternal(?:ly)?\b/i, 'external'],
  [/\b(?:for|to) (?:the )?(?:management|board|leadership|executives?)\b/i, 'management'],
];
const PERIOD =
  /\b(?:in |for |during |over )?((?:Q[1-4]|H[12])\s?\d{4}|(?:19|20)\d{2}|last (?:quarter|month|year)|this (?:quarter|month|year))\b/i;
const BRAND = new RegExp(`\\b(?:for |at |of )?(${BRANDS.join('|')})\\b`, 'i');

/**
 * Pulls the optional report parameters out of a request and returns what is left as the topic.
 * "draft a report on brake supplier quality for Brava in Q3 2025 for customers" ->
 * `{ topic: 'brake supplier quality', brand: 'brava', period: 'Q3 2025', audience: 'customer' }`.
 */
export function extractReportParams(text: string): {
  topic: string;
  brand?: (typeof BRANDS)[number];
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
  const brand = BRAND.exec(rest)?.[1]?.toLowerCase() as (typeof BRANDS)[number] | undefined;
  if (brand) rest = rest.replace(BRAND, ' ');
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
