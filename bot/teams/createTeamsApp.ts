import { ActivityTypes, CallerIdConstants, type Storage, type TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { AuthenticationConstants } from 'botframework-connector';
import { renderErrorCard, renderNoticeCard, renderWelcomeCard } from '../../adaptive-cards';
import { AppError, toAppError } from '../../skills/errors/AppError';
import type { FollowUpResolver } from '../../skills/knowledge/FollowUpResolver';
import { defaultFollowUps } from '../../host/turns/defaultFollowUps';
import { overviewFor } from '../../host/turns/overviewFor';
import { completeFollowUp, routeMessage, type Route } from '../../skills/router/routeMessage';
import type { Services } from '../../host/compose';
import { createModelPlanner } from '../planner/createModelPlanner';
import { runSkillForModel } from '../planner/runSkillForModel';
import type { AppTurnState, ConversationState } from './AppTurnState';
import { AuthenticatingAdapter } from './AuthenticatingAdapter';
import { ConversationRateLimiter } from '../../host/outbound/ConversationRateLimiter';
import { createConnectorHttpClient } from './outbound/createConnectorHttpClient';
import { installSendPacing } from './outbound/installSendPacing';
import type { ThrottleRetryOptions } from '../../host/outbound/retryWhenThrottled';
import { AskCardData } from '../../adaptive-cards/actions/AskCardData';
import { CachedRoster } from './CachedRoster';
import { ConversationStorage } from './ConversationStorage';
import type { ConversationRoster } from './ConversationRoster';
import { inboundText } from './inboundText';
import { TicketCardData } from '../../adaptive-cards/actions/TicketCardData';
import { preserveEntityFields } from './preserveEntityFields';
import { registerCardActions } from './registerCardActions';
import { registerFeedback } from './registerFeedback';
import { registerMessageExtensions } from './registerMessageExtensions';
import { registerPrivateAnswer } from './registerPrivateAnswer';
import { installRoster } from './rosterOfTurn';
import { cardActivity } from './replyActivity';
import { runSkillTurn } from '../../host/turns/runSkillTurn';
import { planRoute } from '../../host/turns/planRoute';
import { cardOnlyNotice } from '../../host/turns/cardOnlyNotice';
import { teamsChannel } from './teamsChannel';
import { brandPlaceOf } from './brandPlaceOf';
import { offeredSkills, type SkillLookup } from '../../skills/offeredSkills';
import { skillContextFor } from './skillContextFor';
import { presentError } from '../../host/errors/presentError';

export interface TeamsApp {
  readonly adapter: AuthenticatingAdapter;
  readonly app: Application<AppTurnState>;
}

export interface TeamsAppOptions {
  /**
   * Follow-up questions ("and for vans?") per conversation and user. Default: in memory, 30 minutes after
   * the last knowledge question, rewritten by `config.model` when one is configured (rules otherwise).
   */
  readonly followUps?: FollowUpResolver;
  /**
   * Conversation members, for answers in group chats, meetings and channels. Default: the Bot Framework
   * connector's roster, reused for 60 s and dropped when Teams reports members added or removed.
   */
  readonly roster?: ConversationRoster;
  /**
   * Where teams-ai keeps turn state. Default: `ConversationStorage` over `services.conversationState` (expires
   * CONVERSATION_STATE_TTL_HOURS after the last change). `bench:state` passes teams-ai's `MemoryStorage` to compare.
   */
  readonly storage?: Storage;
  /**
   * Where inbound Bot Framework tokens are checked (authenticated mode). Default: the public cloud's
   * (`https://login.botframework.com/v1/.well-known/openidconfiguration`, issuer `https://api.botframework.com`,
   * emulator tokens against Entra's common metadata). Tests point these at a loopback OpenID server so the real
   * validation code runs against keys they hold; outbound endpoints stay the public cloud's.
   */
  readonly channelAuth?: {
    readonly openIdMetadataUrl: string;
    readonly tokenIssuer: string;
    readonly emulatorOpenIdMetadataUrl: string;
  };
  /** Paces sends per conversation (Teams' limits). Default: `TEAMS_SEND_LIMITS` on the system clock. */
  readonly sendLimiter?: ConversationRateLimiter;
  /**
   * Bounds on retrying a send Teams throttled (429 `Retry-After`), see `createConnectorHttpClient`. Default: at
   * most 4 sends and 10 s of waiting per send, jittered, on the system clock. Tests pass a virtual `sleep`.
   */
  readonly sendRetry?: ThrottleRetryOptions;
}

/**
 * Wires the teams-ai Application: welcome card on install, help, typed messages routed to a skill (by the
 * language-model planner when `config.model` is set, else by the rule router), and the cards' actions. With `auth`
 * configured the HTTP layer authenticates every request through `adapter.authenticate` (Bot Framework JWT)
 * before the turn runs; without it (local mode) requests are anonymous, which the HTTP layer only allows on
 * loopback.
 */
export function createTeamsApp(services: Services, options: TeamsAppOptions = {}): TeamsApp {
  const { config, log } = services;
  preserveEntityFields();
  const followUps = options.followUps ?? defaultFollowUps(services);
  const modelPlanner = config.model
    ? createModelPlanner({
        model: config.model,
        registry: services.registry,
        offeredIn: (context) => skillsHere(context),
        log,
        securityEvents: services.securityEvents,
        credential: services.credential,
      })
    : undefined;
  const channelAuth = options.channelAuth;
  const adapter = new AuthenticatingAdapter(
    config.auth
      ? {
          MicrosoftAppId: config.auth.appId,
          MicrosoftAppPassword: config.auth.appPassword,
          MicrosoftAppTenantId: config.auth.tenantId,
          MicrosoftAppType: config.auth.appType,
          // Setting any endpoint makes botbuilder take all of them from here: the outbound ones keep their defaults.
          ...(channelAuth
            ? {
                ToBotFromChannelOpenIdMetadataUrl: channelAuth.openIdMetadataUrl,
                ToBotFromChannelTokenIssuer: channelAuth.tokenIssuer,
                ToBotFromEmulatorOpenIdMetadataUrl: channelAuth.emulatorOpenIdMetadataUrl,
                ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
                ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
                OAuthUrl: AuthenticationConstants.OAuthUrl,
                CallerId: CallerIdConstants.PublicAzureChannel,
                ValidateAuthority: true,
              }
            : {}),
        }
      : {},
    undefined,
    undefined,
    // Every connector call goes through this transport: Teams' 429s are retried there, within bounds.
    { httpClient: createConnectorHttpClient({ ...options.sendRetry, events: services.securityEvents }) },
  );
  adapter.reuseClients();
  const roster = options.roster ?? new CachedRoster();
  installRoster(adapter, roster);
  installSendPacing(adapter, options.sendLimiter ?? new ConversationRateLimiter());
  const app = new Application<AppTurnState>({
    adapter,
    turnStateFactory: () => new TurnState<ConversationState>(),
    // Expires: teams-ai's MemoryStorage keeps every conversation's state for the life of the process.
    storage: options.storage ?? new ConversationStorage({ store: services.conversationState }),
    removeRecipientMention: true,
    startTypingTimer: true,
    ...(config.auth ? { botAppId: config.auth.appId } : {}),
    ...(modelPlanner ? { ai: { planner: modelPlanner.planner } } : {}),
  });
  /** The skills offered in the turn's place: in a brand's team or channel, the brand's (profile). */
  function skillsHere(context: TurnContext): SkillLookup {
    return offeredSkills(services.registry, brandPlaceOf(context.activity, services.profile)?.place);
  }

  /**
   * Runs one route for the activity's user and sends the result (`planRoute`): a question asked for a missing
   * parameter is remembered in the conversation state; a skill runs through the one turn runner, which answers
   * follow-up questions as rewritten (`followUpFor`).
   */
  const respond = async (context: TurnContext, state: AppTurnState, route: Route): Promise<void> => {
    delete state.conversation.pendingFollowUp;
    const place = brandPlaceOf(context.activity, services.profile)?.place;
    const locale = context.activity.locale;
    const plan = planRoute(services, route, {
      skills: skillsHere(context),
      place,
      locale,
    });
    if (plan.kind === 'card') {
      if (plan.pending) state.conversation.pendingFollowUp = plan.pending;
      await context.sendActivity(cardActivity(plan.card));
      return;
    }
    await runSkillTurn(services, {
      skill: plan.skill,
      params: plan.params,
      context: await skillContextFor(context, services),
      channel: teamsChannel(context, services),
      followUps,
    });
  };

  // A message-extension card sent into the chat arrives as attachments plus placeholder markup: answer with
  // what the bot can do with it instead of taking the markup for a question (both planners read this text).
  app.turn('beforeTurn', async (context) => {
    if (context.activity.type !== ActivityTypes.Message) return true;
    const inbound = await inboundText(context.activity);
    if (inbound.kind === 'text') {
      context.activity.text = inbound.text;
      return true;
    }
    await context.sendActivity(cardActivity(renderNoticeCard(cardOnlyNotice(context.activity.locale))));
    return false;
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    roster.forget(context);
  });

  app.conversationUpdate('membersAdded', async (context) => {
    roster.forget(context);
    // Welcome once, when the bot itself is installed; people joining a team later don't trigger it.
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) {
      const place = brandPlaceOf(context.activity, services.profile)?.place;
      const overview = overviewFor(services, skillsHere(context), place, context.activity.locale);
      await context.sendActivity(cardActivity(renderWelcomeCard(overview)));
    }
  });

  app.adaptiveCards.actionSubmit('ask_knowledge', async (context, state, data) => {
    const parsed = AskCardData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    await respond(
      context,
      state,
      routeMessage(parsed.data.question, skillsHere(context), context.activity.locale),
    );
  });
  app.adaptiveCards.actionSubmit('ticket_status', async (context, state, data) => {
    const parsed = TicketCardData.safeParse(data);
    if (!parsed.success) throw new AppError('invalid_parameters');
    await respond(context, state, {
      kind: 'skill',
      skill: 'ticket_status',
      params: { ticketId: parsed.data.ticketId },
    });
  });
  registerCardActions(app, services);
  registerMessageExtensions(app, services);
  registerFeedback(app, services);
  registerPrivateAnswer(app, services);

  // With a model, typed messages go to the AI planner (teams-ai runs it when no route matches).
  if (modelPlanner) {
    // Help stays deterministic: the help card lists what the bot can do, whatever the model would say.
    app.message(
      async (context) =>
        ['help', 'empty'].includes(routeMessage(context.activity.text ?? '', skillsHere(context)).kind),
      (context, state) => respond(context, state, { kind: 'help' }),
    );
    modelPlanner.registerActions(app, runSkillForModel(services, followUps));
  } else {
    app.activity(ActivityTypes.Message, async (context, state) => {
      const text = context.activity.text ?? '';
      const pending = state.conversation.pendingFollowUp;
      await respond(
        context,
        state,
        pending
          ? completeFollowUp(pending, text, skillsHere(context), context.activity.locale)
          : routeMessage(text, skillsHere(context), context.activity.locale),
      );
    });
  }

  app.error(async (context: TurnContext, error: Error) => {
    // A refused tenant gets nothing from the bot: the HTTP layer answers 403 (the security event is recorded).
    if (toAppError(error).code === 'tenant_not_allowed') throw toAppError(error);
    const presented = presentError(log, error, 'turn', context.activity.locale);
    try {
      await context.sendActivity(
        cardActivity(
          renderErrorCard({
            code: presented.error.code,
            message: presented.message,
            locale: context.activity.locale,
          }),
        ),
      );
    } catch (sendError) {
      log.error('could not send the error card', { error: String(sendError) });
    }
  });

  return { adapter, app };
}

export { CARD_ONLY_NOTICE } from '../../host/turns/cardOnlyNotice';
