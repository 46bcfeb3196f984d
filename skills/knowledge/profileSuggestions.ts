import { formatMessage } from '../../adaptive-cards/messages/formatMessage';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { NoAnswerTip } from '../../knowledge/answer/noAnswerSuggestions';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandsNamedIn } from '../../knowledge/profile/brandsNamedIn';
import { languageList } from '../../knowledge/profile/profileText';

/** Most rephrasing tips on a no-answer card. */
const MAX_TIPS = 4;

/**
 * Rephrasing tips for a question nothing was found for, in `locale`'s language (English when absent or
 * unsupported): the organisation profile's first (name the brand, listing the profile's brands, when it has some
 * and the question names none), then `general` (the answer module's tips, by id), then, when the profile names
 * several document languages, which ones; de-duplicated, at most four. The profile is the only source of names in
 * these tips.
 */
export function profileSuggestions(
  question: string,
  profile: OrganisationProfile,
  general: readonly NoAnswerTip[],
  locale?: string,
): string[] {
  const messages = messagesFor(locale);
  const m = messages.replies.tips;
  const tips: string[] = [];
  if (profile.brands.length > 0 && brandsNamedIn(question, profile).length === 0) {
    const names = profile.brands.slice(0, 8).map((brand) => brand.name);
    tips.push(formatMessage(m.nameBrand, { brands: names.join(', ') }));
  }
  for (const tip of general.map((id) => m[id])) if (!tips.includes(tip)) tips.push(tip);
  const picked = tips.slice(0, MAX_TIPS - (profile.languages.length > 1 ? 1 : 0));
  if (profile.languages.length > 1)
    picked.push(formatMessage(m.languages, { languages: languageList(profile, messages.language) }));
  return picked;
}
