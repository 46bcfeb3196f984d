import crypto from 'node:crypto';

/**
 * A stable pseudonym for a person: `person-` and 10 hex characters of HMAC-SHA256(`key`, user id). The same
 * user always gets the same pseudonym under one key (so an admin can follow one person across panels), and
 * without the key it cannot be turned back into the id, nor guessed by hashing candidate ids.
 */
export function pseudonym(key: string, userId: string): string {
  return `person-${crypto.createHmac('sha256', key).update(userId, 'utf8').digest('hex').slice(0, 10)}`;
}
