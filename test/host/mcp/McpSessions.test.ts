import assert from 'node:assert/strict';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { McpSessions, type McpSession } from '../../../host/mcp/McpSessions';

const session = (userId: string): McpSession => ({
  server: new Server({ name: 'test', version: '1' }, { capabilities: { tools: {} } }),
  transport: new StreamableHTTPServerTransport(),
  userId,
  user: { id: userId, principals: [] },
  lastUsed: 0,
});

describe('McpSessions (open MCP sessions, bound to their user)', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000;
  });

  it('finds a session only for the user who opened it', () => {
    const sessions = new McpSessions({ now: clock });
    sessions.add('s1', session('alex'));
    assert.ok(sessions.get('s1', 'alex'));
    assert.equal(sessions.get('s1', 'megan'), undefined);
    assert.equal(sessions.get('nope', 'alex'), undefined);
  });

  it('forgets a session idle for longer than idleMs', () => {
    const sessions = new McpSessions({ now: clock, idleMs: 100 });
    sessions.add('s1', session('alex'));
    now += 100;
    assert.ok(sessions.get('s1', 'alex'), 'used at the limit');
    now += 101;
    assert.equal(sessions.get('s1', 'alex'), undefined);
    sessions.add('s2', session('alex'));
    assert.equal(sessions.size, 1, 'the expired one closed on the next add');
  });

  it('closes a user’s least recently used session beyond maxPerUser, leaving other users alone', () => {
    const sessions = new McpSessions({ now: clock, maxPerUser: 2 });
    sessions.add('a1', session('alex'));
    now += 1;
    sessions.add('m1', session('megan'));
    now += 1;
    sessions.add('a2', session('alex'));
    now += 1;
    sessions.get('a1', 'alex');
    now += 1;
    sessions.add('a3', session('alex'));
    assert.ok(sessions.get('a1', 'alex'));
    assert.equal(sessions.get('a2', 'alex'), undefined);
    assert.ok(sessions.get('a3', 'alex'));
    assert.ok(sessions.get('m1', 'megan'));
  });

  it('closes the least recently used session beyond maxSessions', () => {
    const sessions = new McpSessions({ now: clock, maxSessions: 2 });
    sessions.add('s1', session('u1'));
    now += 1;
    sessions.add('s2', session('u2'));
    now += 1;
    sessions.add('s3', session('u3'));
    assert.equal(sessions.size, 2);
    assert.equal(sessions.get('s1', 'u1'), undefined);
  });

  it('closes everything on closeAll', async () => {
    const sessions = new McpSessions({ now: clock });
    sessions.add('s1', session('alex'));
    await sessions.closeAll();
    assert.equal(sessions.size, 0);
  });
});
