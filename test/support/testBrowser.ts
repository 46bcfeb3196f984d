import http from 'node:http';
import https from 'node:https';

export interface PageVisit {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
  /** Every URL requested, in order (the link, the authority's pages, the callback, the link again). */
  readonly visited: readonly string[];
}

/**
 * A browser as far as sign-in needs one: follows redirects (at most 10), keeps the cookies the bot sets
 * (its own jar, sent back to the bot only: the authority gets none) and trusts the loopback authority's
 * certificate `ca`. `publicBaseUrl` (the bot's public origin, e.g. https://bot.example.com) is reached at
 * `botUrl`, where the test server listens, as a reverse proxy would.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, string>();
  private readonly lines: string[] = [];

  constructor(private readonly options: { ca: string; publicBaseUrl: string; botUrl: string }) {}

  /** The cookies the bot has set (name -> value). */
  cookieJar(): ReadonlyMap<string, string> {
    return this.cookies;
  }

  /** Every `Set-Cookie` line the bot sent, in order. */
  setCookieLines(): readonly string[] {
    return this.lines;
  }

  /** Opens `url` like a click on a link. */
  async open(url: string): Promise<PageVisit> {
    const visited: string[] = [];
    let next = this.toBot(url);
    for (let hop = 0; hop < 10; hop += 1) {
      visited.push(next);
      const response = await this.get(next);
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        next = this.toBot(new URL(location, next).toString());
        continue;
      }
      return { ...response, visited };
    }
    throw new Error(`too many redirects: ${visited.join(' -> ')}`);
  }

  private toBot(url: string): string {
    return url.startsWith(this.options.publicBaseUrl)
      ? `${this.options.botUrl}${url.slice(this.options.publicBaseUrl.length)}`
      : url;
  }

  private get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    const toBot = url.startsWith(this.options.botUrl);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = toBot && cookie ? { cookie } : {};
    return new Promise((resolve, reject) => {
      const callback = (res: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          if (toBot) this.store(res.headers['set-cookie'] ?? []);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
      };
      const req = url.startsWith('https:')
        ? https.get(url, { ca: this.options.ca, headers }, callback)
        : http.get(url, { headers }, callback);
      req.on('error', reject);
    });
  }

  private store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      this.lines.push(line);
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/Max-Age=0\b/i.test(line) || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
