import type {
  CallToolResult,
  ElicitRequestFormParams,
  ElicitResult,
} from '@modelcontextprotocol/sdk/types.js';
import type { OpenAPIV3 } from 'openapi-types';
import { AppError, toAppError } from '../../skills/errors/AppError';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import type { SkillRegistry } from '../../skills/SkillRegistry';
import type { SkillTool } from '../../skills/surfaces/mcpTools';
import { skillPath } from '../../skills/surfaces/operationIds';
import { requestSchema } from '../../skills/surfaces/requestSchema';
import { schemaErrors } from '../../skills/surfaces/schemaErrors';
import { toSkillApiResponse } from '../../skills/surfaces/SkillApiResponse';
import type { Logger } from '../log/createLogger';
import { REQUEST_TIMEOUT_MS, withTimeout } from '../http/withTimeout';
import { confirmationForm, editsFromForm } from './confirmationForm';
import { toolError, toolResult } from './toolResult';
import { presentError } from '../errors/presentError';

export interface SkillToolDeps {
  readonly registry: SkillRegistry;
  /** The plugin API's OpenAPI description: tool arguments are checked against its request schemas. */
  readonly spec: () => OpenAPIV3.Document;
  readonly log: Logger;
}

/** Asks the session's user through MCP form elicitation (absent: the client cannot, see `ConfirmationRoute`). */
export type AskUser = (request: ElicitRequestFormParams) => Promise<ElicitResult>;

/**
 * Runs one call of `tool` for `context.user` and never throws: refusals and failures become tool errors
 * (`toolError`, internal ones logged). Order, as on the plugin API: the arguments are checked against the
 * operation's request schema (`invalid_parameters` naming the fields), then the registry parses them again,
 * runs and audits. A confirm tool runs `registry.confirm` (single-use token bound to the user, idempotent).
 * Any other tool runs `invoke`; a consequential skill's handler only proposes. When the result carries a
 * confirmation and `askUser` is given, the user is asked (`confirmationForm`) before the tool answers: an
 * accept with `confirm: true` runs `registry.confirm` with the user's edits, anything else (decline, cancel,
 * no answer, a failed confirm) revokes the token (`registry.cancel`), so the proposal can never be confirmed
 * later. The token then never leaves the server. Without `askUser`, the proposal and its token are returned.
 * Each registry step is bounded by `REQUEST_TIMEOUT_MS` (`request_timeout`); waiting for the user is not.
 */
export async function runSkillTool(
  deps: SkillToolDeps,
  tool: SkillTool,
  args: unknown,
  context: SkillContext,
  askUser?: AskUser,
): Promise<CallToolResult> {
  try {
    checkArguments(deps.spec(), tool, args);
    if (tool.confirm) {
      const { token, edits } = args as { token: string; edits?: unknown };
      const confirmed = await withTimeout(
        deps.registry.confirm(tool.skill, { token, edits: edits ?? {} }, context),
        REQUEST_TIMEOUT_MS,
      );
      return toolResult(toSkillApiResponse(tool.skill, confirmed));
    }
    const skill = deps.registry.get(tool.skill);
    if (!skill) throw new AppError('unknown_skill');
    const result = await withTimeout(skill.invoke(args ?? {}, context), REQUEST_TIMEOUT_MS);
    if (!result.confirmation || !askUser) return toolResult(toSkillApiResponse(tool.skill, result));
    return await askThenConfirm(deps, tool.skill, result, context, askUser);
  } catch (error) {
    return failed(deps, error);
  }
}

async function askThenConfirm(
  deps: SkillToolDeps,
  skillName: string,
  result: SkillResult,
  context: SkillContext,
  askUser: AskUser,
): Promise<CallToolResult> {
  const pending = result.confirmation as NonNullable<SkillResult['confirmation']>;
  const proposal = toSkillApiResponse(skillName, { ...result, confirmation: undefined });
  const form = confirmationForm(pending.summary, deps.registry.get(pending.skill)?.editsJsonSchema);
  const answer = await askUser(form).catch((error: unknown) => {
    deps.log.warn('MCP elicitation failed', { error: String(error).slice(0, 200) });
    return undefined;
  });
  if (answer?.action === 'accept' && answer.content?.confirm === true) {
    try {
      const confirmed = await withTimeout(
        deps.registry.confirm(
          pending.skill,
          { token: pending.token, edits: editsFromForm(answer.content) },
          context,
        ),
        REQUEST_TIMEOUT_MS,
      );
      return toolResult(toSkillApiResponse(pending.skill, confirmed));
    } catch (error) {
      await revoke(deps, pending, context);
      return failed(deps, error);
    }
  }
  await revoke(deps, pending, context);
  const why = answer ? 'the user did not confirm it' : 'the user could not be asked';
  return toolResult(proposal, `Nothing was done: ${why}. Ask again to get a new proposal.`);
}

/** Revokes a proposal's token (audited as `proposal_discarded`); a token already used or gone is fine. */
async function revoke(
  deps: SkillToolDeps,
  pending: NonNullable<SkillResult['confirmation']>,
  context: SkillContext,
): Promise<void> {
  await deps.registry.cancel(pending.skill, pending.token, context).catch((error: unknown) => {
    if (toAppError(error).code !== 'confirmation_invalid')
      deps.log.warn('MCP proposal not revoked', { error: String(error).slice(0, 200) });
  });
}

/** The plugin API's boundary check: the arguments against the operation's request schema. */
function checkArguments(spec: OpenAPIV3.Document, tool: SkillTool, args: unknown): void {
  const schema = requestSchema(spec, `${skillPath(tool.skill)}${tool.confirm ? '/confirm' : ''}`);
  if (!schema) throw new AppError(tool.confirm ? 'not_consequential' : 'unknown_skill');
  const problems = schemaErrors(schema, args ?? {});
  if (problems.length > 0)
    throw new AppError('invalid_parameters', {
      userMessage: `Some values are not valid: ${problems.join('; ')}.`,
    });
}

function failed(deps: SkillToolDeps, error: unknown): CallToolResult {
  return toolError(presentError(deps.log, error, 'MCP tool call').error);
}
