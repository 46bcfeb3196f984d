import { signDocumentLink } from '../../../knowledge/access/documentLink';
import type { Passage } from '../../../knowledge/types';
import type { SkillUser } from '../../../skills/SkillDescriptor';
import type { Services } from '../../compose';

/**
 * The link a search result opens, built exactly as `composeSkills` builds `ask_knowledge`'s links: the passage's
 * own `url` (SharePoint/OneDrive) when it has one, else a signed link to this server's viewer (`/docs`) for this
 * user and passage (local mode; the viewer re-checks access).
 */
export function documentLinkFor(
  services: Pick<Services, 'config' | 'linkSecret'>,
): (passage: Passage, user: SkillUser) => string {
  const signer = { secret: services.linkSecret, viewerUrl: `${services.config.publicBaseUrl}/docs` };
  return (passage, user) =>
    passage.url ||
    signDocumentLink(signer, { docId: passage.docId, userId: user.id, anchor: passage.chunkId });
}
