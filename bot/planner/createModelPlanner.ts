import path from 'node:path';
import type { TokenCredential } from '@azure/identity';
import type { TurnContext } from 'botbuilder';
import {
  AI,
  OpenAIModel,
  PromptManager,
  type ActionPlanner,
  type Application,
  type PredictedSayCommand,
  type PromptCompletionModel,
} from '@microsoft/teams-ai';
import { renderErrorCard } from '../../adaptive-cards';
import { ModelError } from '../../skills/model/ModelError';
import { noSecurityEvents, type SecurityEvents } from '../../skills/security/SecurityEvents';
import type { SkillLookup } from '../../skills/offeredSkills';
import type { SkillRegistry } from '../../skills/SkillRegistry';
import type { AppConfig } from '../../host/config/AppConfig';
import type { Logger } from '../../host/log/createLogger';
import type { AppTurnState } from '../teams/AppTurnState';
import { cardActivity } from '../teams/replyActivity';
import { CodedErrorsModel } from './CodedErrorsModel';
import { sayInert } from './sayInert';
import { SKILL_ACTION, SkillPlanner, type SkillCall } from './SkillPlanner';
import { skillTools } from './skillTools';
import { skillToolOutput } from '../../host/planner/skillToolOutput';
import { modelClientOptions } from '../../host/planner/modelClientOptions';

/** Folder of the planner's prompt (`chat/skprompt.txt`, `chat/config.json`); its tools are generated. */
export const PROMPTS_FOLDER = path.join(__dirname, 'prompts');
const PROMPT = 'chat';

/**
 * Runs one skill for a tool call (the surface's job: parse through the registry with `planner`, send the
 * skill's card) and returns the result text the model reads as the tool's output. May throw: the error
 * becomes the tool output.
 */
export type RunSkill = (
  context: TurnContext,
  skill: string,
  params: Record<string, unknown>,
  planner: string,
) => Promise<string>;

export interface ModelPlannerOptions {
  readonly model: NonNullable<AppConfig['model']>;
  readonly registry: SkillRegistry;
  readonly log: Logger;
  /** The app's Entra credential, for Azure OpenAI without an API key. */
  readonly credential?: TokenCredential;
  /** SDK retries per model request (429/5xx/connection errors, honouring Retry-After); default 2. */
  readonly maxRetries?: number;
  /** Replaces the OpenAI model built from `model` (tests: teams-ai `TestModel`). */
  readonly completionModel?: PromptCompletionModel;
  /**
   * The skills offered in a turn's place (a brand's team or channel offers the brand's); the planner's tools
   * are these. Default: every registered skill.
   */
  readonly offeredIn?: (context: TurnContext) => SkillLookup;
  /** Where blocked tool calls and stripped links are reported (default: nowhere). */
  readonly securityEvents?: SecurityEvents;
}

export interface ModelPlanner {
  readonly planner: ActionPlanner<AppTurnState>;
  /** `model:<model or deployment>`: the planner recorded in the audit trail. */
  readonly name: string;
  /** Registers the tool-call action and the model-failure handler on `app` (constructed with `ai: { planner }`). */
  registerActions(app: Application<AppTurnState>, run: RunSkill): void;
}

/**
 * The language-model planner: teams-ai `ActionPlanner` with the `tools` augmentation over `PROMPTS_FOLDER`,
 * whose tools are generated from `registry` on every turn. Contract:
 * - every tool call goes through `run` with the skill name and the model's arguments as given; what the model
 *   reads next and which security events are recorded is `skillToolOutput`'s contract;
 * - the model's own final text is sent as one message with the AI-generated label, made inert (`sayInert`:
 *   no link, image or linkable URL; one `link_stripped` event when there was any);
 * - a failed model call (after the SDK's bounded retries; `timeoutMs` applies to each attempt) ends the turn
 *   with an error card coded `model_unavailable`, `model_timeout` or `model_rejected`;
 * - the model never executes anything: consequential skills only return proposal cards from `invoke`.
 * Throws when Azure OpenAI has neither an API key nor a credential.
 */
export function createModelPlanner(options: ModelPlannerOptions): ModelPlanner {
  const { registry, log } = options;
  const offered = (context: TurnContext): SkillLookup => options.offeredIn?.(context) ?? registry;
  const name = `model:${options.model.provider === 'openai' ? options.model.model : options.model.deployment}`;
  const prompts = new PromptManager({ promptsFolder: PROMPTS_FOLDER });
  const planner = new SkillPlanner({
    model: new CodedErrorsModel(
      options.completionModel ?? new OpenAIModel(modelClientOptions(options.model, options)),
      options.model.timeoutMs,
    ),
    prompts,
    defaultPrompt: async (context) => {
      const template = await prompts.getPrompt(PROMPT);
      template.actions = skillTools(offered(context));
      return template;
    },
  });

  const events = options.securityEvents ?? noSecurityEvents;
  const toolOutput = (context: TurnContext, call: SkillCall, run: RunSkill): Promise<string> =>
    skillToolOutput(
      { skills: offered(context), events, log, planner: name, correlationId: context.activity.id ?? 'none' },
      call,
      (skill, params) => run(context, skill, params, name),
    );

  return {
    planner,
    name,
    registerActions(app, run) {
      app.ai.action<Record<string, unknown>>(SKILL_ACTION, async (context, _state, parameters) =>
        toolOutput(context, parameters as unknown as SkillCall, run),
      );
      app.ai.action<PredictedSayCommand>(AI.SayCommandActionName, sayInert(events));
      app.ai.action<Record<string, unknown>>(AI.HttpErrorActionName, async (context, _state, error) => {
        if (!(error instanceof ModelError)) throw error;
        const failure = error;
        log.warn('model call failed', { planner: name, code: failure.code, status: failure.status });
        await context.sendActivity(
          cardActivity(renderErrorCard({ code: failure.code, message: failure.userMessage })),
        );
        return AI.StopCommandName;
      });
    },
  };
}
