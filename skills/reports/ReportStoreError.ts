import { codedServiceError } from '../errors/CodedServiceError';

/** Failure classes of a report store backed by a service (OneDrive through Graph). */
export const REPORT_STORE_ERRORS = {
  /** Network failure, throttling or server error that persisted after the bounded retries. */
  report_store_unavailable:
    'OneDrive is unavailable right now, so the report was not exported. Ask me to export it again in a minute.',
  /** The service refused: no permission for the app, or the author has no OneDrive. */
  report_store_denied:
    "The report could not be saved to the author's OneDrive (access denied, or no OneDrive for this user). An administrator should check the app's Files.ReadWrite.All permission.",
  /** A file is larger than a simple upload allows. */
  report_too_large: 'The exported report is larger than 4 MB, too large to upload to OneDrive.',
} as const;

export type ReportStoreErrorCode = keyof typeof REPORT_STORE_ERRORS;

/** A coded report-store failure (see `CodedServiceError`). */
export const ReportStoreError = codedServiceError('ReportStoreError', REPORT_STORE_ERRORS);
export type ReportStoreError = InstanceType<typeof ReportStoreError>;
