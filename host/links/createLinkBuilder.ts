import { signDocumentLink } from '../../knowledge/access/documentLink';
import type { Passage } from '../../knowledge/index/Passage';
import type { AppConfig } from '../config/AppConfig';

/** The one place that builds the links the bot hands out: cited documents and exported reports. */
export interface LinkBuilder {
  /**
   * Where a cited passage opens: the document's own `url` when it has one (SharePoint / OneDrive `webUrl`, which
   * enforces its own permissions), else a signed, short-lived link to this server's viewer (`/docs`), anchored
   * at the passage. The viewer checks the reader on every request (see `serveDocument`).
   */
  documentLink(passage: Pick<Passage, 'docId' | 'chunkId' | 'url'>, user: { readonly id: string }): string;
  /** A signed, short-lived download link (`/reports`) of an exported report file (see `serveReport`). */
  reportLink(reportId: string, user: { readonly id: string }, format?: 'docx' | 'markdown'): string;
}

/**
 * Links under `config.publicBaseUrl`, signed with `secret` for one document (or report file) and the user they
 * were issued to, valid `config.linkTtlMinutes`. The signature only proves the link came from this server: in
 * authenticated mode the reader must also sign in and may read the document now; in local mode (loopback only)
 * the user named in the link is checked instead.
 */
export function createLinkBuilder(
  config: Pick<AppConfig, 'publicBaseUrl' | 'linkTtlMinutes'>,
  secret: string,
): LinkBuilder {
  const signer = (route: 'docs' | 'reports') => ({
    secret,
    viewerUrl: `${config.publicBaseUrl}/${route}`,
    ttlSeconds: config.linkTtlMinutes * 60,
  });
  const docs = signer('docs');
  const reports = signer('reports');
  return {
    documentLink: (passage, user) =>
      passage.url ||
      signDocumentLink(docs, {
        docId: passage.docId,
        userId: user.id,
        ...(passage.chunkId ? { anchor: passage.chunkId } : {}),
      }),
    reportLink: (reportId, user, format = 'docx') =>
      signDocumentLink(reports, { docId: `${reportId}.${format}`, userId: user.id }),
  };
}
