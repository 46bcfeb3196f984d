import { odata } from '@azure/search-documents';
import { isPrincipal } from '../../access/Principal';
import type { SearchOptions } from '../SearchOptions';

const MAX_TERMS = 64;
/** Characters with a meaning in the simple or full Lucene query syntax (operators, grouping, escapes). */
const QUERY_OPERATORS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * User text as an operator-free simple-syntax query: every query-syntax character becomes a space, so
 * `title:x`, quotes, `-x`, `x*` and `(`…`)` are plain words, and the service's analyzer tokenizes the rest
 * as it tokenized the documents (so `3.5` still matches `3.5`). At most 64 terms, in order. Returns
 * undefined when the text has no letter or digit.
 */
export function plainSearchText(text: string): string | undefined {
  const terms = text.normalize('NFKC').replace(QUERY_OPERATORS, ' ').split(/\s+/u);
  const words = terms.filter((term) => /[\p{L}\p{N}]/u.test(term)).slice(0, MAX_TERMS);
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The OData `$filter` for a search: the security filter (documents whose `accessPrincipals` intersect the
 * valid principals, via `search.in`), brand isolation (`brand` one of `options.brands`, via `search.in`) and
 * the optional brand/language equality filters, all built with the SDK's `odata` template so every value is
 * quoted and escaped. Returns undefined when no principal is valid or `options.brands` admits no value (the
 * caller must then return nothing).
 */
export function searchFilter(options: SearchOptions): string | undefined {
  const principals = [...new Set(options.principals.filter(isPrincipal))];
  if (principals.length === 0) return undefined;
  const parts = [odata`accessPrincipals/any(p: search.in(p, ${principals.join(',')}, ','))`];
  if (options.brands) {
    // Brand isolation: brand values are lower-case words without commas (profile schema), so the one list
    // is unambiguous; an empty list admits nothing.
    const brands = options.brands.filter((brand) => brand !== '' && !brand.includes(','));
    if (brands.length === 0) return undefined;
    parts.push(odata`search.in(brand, ${brands.join(',')}, ',')`);
  }
  if (options.filters?.brand) parts.push(odata`brand eq ${options.filters.brand}`);
  if (options.filters?.language) parts.push(odata`language eq ${options.filters.language}`);
  return parts.join(' and ');
}
