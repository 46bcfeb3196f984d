import type { Application } from '@microsoft/teams-ai';
import type { Services } from '../compose';
import type { AppTurnState } from './AppTurnState';
import {
  FILE_TICKET_COMMAND,
  fetchTicketDialog,
  submitTicketDialog,
} from './messageExtensions/fileTicketFromMessage';
import { SEARCH_COMMAND, searchKnowledge, selectKnowledgeItem } from './messageExtensions/knowledgeSearch';

/**
 * The message extension's commands (ids as in the app manifest), all answered through the skills:
 * - `searchKnowledge` (search; Copilot can invoke it too): documents the user may read, one card per document;
 * - item selection: the picked document's card, re-checked for the user;
 * - `fileTicketFromMessage` (action on a message): the `file_ticket` form prefilled from the message, in a dialog;
 *   its submit files the ticket through `registry.confirm` (or discards it).
 * Handlers never throw: every failure is answered in the invoke response with a user-safe text.
 */
export function registerMessageExtensions(app: Application<AppTurnState>, services: Services): void {
  app.messageExtensions.query(SEARCH_COMMAND, (context, _state, query) =>
    searchKnowledge(context, query, services),
  );
  app.messageExtensions.selectItem((context, _state, item) => selectKnowledgeItem(context, item, services));
  app.messageExtensions.fetchTask(FILE_TICKET_COMMAND, (context) => fetchTicketDialog(context, services));
  app.messageExtensions.submitAction(FILE_TICKET_COMMAND, (context, _state, data) =>
    submitTicketDialog(context, data, services),
  );
}
