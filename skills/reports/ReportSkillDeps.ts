import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { Passage } from '../../knowledge/index/Passage';
import type { ConfirmationStore } from '../confirm/ConfirmationStore';
import type { ChatModel } from '../model/ChatModel';
import type { SkillUser } from '../SkillDescriptor';
import type { ApprovalStore } from './approval/ApprovalStore';
import type { ReportStore } from './ReportStore';

/** What the report skills need; the composition root supplies it once for both skills. */
export interface ReportSkillDeps {
  /**
   * Searches passages `user` may read (the implementation must trim to `user.principals`), limited to
   * `brand` when given. Each report runs several searches (see `reportQueries`).
   */
  readonly search: (query: string, user: SkillUser, brand?: string) => Promise<Passage[]>;
  readonly reports: ReportStore;
  readonly confirmations: ConfirmationStore;
  /** Approval requests of customer and external reports (one per report, decided once). */
  readonly approvals: ApprovalStore;
  /**
   * How many of `docIds` user `userId` may not read now, from the directory and the index (a document no
   * longer indexed counts as unreadable). Rejects when the user's access cannot be resolved. Used for the
   * approver, who may only see and approve a report whose every source they may read.
   */
  readonly unreadableBy: (userId: string, docIds: readonly string[]) => Promise<number>;
  /** User id of the second person who must approve customer and external reports; unset = they can't be exported. */
  readonly approverId?: string;
  /** Display name of that person, shown on cards. */
  readonly approverName?: string;
  /**
   * Download link of an exported report for `user` (the bot serves it and must check the user may have it:
   * the author or the approver). Called once per file with `format` `docx` and `markdown`; not used when the
   * store's export has `webUrls` (e.g. OneDrive), which are linked instead.
   */
  readonly linkFor: (reportId: string, user: SkillUser, format?: 'docx' | 'markdown') => string;
  /**
   * Optional language model that writes drafts from the retrieved passages (`writeModelReport`); without it,
   * or when its output fails validation, drafts are extractive.
   */
  readonly reportModel?: ChatModel;
  /**
   * Link to a cited document for `user` (e.g. a signed viewer link): stored with the draft for the author, made
   * again for the approver's card; default: the passage `url`.
   */
  readonly sourceLinkFor?: (passage: Pick<Passage, 'docId' | 'url' | 'chunkId'>, user: SkillUser) => string;
  /** The organisation (brand ids and names, example requests, the name sent to the model); default neutral. */
  readonly profile?: OrganisationProfile;
}

/** The draft carried by an export confirmation token. */
export interface ExportDraft {
  readonly reportId: string;
  readonly audience: string;
  readonly authorId: string;
}
