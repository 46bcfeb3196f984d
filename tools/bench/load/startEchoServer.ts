import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityTypes, type Activity } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { AuthenticatingAdapter } from '../../../bot/teams/AuthenticatingAdapter';

/**
 * The baseline of bench:load: a bare teams-ai `Application` that echoes each message, on the bot's own adapter
 * (`AuthenticatingAdapter`, local mode: anonymous), behind a minimal HTTP handler (read, parse, authenticate,
 * run, answer the expectReplies body). No routing, state, skills, cards or audit: what a turn costs in the
 * framework alone. Listens on 127.0.0.1 (port 0) and resolves with the port.
 */
export async function startEchoServer(): Promise<{ server: http.Server; port: number }> {
  const adapter = new AuthenticatingAdapter({});
  const app = new Application<TurnState>({ adapter });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(context.activity.text ?? '');
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = async () => {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Activity;
        const authenticated = await adapter.authenticate(activity, '');
        const response = await adapter.run(authenticated, activity, (context) =>
          app.run(context).then(() => undefined),
        );
        res.writeHead(response?.status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(response?.body ?? {}));
      };
      answer().catch(() => {
        res.writeHead(500);
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}
