import assert from 'node:assert/strict';
import type { ConversationRoster, RosterMember } from '../../bot/teams/ConversationRoster';
import { parseOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import { ALEX, messageActivity } from '../support/botFixture';
import { RecordingSecurityEvents } from '../support/recordingSecurityEvents';
import { OTHER_TENANT, SERVICE_URL, TENANT, useSecuredServer } from './support/startSecuredServer';

const PARTNER_TENANT = 'abcdef01-2345-6789-abcd-ef0123456789';
const QUESTION = 'What is the pass criterion for the brake fade test?';
const CHANNEL = '19:shared@thread.tacv2';

/**
 * Tenant isolation (issue 14, scope 2): one deployment serves one tenant. Activities, plugin API tokens and
 * MCP tokens of another tenant are refused (403 / 401) with one `auth_failed` security event, reason
 * `foreign_tenant`; so is a guest of another tenant in this tenant's shared channel, whether the activity
 * names the guest's tenant (`channelData.tenant`, `from.tenantId`) or only the roster does, unless the
 * organisation profile lists the guest's tenant in `allowedGuestTenants`. Real server and validators
 * (loopback Bot Framework OpenID configuration and Entra JWKS).
 */
describe('tenant isolation: other tenants are refused on every surface (real server)', function () {
  this.timeout(120_000);
  let roster: RosterMember[] = [];
  const events = new RecordingSecurityEvents();
  const figures = { refused: 0, allowed: 0, events: 0 };

  const profile = parseOrganisationProfile({ allowedGuestTenants: [PARTNER_TENANT] }, 'test profile');
  // The shared channel's roster, as the connector would list it (set per case).
  const fixedRoster: ConversationRoster = { membersOf: async () => roster, forget: () => undefined };
  const server = useSecuredServer({
    tmpPrefix: 'tenant-isolation-',
    compose: { securityEvents: events, profile },
    teams: { roster: fixedRoster },
  });
  after(async () => {
    console.log(
      `      tenant isolation: ${figures.refused} requests of other tenants refused, each with one foreign_tenant event ` +
        `(${figures.events} events); ${figures.allowed} of this tenant or an allowed guest tenant served`,
    );
  });
  beforeEach(() => {
    events.clear();
    roster = [];
  });

  const rosterEntry = (tenantId: string): RosterMember =>
    ({
      id: `29:${ALEX}`,
      name: 'Alex Wilber',
      aadObjectId: ALEX,
      tenantId,
      userRole: 'user',
    }) as RosterMember;
  /** A message in this tenant's shared channel; `channelTenant` / `fromTenant` name the sender's tenant. */
  const sharedChannelMessage = (options: { channelTenant?: string; fromTenant?: string } = {}) =>
    messageActivity(QUESTION, ALEX, {
      serviceUrl: SERVICE_URL,
      from: {
        id: `29:${ALEX}`,
        name: 'Alex Wilber',
        aadObjectId: ALEX,
        ...(options.fromTenant ? { tenantId: options.fromTenant } : {}),
      },
      conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: {
        tenant: { id: options.channelTenant ?? TENANT },
        team: { id: '19:team@thread.tacv2' },
        channel: { id: CHANNEL },
      },
      deliveryMode: 'expectReplies',
    });
  const post = async (body: Record<string, unknown>): Promise<number> => {
    const response = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.channel.mintToken()}` },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };
  /** Exactly one `auth_failed` event, reason `foreign_tenant`, naming `tenant`. */
  const refusedOnce = (surface: string, tenant?: string) => {
    assert.deepEqual(
      events.events.map((e) => [e.type, e.surface, e.reason]),
      [['auth_failed', surface, 'foreign_tenant']],
      JSON.stringify(events.events),
    );
    if (tenant) assert.equal(events.events[0]?.detail?.['tenant'], tenant);
    figures.refused += 1;
    figures.events += events.events.length;
  };
  const served = (status: number) => {
    assert.equal(status, 200);
    assert.deepEqual(events.events, []);
    figures.allowed += 1;
  };

  describe('Teams activities', () => {
    it('a 1:1 chat of another tenant: 403', async () => {
      const body = messageActivity(QUESTION, ALEX, {
        serviceUrl: SERVICE_URL,
        conversation: { id: 'a:conv', conversationType: 'personal', tenantId: OTHER_TENANT },
      });
      assert.equal(await post(body), 403);
      refusedOnce('teams', OTHER_TENANT);
    });
    it('this tenant’s member in its shared channel: served', async () => {
      roster = [rosterEntry(TENANT)];
      served(await post(sharedChannelMessage()));
    });
    it('a guest named by channelData.tenant in this tenant’s channel: 403', async () => {
      roster = [rosterEntry(OTHER_TENANT)];
      assert.equal(await post(sharedChannelMessage({ channelTenant: OTHER_TENANT })), 403);
      refusedOnce('teams', OTHER_TENANT);
      assert.equal(events.events[0]?.detail?.['role'], 'guest');
    });
    it('a guest named by from.tenantId: 403', async () => {
      roster = [rosterEntry(OTHER_TENANT)];
      assert.equal(await post(sharedChannelMessage({ fromTenant: OTHER_TENANT })), 403);
      refusedOnce('teams', OTHER_TENANT);
    });
    it('a guest only the roster names with another tenant (the activity carries the host’s): 403', async () => {
      roster = [rosterEntry(OTHER_TENANT)];
      assert.equal(await post(sharedChannelMessage()), 403);
      refusedOnce('teams', OTHER_TENANT);
      assert.equal(events.events[0]?.detail?.['role'], 'guest');
    });
    it('a guest of a tenant the profile allows (activity and roster): served', async () => {
      roster = [rosterEntry(PARTNER_TENANT)];
      served(await post(sharedChannelMessage({ channelTenant: PARTNER_TENANT })));
      served(await post(sharedChannelMessage({ fromTenant: PARTNER_TENANT })));
      served(await post(sharedChannelMessage()));
    });
    it('a card action of a guest of another tenant: 403, nothing runs', async () => {
      roster = [rosterEntry(OTHER_TENANT)];
      const body = {
        ...sharedChannelMessage({ channelTenant: OTHER_TENANT }),
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'ask_knowledge', data: { question: QUESTION } } },
      };
      assert.equal(await post(body), 403);
      refusedOnce('teams', OTHER_TENANT);
    });
  });

  describe('plugin API and MCP tokens', () => {
    /** A token Entra would issue to a user of another tenant for this API: same keys, its own tid and issuer. */
    const foreignToken = () =>
      server.entra.mintToken({
        tid: OTHER_TENANT,
        iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
      });

    it('a plugin API call with another tenant’s token: 401', async () => {
      const response = await fetch(`${server.baseUrl}/api/skills/ask_knowledge`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${foreignToken()}` },
        body: JSON.stringify({ question: QUESTION }),
      });
      assert.equal(response.status, 401);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'unauthorized');
      refusedOnce('copilot');
    });
    it('an MCP call with another tenant’s token: 401', async () => {
      const response = await fetch(`${server.baseUrl}/mcp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          authorization: `Bearer ${foreignToken()}`,
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: {
            protocolVersion: '2025-06-18',
            capabilities: {},
            clientInfo: { name: 't', version: '1' },
          },
        }),
      });
      await response.arrayBuffer();
      assert.equal(response.status, 401);
      refusedOnce('mcp');
    });
    it('a token of this tenant with another issuer is still refused (token_rejected)', async () => {
      const response = await fetch(`${server.baseUrl}/api/skills/ask_knowledge`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${server.entra.mintToken({ iss: 'https://sts.example.com/' })}`,
        },
        body: JSON.stringify({ question: QUESTION }),
      });
      assert.equal(response.status, 401);
      assert.deepEqual(
        events.events.map((e) => e.reason),
        ['token_rejected'],
      );
    });
    it('a token of this tenant: served', async () => {
      const response = await fetch(`${server.baseUrl}/api/skills/ask_knowledge`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${server.entra.mintToken({ oid: ALEX })}`,
        },
        body: JSON.stringify({ question: QUESTION }),
      });
      await response.arrayBuffer();
      served(response.status);
    });
  });
});
