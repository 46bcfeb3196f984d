/**
 * Every fixed text the cards, the knowledge skill's replies and the error replies show, in one language.
 * `{name}` marks a value filled in by `formatMessage`. One resource file per language (`locales/en.json`,
 * `locales/fr.json`, ...), each complete: `catalogs.ts` has the compiler check each against this type (a missing
 * or extra key fails the typecheck); `messagesFor` picks one from a locale.
 */
export interface Messages {
  /** BCP 47 code of the catalog's language. */
  readonly language: string;
  /** Names of the languages, for "quoted in {language}". */
  readonly languageNames: Readonly<Record<string, string>>;
  readonly answer: {
    /** The message text beside an AI answer's card, before its `[n]` markers (Teams shows citations there). */
    readonly answerFromOne: string;
    readonly answerFromMany: string;
    readonly sources: string;
    readonly toggleExcerpts: string;
    readonly aiGenerated: string;
    readonly shortened: string;
    /** A source without a title. */
    readonly source: string;
    /** After a source in another language than the user's: `quoted in {language}`. */
    readonly quotedIn: string;
    readonly extractedFooter: string;
    readonly writtenFooter: string;
    readonly documentsYouCanAccess: string;
    readonly documentsEveryoneHereCanAccess: string;
    readonly oneDocument: string;
    readonly manyDocuments: string;
    readonly leftOut: string;
    readonly sendPrivately: string;
    /** The answer's sensitivity label line: `Sensitivity: {label}`. */
    readonly sensitivity: string;
    /** After a source cited by title and link only in a group: `not quoted here ({label})`. */
    readonly notQuoted: string;
    /** In a group, when sources were cited by title and link only: names `groupQuoteMaxLabel` as `{label}`. */
    readonly withheld: string;
  };
  readonly noAnswer: {
    readonly title: string;
    /** `title` in a group conversation, where what was searched is what everyone there may read. */
    readonly titleEveryoneHere: string;
    readonly tryThis: string;
    /** The plain-text reply when nothing relevant was found. */
    readonly said: string;
    /** `said` in a group conversation. */
    readonly saidEveryoneHere: string;
  };
  readonly error: {
    readonly title: string;
    readonly code: string;
    readonly unexpected: string;
  };
  readonly skills: {
    readonly helpTitle: string;
    readonly helpIntro: string;
    readonly helpExamples: string;
    readonly welcomeTitle: string;
    readonly welcomeIntro: string;
    readonly welcomeExamples: string;
    readonly assistant: string;
  };
  readonly notice: {
    readonly replyNext: string;
    readonly discarded: string;
    readonly nothingDone: string;
  };
  readonly result: {
    readonly untitled: string;
    readonly openDocument: string;
    /** On an inserted card whose document is shown by title and link only (access or sensitivity label). */
    readonly restrictedNote: string;
    /** On such a result in the search list (seen by the searcher alone). */
    readonly restrictedWarning: string;
  };
  readonly tickets: {
    /** The ticket list's button that shows one ticket's status card. */
    readonly show: string;
    readonly formTitle: string;
    readonly formIntro: string;
    readonly title: string;
    readonly titlePlaceholder: string;
    readonly titleError: string;
    readonly description: string;
    readonly descriptionPlaceholder: string;
    readonly category: string;
    readonly categoryError: string;
    readonly priority: string;
    readonly priorityError: string;
    readonly brand: string;
    readonly component: string;
    readonly componentPlaceholder: string;
    readonly file: string;
    readonly discard: string;
    readonly filed: string;
    readonly followUp: string;
    readonly open: string;
    readonly statusLine: string;
    readonly none: string;
    readonly yours: string;
    readonly yoursCount: string;
    readonly yoursOf: string;
    readonly noTitle: string;
    readonly priorities: Readonly<Record<'low' | 'normal' | 'high' | 'urgent', string>>;
    readonly notBrandSpecific: string;
    readonly other: string;
    readonly statuses: Readonly<Record<'new' | 'active' | 'resolved' | 'closed', string>>;
    readonly facts: Readonly<
      Record<'status' | 'priority' | 'category' | 'brand' | 'affects' | 'filedFor' | 'filed', string>
    >;
  };
  readonly reports: {
    readonly reject: string;
    readonly commentLabel: string;
    readonly moreSources: string;
    readonly shortenedCounts: string;
    readonly shortenedText: string;
    readonly writtenFooter: string;
    readonly extractedFooter: string;
    readonly documentsOne: string;
    readonly documentsMany: string;
    readonly audienceReport: string;
    readonly needsApprover: string;
    readonly sensitivity: string;
    readonly brand: string;
    readonly period: string;
    readonly drafted: string;
    readonly downloadWord: string;
    readonly downloadMarkdown: string;
    readonly openWord: string;
    readonly openMarkdown: string;
    readonly approvedBy: string;
    readonly approvedComment: string;
    readonly approvedBySecond: string;
    readonly sectionsOne: string;
    readonly sectionsMany: string;
    readonly findingsOne: string;
    readonly findingsMany: string;
    readonly sourcesOne: string;
    readonly sourcesMany: string;
    readonly savedOneDrive: string;
    /** The report audiences' names (the skills' values); any other value is shown as given. */
    readonly audiences: Readonly<Record<'internal' | 'management' | 'customer' | 'external', string>>;
    readonly summary: string;
    readonly openQuestions: string;
    readonly sources: string;
    readonly changeLabel: string;
    readonly changePlaceholder: string;
    readonly regenerate: string;
    readonly discard: string;
    readonly export: string;
    readonly approveAndExport: string;
    readonly exported: string;
    readonly noDownloads: string;
    readonly report: string;
    readonly section: string;
    readonly source: string;
  };
  /**
   * Lines the skills and the bot write outside the card renderers: status lines, notices, refusals and the
   * plain-text replies beside cards. Values named by an id (`audiences`, `priorities`, `statuses`) are the words
   * used inside a sentence (lower case in English, as the ids).
   */
  readonly replies: {
    readonly reports: {
      readonly audiences: Readonly<Record<'internal' | 'management' | 'customer' | 'external', string>>;
      /** The confirmation summary of an export proposal. */
      readonly exportSummary: string;
      readonly noApprover: string;
      readonly selfApprover: string;
      readonly approverCannotReadOne: string;
      readonly approverCannotReadMany: string;
      /** `{approver}` when no approver name is configured. */
      readonly theApprover: string;
      readonly waiting: string;
      readonly approved: string;
      readonly approvedComment: string;
      readonly rejected: string;
      readonly rejectedComment: string;
      /** `{asker}` when the author's name is unknown. */
      readonly aColleague: string;
      readonly approvalAsked: string;
      readonly nothingExported: string;
      readonly youCannotApproveOne: string;
      readonly youCannotApproveMany: string;
      readonly neverSent: string;
      readonly notFound: string;
      readonly onlyApprover: string;
      readonly onlyAuthor: string;
      readonly approverNotReachedTitle: string;
      readonly approverNotReached: string;
      /** The plain-text reply beside an exported report's card. */
      readonly exported: string;
      readonly exportedOneDrive: string;
      /** Report store failures (`ReportStoreError` codes). */
      readonly storeUnavailable: string;
      readonly storeDenied: string;
      readonly storeTooLarge: string;
      /** Why no report was drafted (in a group: what everyone there may read was searched). */
      readonly nothingRelevant: string;
      readonly nothingRelevantEveryoneHere: string;
    };
    readonly tickets: {
      readonly priorities: Readonly<Record<'low' | 'normal' | 'high' | 'urgent', string>>;
      readonly statuses: Readonly<Record<'new' | 'active' | 'resolved' | 'closed', string>>;
      readonly keptPrivateTitle: string;
      readonly keptPrivate: string;
      readonly checkForm: string;
      readonly addTitle: string;
      readonly notAnswered: string;
      /** The confirmation summary of a ticket proposal. */
      readonly proposal: string;
      readonly noTitleYet: string;
      readonly filed: string;
      readonly none: string;
      /** One ticket in the plain-text list. */
      readonly listItem: string;
      readonly notFoundTitle: string;
      readonly notFound: string;
      readonly status: string;
      readonly backendDenied: string;
      readonly backendUnavailable: string;
      readonly backendRejected: string;
    };
    /** Why a confirmation token was refused (`ConsumeResult` reasons). */
    readonly confirm: Readonly<
      Record<'unknown' | 'expired' | 'used' | 'cancelled' | 'wrong_user' | 'wrong_skill', string>
    >;
    /** The router's questions for a missing parameter. */
    readonly router: {
      readonly whichTicket: string;
      readonly whatProblem: string;
      readonly reportTopic: string;
      readonly giveTicketNumber: string;
    };
    readonly teams: {
      readonly cardOnlyTitle: string;
      readonly cardOnly: string;
      readonly sentPrivately: string;
      readonly notSentPrivately: string;
    };
    /** Notices beside a result searched with less than the user's full access (`SkillUser.notice`). */
    readonly access: {
      readonly groupsUnchecked: string;
      readonly membersUnchecked: string;
      readonly externalMember: string;
    };
    /** The model planner's streaming lines (Teams 1:1 chats). */
    readonly model: {
      readonly writing: string;
      readonly interrupted: string;
    };
    /**
     * Rephrasing tips on a no-answer card: the answer module's (`NoAnswerTip` ids), then the organisation
     * profile's (`{brands}`, `{languages}`: names listed in this language).
     */
    readonly tips: Readonly<
      Record<
        | 'completeQuestion'
        | 'broaderWords'
        | 'ownVocabulary'
        | 'nameSubject'
        | 'shorterQuestion'
        | 'otherWords'
        | 'nameBrand'
        | 'languages',
        string
      >
    >;
    /** The message extensions' dialog title and messages. */
    readonly extensions: {
      /** The last line of a ticket description filed from a Teams message (before the message's link). */
      readonly fromMessage: string;
      readonly fromMessageBy: string;
      /** Shown before the user typed anything in the search box. */
      readonly emptySearch: string;
      readonly fileTicketTitle: string;
      readonly noText: string;
      readonly discarded: string;
      readonly noMatch: string;
      readonly unknownCommand: string;
      readonly gone: string;
      readonly searchTooLong: string;
      readonly searchInvalid: string;
    };
  };
  /** User-safe messages of the error catalog's codes (`skills/errors/AppError.ts`); English is the catalog's own. */
  readonly errors: Readonly<Record<string, string>>;
}
