import crypto from 'node:crypto';

/**
 * A Table Storage key (PartitionKey or RowKey) for an arbitrary application key: SHA-256 hex of its UTF-8.
 * Table keys may not contain `/ \ # ?` or control characters and are limited to 1 KiB, while conversation ids,
 * state keys and idempotency keys can hold all of those; a hash fits every key into 64 safe characters.
 */
export function tableKey(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
