/**
 * Polls `url` with GET until it answers 200, every `intervalMs` (default 200). Rejects with the last error
 * when `signal` aborts first. Each attempt is bounded by 5 s.
 */
export async function waitForHttpOk(url: string, signal: AbortSignal, intervalMs = 200): Promise<void> {
  let lastError: unknown = new Error(`no answer from ${url}`);
  while (!signal.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(5000)]) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      lastError = new Error(`${url} answered HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
