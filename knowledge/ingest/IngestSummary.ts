/** What one ingest run did. */
export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: { docId: string; error: string }[];
  warnings: string[];
  /** Ids of documents written in this run with an empty access list (readable by nobody: fail closed). */
  noAccess: string[];
  chunks: number;
}

/** A summary with every count at zero. */
export function emptySummary(): IngestSummary {
  return {
    added: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    failed: [],
    warnings: [],
    noAccess: [],
    chunks: 0,
  };
}
