import { noBrandChoice, type TicketChoices } from '../../adaptive-cards/tickets';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { allBrandsLabel, brandValues, brandName } from '../../knowledge/profile/profileText';

/**
 * The ticket form's choices for an organisation: its ticket categories (id and title, in profile order) and
 * "Not brand-specific" (in `locale`'s catalog), then its brands by name and `group` (all brands); only the first
 * for a profile without brands.
 */
export function ticketChoices(profile: OrganisationProfile, locale?: string): TicketChoices {
  return {
    categories: profile.ticketCategories.map((category) => ({ value: category.id, title: category.title })),
    brands: [
      noBrandChoice(locale),
      ...brandValues(profile).map((value) => ({
        value,
        title: value === 'group' ? allBrandsLabel(profile) : brandName(profile, value),
      })),
    ],
  };
}
