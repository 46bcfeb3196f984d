import type { SearchOptions } from '../../knowledge/index/SearchOptions';
import type { SkillUser } from '../SkillDescriptor';

/**
 * What trims every search a skill runs for `user`: their principals (access) and, in a brand's team or
 * channel, the document brands that may be cited there (brand isolation). Spread into `SearchOptions`.
 */
export function searchScope(user: SkillUser): Pick<SearchOptions, 'principals' | 'brands'> {
  return { principals: user.principals, ...(user.brands ? { brands: user.brands } : {}) };
}
