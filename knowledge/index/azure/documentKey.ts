/**
 * Azure AI Search document keys allow only letters, digits, `-`, `_` and `=` (at most 1,024 characters, not
 * starting with `_`). A chunk id made of letters, digits and `-` only (every id `chunkIdFor` produces) is
 * used as the key unchanged; any other id becomes `x=` + its URL-safe Base64. Plain keys never contain `=`,
 * so the two forms can't collide and the mapping is reversible.
 */
const PLAIN_KEY = /^[A-Za-z0-9-]{1,1024}$/;
const ENCODED_PREFIX = 'x=';
const MAX_KEY_LENGTH = 1024;

/** The document key for a chunk id. Throws RangeError when the id is empty or its key would be too long. */
export function toDocumentKey(chunkId: string): string {
  if (PLAIN_KEY.test(chunkId)) return chunkId;
  const key = ENCODED_PREFIX + Buffer.from(chunkId, 'utf8').toString('base64url');
  if (chunkId.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new RangeError(`chunk id of ${chunkId.length} characters can't be an Azure AI Search key`);
  }
  return key;
}

/** The chunk id a document key stands for (inverse of `toDocumentKey`). */
export function fromDocumentKey(key: string): string {
  return key.startsWith(ENCODED_PREFIX)
    ? Buffer.from(key.slice(ENCODED_PREFIX.length), 'base64url').toString('utf8')
    : key;
}
