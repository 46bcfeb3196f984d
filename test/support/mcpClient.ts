import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  ElicitRequestSchema,
  type CallToolResult,
  type ElicitRequest,
  type ElicitResult,
} from '@modelcontextprotocol/sdk/types.js';

/** Answers the server's confirmation form the way a user of an MCP client would. */
export type ElicitAnswer = (request: ElicitRequest) => ElicitResult | Promise<ElicitResult>;

/**
 * The SDK's own MCP client connected to `<baseUrl>/mcp` over Streamable HTTP, sending `token` as a bearer
 * token when given. With `elicit`, the client declares form elicitation and answers with it.
 */
export async function connectClient(
  baseUrl: string,
  options: { token?: string; elicit?: ElicitAnswer } = {},
): Promise<Client> {
  const client = new Client(
    { name: 'test-client', version: '1.0.0' },
    options.elicit ? { capabilities: { elicitation: { form: {} } } } : {},
  );
  const elicit = options.elicit;
  if (elicit) client.setRequestHandler(ElicitRequestSchema, (request) => elicit(request));
  const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
    requestInit: options.token ? { headers: { authorization: `Bearer ${options.token}` } } : {},
  });
  await client.connect(transport);
  return client;
}

/** What a tool call returned: its structured content (a SkillApiResponse) and its one text block. */
export interface ToolOutcome {
  readonly isError: boolean;
  readonly text: string;
  readonly structured: {
    skill?: string;
    text?: string;
    citations?: { n: number; title: string; url: string }[];
    confirmation?: { skill: string; token: string; expiresAt: string; summary: string };
  };
}

export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolOutcome> {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
  return {
    isError: result.isError === true,
    text,
    structured: (result.structuredContent ?? {}) as ToolOutcome['structured'],
  };
}

/** Tickets in the fixture's embedded ticket desk. */
export { ticketCount } from './ticketCount';

/** Every audit record of the fixture, oldest first. */
export function auditRecords(root: string): Record<string, unknown>[] {
  const db = new Database(path.join(root, 'data', 'audit.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT record FROM audit ORDER BY seq').all() as { record: string }[]).map(
      (row) => JSON.parse(row.record) as Record<string, unknown>,
    );
  } finally {
    db.close();
  }
}
