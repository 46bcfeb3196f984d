/**
 * Call inside a `describe`: its `before` hook runs `start`, its `after` hook `stop` (when `start` succeeded).
 * Returns a getter for the started resource that throws, naming `what`, when read before the hook has run.
 */
export function suiteResource<T>(
  what: string,
  start: () => Promise<T>,
  stop: (resource: T) => unknown,
): () => T {
  let resource: { readonly value: T } | undefined;
  before(async () => {
    resource = { value: await start() };
  });
  after(async () => {
    if (resource) await stop(resource.value);
    resource = undefined;
  });
  return () => {
    if (!resource) throw new Error(`${what} has not started (read it inside a test or hook)`);
    return resource.value;
  };
}
