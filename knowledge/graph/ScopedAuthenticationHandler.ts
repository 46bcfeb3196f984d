import type { AuthenticationProvider, Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Graph client middleware that adds `Authorization: Bearer <token>` only to requests whose origin is
 * `origin` (the configured Graph base URL). Any other origin (a pre-authenticated download URL, a foreign
 * link) gets no token, and a stale `Authorization` header is removed. Unlike the SDK's AuthenticationHandler
 * it also works for a plain-http loopback base URL in tests; production base URLs are https.
 */
export class ScopedAuthenticationHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly origin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    const options = (context.options ??= {});
    if (originOf(url) === this.origin) {
      setHeader(options, 'Authorization', `Bearer ${await this.provider.getAccessToken()}`);
    } else {
      removeHeader(options, 'Authorization');
    }
    if (!this.next) throw new Error('ScopedAuthenticationHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** `scheme://host[:port]` of a URL, lower-cased; empty for a relative or invalid URL. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin.toLowerCase();
  } catch {
    return '';
  }
}

type Options = NonNullable<Context['options']>;

function setHeader(options: Options, name: string, value: string): void {
  const headers = options.headers;
  if (headers instanceof Headers) headers.set(name, value);
  else if (Array.isArray(headers)) {
    removeHeader(options, name);
    (options.headers as [string, string][]).push([name, value]);
  } else options.headers = { ...(headers ?? {}), [name]: value };
}

function removeHeader(options: Options, name: string): void {
  const headers = options.headers;
  if (headers === undefined) return;
  if (headers instanceof Headers) headers.delete(name);
  else if (Array.isArray(headers))
    options.headers = headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase());
  else
    options.headers = Object.fromEntries(
      Object.entries(headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()),
    );
}
