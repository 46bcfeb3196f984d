import type { ChunkAccess } from './ChunkAccessCache';
import type { SearchOptions } from './SearchOptions';

/**
 * Whether a document's access list, brand and language pass the caller's principals, brand isolation
 * (`options.brands`) and filters: checked on each ranked page before a row counts towards `top`.
 */
export function accessAdmitter(options: SearchOptions): (row: ChunkAccess) => boolean {
  const readable = new Set(options.principals);
  const { brand, language } = options.filters ?? {};
  const brands = options.brands ? new Set(options.brands) : undefined;
  return (row) =>
    (brands === undefined || brands.has(row.brand)) &&
    (brand === undefined || row.brand === brand) &&
    (language === undefined || row.language === language) &&
    row.access.some((principal) => readable.has(principal));
}
