/**
 * The `data-figure` ids of the admin console's counts that both admin console suites check against what they
 * did: the usage panel (asked, answered, declined), feedback (likes, dislikes) and sources (documents, documents
 * nobody may read), in page order.
 */
export const ADMIN_COUNT_FIGURES = [
  'usage-asked',
  'usage-answered',
  'usage-declined',
  'feedback-likes',
  'feedback-dislikes',
  'sources-documents',
  'sources-nobody',
] as const;
