import type { TurnContext } from 'botbuilder';
import {
  ActionPlanner,
  type AI,
  type ActionPlannerOptions,
  type Plan,
  type PredictedCommand,
  type PredictedDoCommand,
} from '@microsoft/teams-ai';
import type { AppTurnState } from '../teams/AppTurnState';

/** The one AI action every tool call is routed to; its parameters name the tool and carry its arguments. */
export const SKILL_ACTION = '___skill___';

/** Parameters of a `SKILL_ACTION` command. */
export interface SkillCall {
  readonly skill: string;
  readonly arguments: Record<string, unknown>;
}

/**
 * An `ActionPlanner` whose plans send every tool call (DO command) to `SKILL_ACTION`, keeping the model's
 * tool-call id, so one handler decides what runs: a registered skill through the registry, or a refusal
 * (fed back to the model as the tool's output) for a tool that does not exist. SAY commands are unchanged.
 */
export class SkillPlanner extends ActionPlanner<AppTurnState> {
  constructor(options: ActionPlannerOptions<AppTurnState>) {
    super(options);
  }

  override async continueTask(
    context: TurnContext,
    state: AppTurnState,
    ai: AI<AppTurnState>,
  ): Promise<Plan> {
    const plan = await super.continueTask(context, state, ai);
    return { ...plan, commands: plan.commands.map(routeToSkill) };
  }
}

function routeToSkill(command: PredictedCommand): PredictedCommand {
  if (command.type !== 'DO') return command;
  const call = command as PredictedDoCommand;
  const skillCall: SkillCall = {
    skill: call.action,
    arguments: isRecord(call.parameters) ? call.parameters : {},
  };
  return { ...call, action: SKILL_ACTION, parameters: { ...skillCall } } as PredictedDoCommand;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
