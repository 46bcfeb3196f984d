import assert from 'node:assert/strict';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { compose, type Services } from '../../host/compose';
import { loadConfig } from '../../host/config/loadConfig';
import { createServer } from '../../host/http/createServer';
import { SESSION_COOKIE, SIGN_IN_COOKIE } from '../../host/http/signIn/createSignIn';
import { createLinkBuilder } from '../../host/links/createLinkBuilder';
import { silentLogger } from '../../host/log/createLogger';
import { createTeamsApp } from '../../bot/teams/createTeamsApp';
import { signDocumentLink } from '../../knowledge/access/documentLink';
import { LocalDirectory } from '../../knowledge/identity/LocalDirectory';
import { runIngest } from '../../knowledge/ingest/runIngest';
import { FolderSource } from '../../knowledge/sources/FolderSource';
import { newReportId } from '../../skills/reports/reportId';
import { fixtureReport } from '../skills/reports/reportFixture';
import { ALEX, MEGAN, writeFixtureCorpus } from '../support/botFixture';
import { startFakeEntra, type FakeEntra } from '../support/fakeEntra';
import { startFakeOpenIdProvider, type FakeOpenIdProvider } from '../support/fakeOpenIdProvider';
import { RecordingSecurityEvents } from '../support/recordingSecurityEvents';
import { TestBrowser, type PageVisit } from '../support/testBrowser';
import { createBotEndpoint } from '../../bot/http/createBotEndpoint';
import { listenOnLoopback, closeServer } from '../support/loopbackServer';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '66666666-7777-8888-9999-000000000000';
const CLIENT_SECRET = 'the-bot-app-registration-secret';
const PUBLIC_BASE_URL = 'https://bot.example.com';
const AUDIENCE = `api://bot.example.com/${APP_ID}`;
/** What the restricted document says; no refused response may contain it. */
const RESTRICTED_TEXT = /14 March 2027|Torrente launch/;
const PUBLIC_TEXT = /at least 6\.0 m\/s²/;

/**
 * Links that check the reader (authenticated mode): the bot's real server, sign-in through @azure/msal-node
 * against a loopback OpenID provider speaking Entra ID's wire format (discovery, /authorize with PKCE, /token
 * checking the code_verifier, JWKS, id_tokens signed with the test's own key). Links come from real answers
 * (the plugin API, Entra bearer tokens) and the bot's one link builder. Alex is in no restricted group; Megan
 * reads the restricted launch plan until the directory removes her from its group.
 */
describe('document and report links check the signed-in reader (loopback OpenID provider)', function () {
  this.timeout(60_000);
  let provider: FakeOpenIdProvider;
  let entra: FakeEntra;
  let root: string;
  let directoryFile: string;
  let directory: LocalDirectory;
  let services: Services;
  let server: http.Server;
  let botUrl: string;
  const events = new RecordingSecurityEvents();

  before(async () => {
    provider = await startFakeOpenIdProvider({
      tenantId: TENANT,
      clientId: APP_ID,
      clientSecret: CLIENT_SECRET,
    });
    entra = await startFakeEntra({ tenantId: TENANT, audience: AUDIENCE });
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
    const fixture = writeFixtureCorpus(root);
    directoryFile = fixture.directory;
    directory = LocalDirectory.fromFile(directoryFile);
    const config = loadConfig(
      {
        DATA_DIR: path.join(root, 'data'),
        KNOWLEDGE_SOURCE_DIR: fixture.corpus,
        DIRECTORY_FILE: directoryFile,
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: CLIENT_SECRET,
        MicrosoftAppTenantId: TENANT,
        PUBLIC_BASE_URL,
        PLUGIN_API_AUDIENCE: AUDIENCE,
        PLUGIN_API_JWKS_URL: entra.jwksUrl,
        PLUGIN_API_ISSUER: entra.issuer,
        SIGN_IN_AUTHORITY: provider.authority,
        LINK_TTL_MINUTES: '30',
        SIGN_IN_SESSION_MINUTES: '45',
        // The admin console signs in the same way; Megan's group is its admin group.
        ADMIN_GROUP_ID: 'brand-velora',
      },
      { cwd: root },
    );
    const composed = compose(config, {
      log: silentLogger,
      signInNetwork: provider.network,
      securityEvents: events,
    });
    // The directory answers from its current file: rewriting it is a change in the directory (revocation).
    services = {
      ...composed,
      directory: {
        principalsFor: (userId) => directory.principalsFor(userId),
        displayName: (userId) => directory.displayName(userId),
      },
    };
    await runIngest({ source: new FolderSource({ root: fixture.corpus }), index: services.index });
    server = createServer(services, createBotEndpoint(services, createTeamsApp(services)));
    botUrl = await listenOnLoopback(server);
  });
  after(async () => {
    await closeServer(server);
    await services.close();
    await provider.close();
    await entra.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const browser = () => new TestBrowser({ ca: provider.ca, publicBaseUrl: PUBLIC_BASE_URL, botUrl });
  /** `who` clicks `link` in `tab` and signs in as themselves when asked (undefined: nobody signs in). */
  const open = (tab: TestBrowser, who: string | undefined, link: string) => {
    provider.signInAs(who);
    return tab.open(link);
  };
  const text = (visit: PageVisit) => visit.body.toString('utf8');
  const errorCode = (visit: PageVisit) => (JSON.parse(text(visit)) as { error: { code: string } }).error.code;

  /** The viewer link of the first citation of `userId`'s answer to `question` (plugin API, Entra token). */
  async function citedLink(userId: string, question: string): Promise<string> {
    const response = await fetch(`${botUrl}/api/skills/ask_knowledge`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${entra.mintToken({ oid: userId })}`,
      },
      body: JSON.stringify({ question }),
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { citations: { url: string }[] };
    const url = body.citations
      .map((citation) => citation.url)
      .find((u) => u.startsWith(`${PUBLIC_BASE_URL}/docs?`));
    assert.ok(url, `no viewer link in ${JSON.stringify(body.citations)}`);
    return url;
  }
  const restore = () => {
    directory = LocalDirectory.fromFile(directoryFile);
  };

  describe('document viewer (/docs)', () => {
    let megansLink: string;
    before(async () => {
      megansLink = await citedLink(MEGAN, 'When is the Torrente launch date?');
    });

    it('opens for its intended reader after Entra ID sign-in (PKCE code exchange), with no local-preview notice', async () => {
      const before = provider.exchanges().accepted;
      const visit = await open(browser(), MEGAN, megansLink);
      assert.equal(visit.status, 200, text(visit));
      assert.match(text(visit), RESTRICTED_TEXT);
      assert.doesNotMatch(text(visit), /Local preview/);
      assert.equal(provider.exchanges().accepted, before + 1, 'one code redeemed with its verifier');
      assert.ok(visit.visited.some((url) => url.startsWith(`${provider.authority}/oauth2/v2.0/authorize?`)));
      assert.ok(visit.visited.some((url) => url.startsWith(`${botUrl}/auth/callback?code=`)));
    });

    it('is refused to another signed-in user who may not read the document, though the link is intact', async () => {
      const before = provider.exchanges().accepted;
      events.clear();
      const visit = await open(browser(), ALEX, megansLink);
      assert.equal(provider.exchanges().accepted, before + 1, 'Alex did sign in');
      assert.equal(visit.status, 403);
      assert.equal(errorCode(visit), 'link_invalid');
      assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
      assert.deepEqual(
        events.ofType('link_refused').map((event) => [event.surface, event.reason]),
        [['viewer', 'reader_may_not_read_the_document']],
      );
    });

    it('opens for another signed-in user who may read the document: the reader counts, not the user in the link', async () => {
      const link = await citedLink(MEGAN, 'What is the pass criterion for the brake fade test?');
      assert.equal(new URL(link).searchParams.get('u'), MEGAN);
      const visit = await open(browser(), ALEX, link);
      assert.equal(visit.status, 200);
      assert.match(text(visit), PUBLIC_TEXT);
    });

    it('fetched with no credentials (the bearer-link leak): a redirect to sign-in, never the page', async () => {
      const response = await fetch(megansLink.replace(PUBLIC_BASE_URL, botUrl), { redirect: 'manual' });
      assert.equal(response.status, 302);
      assert.ok(response.headers.get('location')?.startsWith(`${provider.authority}/oauth2/v2.0/authorize?`));
      const body = await response.text();
      assert.doesNotMatch(body, RESTRICTED_TEXT);
      const authorize = new URL(response.headers.get('location') ?? '');
      assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
      assert.equal(authorize.searchParams.get('redirect_uri'), `${PUBLIC_BASE_URL}/auth/callback`);
      assert.ok(authorize.searchParams.get('state') && authorize.searchParams.get('nonce'));
    });

    it('by nobody: the reader who does not sign in stays on the sign-in page and gets no content', async () => {
      const visit = await open(browser(), undefined, megansLink);
      assert.equal(visit.status, 200);
      assert.ok(visit.visited.at(-1)?.startsWith(provider.authority), visit.visited.join(' -> '));
      assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
    });

    it('closes at once when the directory revokes the reader’s group, in the same signed-in session', async () => {
      const tab = browser();
      assert.equal((await open(tab, MEGAN, megansLink)).status, 200);
      fs.writeFileSync(
        directoryFile,
        fs.readFileSync(directoryFile, 'utf8').replace('groups: [brand-velora]', 'groups: []'),
      );
      directory = LocalDirectory.fromFile(directoryFile);
      try {
        const exchanges = provider.exchanges().accepted;
        const visit = await open(tab, MEGAN, megansLink);
        assert.equal(provider.exchanges().accepted, exchanges, 'the session was reused, no new sign-in');
        assert.equal(visit.status, 403);
        assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
      } finally {
        fs.writeFileSync(
          directoryFile,
          fs.readFileSync(directoryFile, 'utf8').replace('groups: []', 'groups: [brand-velora]'),
        );
        restore();
      }
    });

    it('is refused after it expired, even to its signed-in intended reader', async () => {
      const tab = browser();
      assert.equal((await open(tab, MEGAN, megansLink)).status, 200);
      const expired = signDocumentLink(
        { secret: services.linkSecret, viewerUrl: `${PUBLIC_BASE_URL}/docs`, ttlSeconds: 30 * 60 },
        { docId: 'torrente.md', userId: MEGAN, nowMs: Date.now() - 31 * 60_000 },
      );
      const visit = await open(tab, MEGAN, expired);
      assert.equal(visit.status, 403);
      assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
    });

    it('is refused with a tampered signature or document, even to a signed-in reader who may read it', async () => {
      const tab = browser();
      assert.equal((await open(tab, MEGAN, megansLink)).status, 200);
      const badSignature = new URL(megansLink);
      const signature = badSignature.searchParams.get('s') ?? '';
      badSignature.searchParams.set('s', `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`);
      const otherDocument = new URL(megansLink);
      otherDocument.searchParams.set('d', 'brake-fade.md');
      for (const link of [badSignature, otherDocument]) {
        const visit = await open(tab, MEGAN, link.toString());
        assert.equal(visit.status, 403, link.toString());
        assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
      }
    });

    it('sets the session as a __Host- cookie: HttpOnly, Secure, SameSite=Lax, for SIGN_IN_SESSION_MINUTES', async () => {
      const first = await fetch(megansLink.replace(PUBLIC_BASE_URL, botUrl), { redirect: 'manual' });
      assert.match(
        first.headers.get('set-cookie') ?? '',
        new RegExp(`^${SIGN_IN_COOKIE}=[^;]+; Max-Age=600; Path=/; HttpOnly; Secure; SameSite=Lax$`),
      );
      provider.signInAs(MEGAN);
      const authorize = await new TestBrowser({
        ca: provider.ca,
        publicBaseUrl: PUBLIC_BASE_URL,
        botUrl,
      }).open(first.headers.get('location') ?? '');
      // Without the sign-in cookie of the browser that started it, the callback is refused.
      assert.equal(authorize.status, 401);
      const tab = browser();
      await open(tab, MEGAN, megansLink);
      const session = tab.setCookieLines().find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';
      assert.match(
        session,
        new RegExp(
          `^${SESSION_COOKIE}=[A-Za-z0-9_-]+; Max-Age=2700; Path=/; HttpOnly; Secure; SameSite=Lax$`,
        ),
      );
      assert.ok(tab.cookieJar().has(SESSION_COOKIE));
      assert.ok(!tab.cookieJar().has(SIGN_IN_COOKIE), 'the sign-in cookie is deleted once used');
    });
  });

  describe('sign-in callback', () => {
    it('refuses a callback whose state is not the one this browser started with (login CSRF)', async () => {
      const attacker = browser();
      provider.signInAs(ALEX);
      // The attacker gets a code for their own account, then makes the victim's browser deliver it.
      const start = await fetch(
        (await citedLink(ALEX, 'What is the pass criterion for the brake fade test?')).replace(
          PUBLIC_BASE_URL,
          botUrl,
        ),
        {
          redirect: 'manual',
        },
      );
      const authorizeUrl = start.headers.get('location') ?? '';
      const victim = browser();
      const victimStart = await open(
        victim,
        undefined,
        await citedLink(MEGAN, 'What is the pass criterion for the brake fade test?'),
      );
      assert.equal(victimStart.status, 200, 'the victim is on the sign-in page');
      provider.signInAs(ALEX);
      const codeRedirect = await attacker.open(authorizeUrl);
      const callback = codeRedirect.visited.find((url) => url.includes('/auth/callback?')) ?? '';
      assert.ok(callback);
      const delivered = await victim.open(callback);
      assert.equal(delivered.status, 401);
      assert.equal(errorCode(delivered), 'sign_in_failed');
      assert.ok(!victim.cookieJar().has(SESSION_COOKIE));
    });

    it('refuses an id_token signed with a key the authority does not publish', async () => {
      provider.spoilNextIdToken({ signer: 'stranger' });
      const tab = browser();
      events.clear();
      const visit = await open(tab, MEGAN, await citedLink(MEGAN, 'When is the Torrente launch date?'));
      assert.equal(visit.status, 401);
      assert.equal(errorCode(visit), 'sign_in_failed');
      assert.ok(!tab.cookieJar().has(SESSION_COOKIE));
      assert.deepEqual(
        events.ofType('sign_in_refused').map((event) => event.reason),
        ['id_token_refused'],
      );
    });

    it('refuses an id_token whose nonce is not the one sent, or for another audience', async () => {
      for (const claims of [{ nonce: 'replayed-nonce' }, { aud: 'another-app' }]) {
        provider.spoilNextIdToken({ claims });
        const tab = browser();
        const visit = await open(tab, MEGAN, await citedLink(MEGAN, 'When is the Torrente launch date?'));
        assert.equal(visit.status, 401, JSON.stringify(claims));
        assert.doesNotMatch(text(visit), RESTRICTED_TEXT);
        assert.ok(!tab.cookieJar().has(SESSION_COOKIE));
      }
    });

    it('refuses a forged session cookie', async () => {
      const tab = browser();
      await open(tab, MEGAN, await citedLink(MEGAN, 'When is the Torrente launch date?'));
      const sealed = tab.cookieJar().get(SESSION_COOKIE) ?? '';
      const forged = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
      const response = await fetch(megansLinkFor().replace(PUBLIC_BASE_URL, botUrl), {
        redirect: 'manual',
        headers: { cookie: `${SESSION_COOKIE}=${forged}` },
      });
      assert.equal(response.status, 302, 'a forged session is no session: back to sign-in');
      assert.doesNotMatch(await response.text(), RESTRICTED_TEXT);
    });
  });

  /** A fresh link to the restricted document, as the bot's link builder signs it for Megan. */
  const megansLinkFor = () =>
    createLinkBuilder(services.config, services.linkSecret).documentLink(
      { docId: 'torrente.md', chunkId: '', url: '' },
      { id: MEGAN },
    );

  describe('report downloads (/reports)', () => {
    async function exportedReport(authorId: string, docId: string): Promise<string> {
      const id = newReportId();
      await services.reports.saveDraft(
        fixtureReport('Launch', {
          id,
          authorId,
          sources: [{ n: 1, docId, title: 'Cited document', url: '' }],
        }),
      );
      await services.reports.export(id);
      return createLinkBuilder(services.config, services.linkSecret).reportLink(id, { id: authorId });
    }

    it('downloads for its signed-in author; refused to another signed-in user and to nobody', async () => {
      const link = await exportedReport(ALEX, 'brake-fade.md');
      const byAuthor = await open(browser(), ALEX, link);
      assert.equal(byAuthor.status, 200);
      assert.equal(byAuthor.body.subarray(0, 2).toString(), 'PK', 'a .docx is a zip');
      const byOther = await open(browser(), MEGAN, link);
      assert.equal(byOther.status, 403);
      assert.notEqual(byOther.body.subarray(0, 2).toString(), 'PK');
      const byNobody = await fetch(link.replace(PUBLIC_BASE_URL, botUrl), { redirect: 'manual' });
      assert.equal(byNobody.status, 302);
      assert.notEqual(
        Buffer.from(await byNobody.arrayBuffer())
          .subarray(0, 2)
          .toString(),
        'PK',
      );
    });

    it('is refused when tampered or expired', async () => {
      const link = await exportedReport(ALEX, 'brake-fade.md');
      const tab = browser();
      assert.equal((await open(tab, ALEX, link)).status, 200);
      const tampered = new URL(link);
      tampered.searchParams.set('d', (tampered.searchParams.get('d') ?? '').replace('.docx', '.markdown'));
      assert.equal((await open(tab, ALEX, tampered.toString())).status, 403);
      const reportFile = new URL(link).searchParams.get('d') ?? '';
      const expired = signDocumentLink(
        { secret: services.linkSecret, viewerUrl: `${PUBLIC_BASE_URL}/reports`, ttlSeconds: 60 },
        { docId: reportFile, userId: ALEX, nowMs: Date.now() - 120_000 },
      );
      assert.equal((await open(tab, ALEX, expired)).status, 403);
    });

    it('closes when its author may no longer read a document the report cites', async () => {
      const link = await exportedReport(MEGAN, 'torrente.md');
      const tab = browser();
      assert.equal((await open(tab, MEGAN, link)).status, 200);
      fs.writeFileSync(
        directoryFile,
        fs.readFileSync(directoryFile, 'utf8').replace('groups: [brand-velora]', 'groups: []'),
      );
      directory = LocalDirectory.fromFile(directoryFile);
      try {
        const visit = await open(tab, MEGAN, link);
        assert.equal(visit.status, 403);
        assert.notEqual(visit.body.subarray(0, 2).toString(), 'PK');
      } finally {
        fs.writeFileSync(
          directoryFile,
          fs.readFileSync(directoryFile, 'utf8').replace('groups: []', 'groups: [brand-velora]'),
        );
        restore();
      }
    });
  });

  describe('admin console (/admin): the same Entra ID sign-in, then the admin group', () => {
    it('a member of the admin group signs in and gets the console', async () => {
      const before = provider.exchanges().accepted;
      const visit = await open(browser(), MEGAN, `${PUBLIC_BASE_URL}/admin`);
      assert.equal(visit.status, 200, text(visit));
      assert.match(text(visit), /<h1>Admin console<\/h1>/);
      assert.equal(provider.exchanges().accepted, before + 1);
      assert.ok(visit.visited.some((url) => url.startsWith(`${botUrl}/auth/callback?code=`)));
      assert.equal(visit.visited.at(-1), `${botUrl}/admin`, 'back on the console after signing in');
    });

    it('the session also opens the JSON panels and the audit export', async () => {
      const tab = browser();
      assert.equal((await open(tab, MEGAN, `${PUBLIC_BASE_URL}/admin`)).status, 200);
      const usage = await tab.open(`${PUBLIC_BASE_URL}/admin/api/usage`);
      assert.equal(usage.status, 200, text(usage));
      assert.ok(JSON.parse(text(usage)));
      const exported = await tab.open(`${PUBLIC_BASE_URL}/admin/audit.jsonl`);
      assert.equal(exported.status, 200);
    });

    it('someone signed in but outside the admin group gets 403 admin_forbidden and no console', async () => {
      const visit = await open(browser(), ALEX, `${PUBLIC_BASE_URL}/admin`);
      assert.equal(visit.status, 403);
      assert.equal(errorCode(visit), 'admin_forbidden');
      assert.doesNotMatch(text(visit), /Admin console/);
    });

    it('nobody signed in: a redirect to sign-in, never the console; an API client with no token gets 401', async () => {
      const response = await fetch(`${botUrl}/admin`, { redirect: 'manual' });
      assert.equal(response.status, 302);
      assert.ok(response.headers.get('location')?.startsWith(`${provider.authority}/oauth2/v2.0/authorize?`));
      assert.doesNotMatch(await response.text(), /Admin console/);
      const api = await fetch(`${botUrl}/admin/api/usage`, {
        headers: { authorization: 'Bearer not-a-token' },
      });
      assert.equal(api.status, 401);
    });

    it('an API client with a bearer token of an admin reads the panels without a browser session', async () => {
      const admin = await fetch(`${botUrl}/admin/api/sources`, {
        headers: { authorization: `Bearer ${entra.mintToken({ oid: MEGAN })}` },
      });
      assert.equal(admin.status, 200);
      const other = await fetch(`${botUrl}/admin/api/sources`, {
        headers: { authorization: `Bearer ${entra.mintToken({ oid: ALEX })}` },
      });
      assert.equal(other.status, 403);
    });
  });
});
