import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AppError } from '../../skills/errors/AppError';
import { confirmOperationId } from '../../skills/surfaces/operationIds';
import type { SkillApiResponse } from '../../skills/surfaces/SkillApiResponse';

/**
 * A skill tool's result: `structuredContent` is the plugin API's `SkillApiResponse` (already inert: see
 * `toSkillApiResponse`), and the one text block repeats it for clients that show text only: the text, then
 * `note` (ours) when given, the numbered source titles (no URLs, so nothing in the text is a live link: the
 * links are in `structuredContent.citations`), and for a pending proposal its summary and the confirm tool to
 * call with its token.
 */
export function toolResult(response: SkillApiResponse, note?: string): CallToolResult {
  const lines = [response.text];
  if (note) lines.push('', note);
  if (response.citations.length > 0)
    lines.push('', 'Sources:', ...response.citations.map(({ n, title }) => `[${n}] ${title}`));
  const pending = response.confirmation;
  if (pending)
    lines.push(
      '',
      `Proposed, nothing done yet: ${pending.summary}`,
      `Show this to the user. Only if they explicitly agree, call ${confirmOperationId(pending.skill)} with token ${pending.token} (valid until ${pending.expiresAt}).`,
    );
  return {
    content: [{ type: 'text', text: lines.join('\n') }],
    structuredContent: { ...response },
  };
}

/**
 * A refused or failed call as a tool error the model can read and relay: `isError`, one text block
 * `<code>: <user-safe message>` (the catalog's message, never internals), no structured content.
 */
export function toolError(error: AppError): CallToolResult {
  return { content: [{ type: 'text', text: `${error.code}: ${error.userMessage}` }], isError: true };
}
