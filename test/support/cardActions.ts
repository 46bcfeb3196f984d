import assert from 'node:assert/strict';
import { ALEX, messageActivity } from './botFixture';

/** The invoke response body for an `Action.Execute` (a replacement card, or a message that keeps the card). */
export interface InvokeResponse {
  statusCode: number;
  type: string;
  value: unknown;
}

/** Every object with `type === type` in a card, depth-first. */
export function findAll(
  node: unknown,
  type: string,
  found: Record<string, unknown>[] = [],
): Record<string, unknown>[] {
  if (Array.isArray(node)) node.forEach((child) => findAll(child, type, found));
  else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (object.type === type) found.push(object);
    Object.values(object).forEach((child) => findAll(child, type, found));
  }
  return found;
}

/** The `data` of the first `Action.Execute` with `verb` anywhere in a card (cast: the test reads what it expects). */
export function executeData(card: unknown, verb: string): Record<string, unknown> {
  return findAll(card, 'Action.Execute').find((action) => action.verb === verb)?.data as Record<
    string,
    unknown
  >;
}

/** An Action.Execute invoke as Teams sends it (name `adaptiveCard/action`). */
export function executeActivity(
  verb: string,
  data: Record<string, unknown>,
  userId = ALEX,
  id = `invoke-${Math.random()}`,
) {
  return {
    ...messageActivity('', userId),
    type: 'invoke',
    id,
    name: 'adaptiveCard/action',
    text: undefined,
    deliveryMode: undefined,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** Client for the bot's `/api/messages`: posts an activity, and asks a question returning the first card. */
export function botClient(baseUrl: () => string) {
  const post = async (body: Record<string, unknown>): Promise<unknown> => {
    const response = await fetch(`${baseUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200);
    return response.json();
  };
  const ask = async (text: string, userId = ALEX): Promise<unknown> => {
    const body = (await post(messageActivity(text, userId))) as {
      activities: { attachments?: { content: unknown }[] }[];
    };
    const card = body.activities.find((a) => a.attachments?.length)?.attachments?.[0]?.content;
    assert.ok(card, JSON.stringify(body));
    return card;
  };
  return { post, ask };
}
