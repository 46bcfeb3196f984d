import { ALL_BRANDS, type BrandProfile, type OrganisationProfile } from './OrganisationProfile';

/** Document `brand` values every brand's teams and channels may cite: group-wide documents. */
export const GROUP_WIDE_BRANDS: readonly string[] = [ALL_BRANDS, 'none'];

/** Where in Teams a conversation takes place: the ids a profile's brand `teams` / `channels` are matched with. */
export interface TeamsPlace {
  /** The team's thread id and Entra group id (`channelData.team.id`, `.aadGroupId`), when in a team. */
  readonly teamIds: readonly string[];
  /** The channel's thread id (`channelData.channel.id`, else the conversation id without `;messageid=`). */
  readonly channelId?: string;
}

/**
 * The brand a Teams place belongs to: the brand listing its channel, else the brand listing its team (ids
 * compared case-insensitively); undefined outside every brand's teams and channels (1:1 chats, group chats,
 * unlisted teams). The profile schema guarantees no place is listed for two brands.
 */
export function brandForPlace(profile: OrganisationProfile, place: TeamsPlace): BrandProfile | undefined {
  const lower = (ids: readonly string[] | undefined) => new Set((ids ?? []).map((id) => id.toLowerCase()));
  const channel = place.channelId?.toLowerCase();
  if (channel) {
    const byChannel = profile.brands.find((brand) => lower(brand.channels).has(channel));
    if (byChannel) return byChannel;
  }
  const teams = place.teamIds.map((id) => id.toLowerCase());
  return profile.brands.find((brand) => {
    const listed = lower(brand.teams);
    return teams.some((id) => listed.has(id));
  });
}

/**
 * The document `brand` values a brand's places may cite: its index filter (`indexBrands`, default its id)
 * and the group-wide values. This is the list retrieval filters on (`SearchOptions.brands`).
 */
export function documentBrandsOf(brand: BrandProfile): readonly string[] {
  return [...new Set([...(brand.indexBrands ?? [brand.id]), ...GROUP_WIDE_BRANDS])];
}
