import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../../host/compose';
import type { AppTurnState } from './AppTurnState';
import {
  FILE_TICKET_COMMAND,
  fetchTicketDialog,
  submitTicketDialog,
} from './messageExtensions/fileTicketFromMessage';
import {
  SEARCH_COMMAND,
  searchKnowledge,
  selectKnowledgeItem,
  unknownSearchCommand,
} from './messageExtensions/knowledgeSearch';
import { unnamedSearchQuery } from '../../skills/surfaces/messageExtensions/parseSearchQuery';

/**
 * The message extension's commands (ids as in the app manifest), all answered through the skills:
 * - `searchKnowledge` (search; Copilot can invoke it too): documents the user may read, one card per document;
 * - item selection: the picked document's card, re-checked for the user;
 * - `fileTicketFromMessage` (action on a message): the `file_ticket` form prefilled from the message, in a dialog;
 *   its submit files the ticket through `registry.confirm` (or discards it).
 * - a search that names no command (the Agents Playground without a command id): `searchKnowledge`, the app's
 *   only search command, with the first text parameter; one naming another command: a message naming ours.
 * Handlers never throw: every failure is answered in the invoke response with a user-safe text.
 */
export function registerMessageExtensions(app: Application<AppTurnState>, services: Services): void {
  app.messageExtensions.query(SEARCH_COMMAND, (context, _state, query) =>
    searchKnowledge(context, query, services),
  );
  app.messageExtensions.query(
    async (context) =>
      context.activity.type === 'invoke' &&
      context.activity.name === 'composeExtension/query' &&
      (context.activity.value as { commandId?: unknown } | undefined)?.commandId !== SEARCH_COMMAND,
    async (context) => {
      const commandId = (context.activity.value as { commandId?: unknown } | undefined)?.commandId;
      if (commandId !== undefined && commandId !== null && commandId !== '')
        return unknownSearchCommand(context.activity.locale);
      return searchKnowledge(context, unnamedSearchQuery(context.activity.value), services);
    },
  );
  app.messageExtensions.selectItem((context, _state, item) => selectKnowledgeItem(context, item, services));
  app.messageExtensions.fetchTask(FILE_TICKET_COMMAND, (context) => fetchTicketDialog(context, services));
  app.messageExtensions.submitAction(FILE_TICKET_COMMAND, (context, _state, data) =>
    submitTicketDialog(context, data, services),
  );
}
