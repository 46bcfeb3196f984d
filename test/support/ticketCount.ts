import path from 'node:path';
import Database from 'better-sqlite3';

/** Tickets in the embedded ticket desk of a fixture whose data folder is `<root>/data` (read-only). */
export function ticketCount(root: string): number {
  const db = new Database(path.join(root, 'data', 'tickets.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
