import type { Principal } from '../../../knowledge/access/Principal';

/** The administrator looking at the console: who, what they may read, and whether they may see names. */
export interface AdminViewer {
  readonly userId: string;
  /** The viewer's principals: documents they may not read show no title and no text. */
  readonly principals: readonly Principal[];
  /** True when the viewer's role allows people's names and ids (ADMIN_NAMES_GROUP_ID); else pseudonyms. */
  readonly namesAllowed: boolean;
}
