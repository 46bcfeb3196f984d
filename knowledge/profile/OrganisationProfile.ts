/**
 * Tenant-specific facts the product shows, puts on cards or sends to a model: read once at startup from the
 * organisation profile file (ORGANISATION_PROFILE, see `loadOrganisationProfile`), else the neutral
 * `defaultOrganisationProfile`. Nothing else in the product names an organisation, a brand or a codename.
 */
export interface OrganisationProfile {
  /** Company name ("Contoso Ltd"); absent: wording such as "your organisation". */
  readonly name?: string;
  /** Short form used in labels ("Contoso"); defaults to `name`. */
  readonly shortName?: string;
  /** One sentence on what the assistant answers, shown in help and sent to models as the skill description. */
  readonly assistantDescription: string;
  /** Brands (or divisions) documents may belong to; empty: brands are not offered anywhere. */
  readonly brands: readonly BrandProfile[];
  /** Label of the organisation-wide value `group` (documents of every brand); default "All brands". */
  readonly allBrandsLabel?: string;
  /** Languages of the documents (BCP 47 codes such as `en`, `de`), first the main one. */
  readonly languages: readonly string[];
  /** Ticket categories in form order; the last one is used when no keyword matches. */
  readonly ticketCategories: readonly TicketCategoryProfile[];
  /** Terms and their synonyms or translations; a question naming one is also searched with the others. */
  readonly glossary: readonly GlossaryEntry[];
  /** Example requests for the welcome and help cards, the manifest's command lists and conversation starters. */
  readonly examples: ProfileExamples;
  /**
   * Tenants (Entra tenant ids) whose users may use the bot as guests in this tenant's shared channels. Empty
   * (the default): an activity from a user of any other tenant is refused. Allowed guests still read nothing
   * beyond what the directory grants them, and count as external members of a group audience.
   */
  readonly allowedGuestTenants?: readonly string[];
  /**
   * Sensitivity labels documents may carry, from the least to the most restrictive (the order is the rank).
   * Empty: labels are shown as documents carry them and ranked above every known one (see `sensitivityLabels.ts`).
   */
  readonly sensitivityLabels: readonly SensitivityLabelProfile[];
  /**
   * Id of the highest label whose documents may be quoted into group chats, meetings and channels; documents
   * labelled above it (or with a label the profile does not know) are cited there by title and link only.
   * Absent: labels never withhold quotes.
   */
  readonly groupQuoteMaxLabel?: string;
}

export interface SensitivityLabelProfile {
  /** Lower-case key (`confidential`); what front matter or folder defaults may give as `sensitivityLabel`. */
  readonly id: string;
  /** Display name ("Confidential"), shown on cards, in Teams' message label and in exported reports. */
  readonly name: string;
  /** One line describing the label (Teams shows it with the message label). */
  readonly description?: string;
  /** Other values naming this label in documents: the Purview label GUID Graph reports, other spellings. */
  readonly aliases: readonly string[];
}

/** Reserved brand value for documents of the whole organisation (every brand). */
export const ALL_BRANDS = 'group';

export interface BrandProfile {
  /** Lower-case key as documents and skill parameters carry it (`brand: <id>` in metadata). */
  readonly id: string;
  /** Display name ("Fabrikam"). */
  readonly name: string;
  /** Other ways people write it (recognised in free text, with the name and id). */
  readonly aliases: readonly string[];
  /** Directory group ids whose members belong to this brand (e.g. `brand-fabrikam`). */
  readonly groups: readonly string[];
  /**
   * The index filter: document `brand` values that belong to this brand (default: its `id`). In the brand's
   * teams and channels only documents with one of these values or a group-wide one (`group`, `none`) are
   * searched; the filter is applied inside the index query, like access trimming.
   */
  readonly indexBrands?: readonly string[];
  /** Skill names offered in the brand's teams and channels (default: every skill). */
  readonly skills?: readonly string[];
  /** Teams teams (team thread id `19:...@thread...` or the team's Entra group id) where the brand applies. */
  readonly teams?: readonly string[];
  /** Teams channels (channel thread id) where the brand applies, also when their team is not listed. */
  readonly channels?: readonly string[];
}

export interface TicketCategoryProfile {
  /** Lower-case key stored with tickets (`it`, `facilities`). */
  readonly id: string;
  /** Label on the ticket form ("IT (laptop, accounts, VPN)"). */
  readonly title: string;
  /** Words or phrases that suggest this category in a request (whole words, case-insensitive). */
  readonly keywords: readonly string[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly synonyms: readonly string[];
}

export interface ProfileExamples {
  /** Knowledge questions (buttons on the welcome/help cards, conversation starters, search commands). */
  readonly questions: readonly string[];
  /** Ticket requests ("Open a ticket: the printer on floor 2 is jammed"). */
  readonly tickets: readonly string[];
  /** Report requests ("Draft a report on travel policy"). */
  readonly reports: readonly string[];
}
