/**
 * What names a report and what it is about: the fields the report itself (`skills/reports/Report`) and the
 * cards' view of it share. Strings are untrusted (document text).
 */
export interface ReportHeading {
  /** Random url-safe id (see `skills/reports/reportId.ts`). */
  id: string;
  title: string;
  topic: string;
  /** Brand id the sources were limited to (sent back with Regenerate). */
  brand?: string;
  /**
   * Display name of `brand` from the organisation profile when drafted (shown on cards and exports); cards fall
   * back to the id, capitalised.
   */
  brandName?: string;
  period?: string;
}

/**
 * The parts of a report the cards show. Structurally a subset of `skills/reports/Report` (this layer may not
 * import skills/), so a `Report` can be passed as is. Strings are untrusted (document text).
 */
export interface ReportCardReport extends ReportHeading {
  audience: string;
  createdAt: string;
  summary: { text: string; citations: number[] }[];
  sections: { heading: string; findings: { text: string; citations: number[] }[] }[];
  openQuestions: string[];
  sources: { n: number; title: string; url: string }[];
  /** The language model that wrote the report (e.g. `gpt-4o`); absent for an extractive report. */
  writtenBy?: string;
  /** Display name of the report's sensitivity label (the highest of its sources); shown in the metadata line. */
  sensitivityLabel?: string;
}

/** Skill names the card's buttons call; defaults `draft_report` and `export_report`. */
export interface ReportSkillNames {
  draft?: string;
  export?: string;
}

/** Audiences whose badge is drawn as a warning (export needs a second person). */
export const EXTERNAL_AUDIENCES: readonly string[] = ['customer', 'external'];
