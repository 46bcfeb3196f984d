/** The HTTP status of an Azure Storage SDK error (`RestError.statusCode`), or undefined for other errors. */
export function storageStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** True for the status a conditional write gets when it lost: 409 (entity exists) or 412 (eTag changed). */
export function lostRace(error: unknown): boolean {
  const status = storageStatus(error);
  return status === 409 || status === 412;
}
