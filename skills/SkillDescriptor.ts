import type { SkillRoute } from './router/SkillRoute';
import type { AdaptiveCard, CitationView } from '../adaptive-cards';
import type { Principal } from '../knowledge/access/Principal';
import type { GroupAudience } from './access/Audience';
import type { ApprovalDelivery } from './reports/approval/ApprovalDelivery';
import type { z } from 'zod/v4';

/** The asking user, resolved by the surface (Teams, Copilot, MCP) before any skill runs. */
export interface SkillUser {
  /** Entra object id (aadObjectId) or a local-mode id. */
  readonly id: string;
  readonly name?: string;
  readonly tenantId?: string;
  /** Every principal granting access (user, groups, everyone); retrieval is trimmed to these. */
  readonly principals: readonly Principal[];
  /** Set when access could only be resolved partly (e.g. the directory was down): shown to the user with the result. */
  readonly notice?: string;
  /**
   * Brand isolation, set by the surface in a brand's Teams team or channel (see `SkillContext.brand`): the
   * document `brand` values that may be searched and cited there. Every search passes it to the index with
   * `principals` (`searchScope`). Absent: every brand.
   */
  readonly brands?: readonly string[];
}

/** The brand whose Teams team or channel a conversation is in (from the organisation profile). */
export interface BrandPlace {
  /** The brand's id: tickets and reports filed here carry it. */
  readonly id: string;
  readonly name: string;
  /** Skill names offered here; absent: every skill. The registry refuses the others (`skill_not_offered`). */
  readonly skills?: readonly string[];
}

export interface SkillContext {
  readonly user: SkillUser;
  /** Which surface called: drives nothing security-relevant, only presentation. */
  readonly surface: 'teams' | 'copilot' | 'mcp' | 'messageExtension' | 'test';
  readonly conversationId?: string;
  /** The inbound activity's id (Teams) or the HTTP request's id (plugin API): joins security events to their request. */
  readonly correlationId?: string;
  /**
   * Set when the result is shown to more people than the asker (group chat, meeting, channel): `user.principals`
   * then hold only what every member may read. Absent in 1:1 chats and the Copilot plugin.
   */
  readonly audience?: GroupAudience;
  /**
   * Set in a brand's Teams team or channel: the brand (tickets and reports carry it) and the skills offered
   * there. `user.brands` then holds the document brands that may be cited.
   */
  readonly brand?: BrandPlace;
  /** Who chose this call: `rules` (deterministic router, the default) or `model:<deployment>`. */
  readonly planner?: string;
  /**
   * Set by surfaces that can show text as it is written (Teams 1:1 chats). A skill may pass partial answer
   * text here; the surface still delivers the skill's final result, which replaces what was streamed.
   */
  readonly stream?: { delta(text: string): void };
  /**
   * The user's language (BCP 47: the Teams activity's `locale`, the plugin caller's Accept-Language): cards and
   * messages are written in it (English when unsupported or absent), and a question whose text shows no
   * language is analysed in it.
   */
  readonly locale?: string;
}

/** What every skill returns: an Adaptive Card plus a plain-text rendering and its provenance. */
export interface SkillResult {
  readonly card: AdaptiveCard;
  /** Plain-text form of the result (with `[n]` citation markers); used as the message text and by Copilot. */
  readonly text: string;
  readonly aiGenerated: boolean;
  /**
   * What an AI result is about, in the user's words (the question answered, the report's topic): recorded with
   * the answer so feedback on it names its subject (`recordAnswer`).
   */
  readonly subject?: string;
  readonly citations: readonly CitationView[];
  /**
   * The most restrictive sensitivity label of the documents the result cites (organisation profile names):
   * shown on the card, and sent by Teams surfaces as the message's sensitivity label. Absent: no cited
   * document carries a label.
   */
  readonly sensitivityLabel?: { readonly name: string; readonly description?: string };
  /**
   * Set when this result proposes a consequential action: the single-use token the skill issued, for the
   * skill whose `confirm` consumes it (e.g. `export_report` after `draft_report`), its expiry (ISO 8601) and
   * a one-line summary of what confirming will do. Surfaces without cards (the Copilot plugin API) use it.
   */
  readonly confirmation?: {
    readonly skill: string;
    readonly token: string;
    readonly expiresAt: string;
    readonly summary: string;
  };
  /** Set when the result starts or ends a report approval: the cards the surface delivers to other people. */
  readonly approval?: ApprovalDelivery;
  /**
   * Set by skills that answer a question (`ask_knowledge`): what the registry writes to the answer log for the
   * admin console. `closestSourceIds`: the documents the search ranked best, best first (for a declined
   * question, what came closest); `brand`: the brand the question was about, when known.
   */
  readonly answer?: {
    readonly question: string;
    readonly outcome: 'answered' | 'declined';
    readonly brand?: string;
    readonly closestSourceIds: readonly string[];
  };
  /** What to record in the audit trail for this result (default action: `<skill>_completed`). */
  readonly audit?: {
    readonly action: string;
    readonly sourceIds?: readonly string[];
    readonly detail?: string;
  };
}

/**
 * The second half of a consequential skill. `handler` only proposes (a card carrying a single-use
 * confirmation token from the ConfirmationStore); `execute` runs once the user confirmed in that card.
 * Only `SkillRegistry.confirm` calls it, after consuming the token for this user and skill.
 */
export interface ConfirmedAction<E> {
  /** Schema of the card data sent back with the confirmation (the user's edits). */
  readonly edits: z.ZodType<E>;
  execute(input: { draft: unknown; edits: E }, context: SkillContext): Promise<SkillResult>;
}

/**
 * One skill, every surface: the planner's tools, the no-model router, message-extension commands and the
 * Copilot plugin's operations are all derived from this descriptor.
 */
export interface SkillDescriptor<P, E = unknown> {
  /** snake_case identifier, stable across releases (it names API operations). */
  readonly name: string;
  /** Short human title, e.g. "Ask the knowledge base". */
  readonly title: string;
  /** What the skill does and when to use it (read by users and by models). */
  readonly description: string;
  /** Parameter schema; every call's arguments are parsed with it before the handler runs. */
  readonly parameters: z.ZodType<P>;
  /** True when the skill changes something outside the conversation; such calls need human confirmation. */
  readonly consequential: boolean;
  /** Example requests shown in help and used as conversation starters. */
  readonly examples: readonly string[];
  /**
   * False when an example may fail for a new user or over another corpus (it names a ticket number the user
   * doesn't have, or a report topic the documents they may read need not cover): the welcome and help cards
   * then leave them out, so every example button works. The knowledge skill's examples are checked against the
   * index instead (ExampleQuestions). Default true.
   */
  readonly examplesWorkForAnyone?: boolean;
  handler(params: P, context: SkillContext): Promise<SkillResult>;
  /** Required when `consequential` is true: the action run after a person confirmed. */
  readonly confirm?: ConfirmedAction<E>;
  /** How the no-model router recognises a request for this skill (none: only planners and surfaces call it). */
  readonly route?: SkillRoute;
}
