import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Users of the sample directory (`knowledge/sample/directory.yaml`) by their Entra object ids. */
export const ALEX = '00000000-0000-0000-0000-0000000000020';
export const MEGAN = '00000000-0000-0000-0000-0000000000021';
/** The signed-in user's 1:1 chat with the bot, under a fixed id (custom activities name it). */
export const PERSONAL_CHAT = 'e2e-personal-chat';
/** The group chat: the signed-in user and the five other users. */
export const GROUP_CHAT = 'e2e-group-chat';
/** The bot's name in the Playground (mentions in group chats and channels name it). */
export const BOT_NAME = 'Test Bot';

/** The Playground's other users (it wants at least five); their ids are their Entra object ids. */
const OTHER_USERS: readonly [string, string, string][] = [
  [ALEX, 'Alex', 'Wilber'],
  ['00000000-0000-0000-0000-0000000000022', 'Adele', 'Vance'],
  ['00000000-0000-0000-0000-0000000000023', 'Isaiah', 'Langer'],
  ['00000000-0000-0000-0000-0000000000024', 'Patti', 'Fernandez'],
  ['00000000-0000-0000-0000-0000000000025', 'Lynne', 'Robbins'],
];
const userYaml = ([id, given, surname]: readonly [string, string, string]): string => {
  const mail = `${given.toLowerCase()}@example.com`;
  return `  - id: ${id}\n    name: ${given} ${surname}\n    userPrincipleName: ${mail}\n    aadObjectId: ${id}\n    givenName: ${given}\n    surname: ${surname}\n    email: ${mail}\n`;
};

/** The Playground's configuration file: Megan Bowen signed in, her 1:1 chat's id fixed, the other users. */
const playgroundConfig = (groupChatName: string): string => `version: "0.1.1"
tenantId: 00000000-0000-0000-0000-0000000000001
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: ${BOT_NAME}
currentUser:
  id: ${MEGAN}
  name: Megan Bowen
  userPrincipleName: meganb@example.com
  aadObjectId: ${MEGAN}
  givenName: Megan
  surname: Bowen
  email: meganb@example.com
users:
${OTHER_USERS.map(userYaml).join('')}personalChat:
  id: ${PERSONAL_CHAT}
groupChat:
  id: ${GROUP_CHAT}
  name: ${groupChatName}
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;

/** Writes the configuration file where `npm start` runs the Playground (`DATA_DIR/playground`). */
export async function writePlaygroundConfig(dataDir: string, groupChatName = 'Group Chat'): Promise<void> {
  await mkdir(path.join(dataDir, 'playground'), { recursive: true });
  await writeFile(
    path.join(dataDir, 'playground', '.m365agentsplayground.yml'),
    playgroundConfig(groupChatName),
  );
}

/**
 * "Mock an Activity" > custom activity: the Playground's template for `conversationId` (default the 1:1 chat)
 * with `fields` laid over it (e.g. another `from`, or a `locale`), sent to the bot as the Playground sends it.
 */
export async function mockActivity(
  playgroundUrl: string,
  fields: Record<string, unknown>,
  conversationId = PERSONAL_CHAT,
): Promise<void> {
  const template = await fetch(
    `${playgroundUrl}/_internal/v1/customActivities/template?conversationId=${conversationId}`,
  );
  assert.equal(template.status, 200, await template.clone().text());
  const activity = (await template.json()) as Record<string, unknown>;
  const sent = await fetch(`${playgroundUrl}/_internal/v1/customActivities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, ...fields }),
  });
  assert.equal(sent.status, 200, await sent.clone().text());
}
