/**
 * The parts of a report the cards show. Structurally a subset of `skills/reports/Report` (this layer may not
 * import skills/), so a `Report` can be passed as is. Strings are untrusted (document text).
 */
export interface ReportCardReport {
  id: string;
  title: string;
  topic: string;
  /** Brand id (sent back with Regenerate). */
  brand?: string;
  /** Display name of the brand from the organisation profile; cards fall back to the id, capitalised. */
  brandName?: string;
  period?: string;
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
