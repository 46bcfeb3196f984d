import { questionParaphrases } from '../../knowledge/answer/questionParaphrases';
import { z } from 'zod/v4';
import { renderNoAnswerCard, withPrivateAnswerOffer } from '../../adaptive-cards';
import { composeExtractiveAnswer } from '../../knowledge/answer/composeExtractiveAnswer';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import { brandsNamedIn } from '../../knowledge/profile/brandsNamedIn';
import { expandWithGlossary, glossaryFormsIn } from '../../knowledge/profile/expandWithGlossary';
import { detectLanguage } from '../../knowledge/language/detectLanguage';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import type { KnowledgeIndex } from '../../knowledge/index/KnowledgeIndex';
import type { Passage } from '../../knowledge/index/Passage';
import { searchScope } from '../access/searchScope';
import { sourcesLeftOut } from '../access/sourcesLeftOut';
import { AppError } from '../errors/AppError';
import type { ChatModel } from '../model/ChatModel';
import { brandParameter } from '../profile/brandParameter';
import type { SecurityEvents } from '../security/SecurityEvents';
import type { SkillDescriptor, SkillResult, SkillUser } from '../SkillDescriptor';
import { namesToIgnore } from './namesToIgnore';
import { partitionForGroup } from './partitionForGroup';
import { profileSuggestions } from './profileSuggestions';
import { interleavePassages } from './interleavePassages';
import { focusWordFrequency } from './focusWordFrequency';
import { translateQuestion } from './translateQuestion';
import { writeModelAnswer } from './writeModelAnswer';
import { knowledgeRoute } from './knowledgeRoute';
import { answeredResult } from './answeredResult';
import { withheldCited } from './withheldCited';

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 500;

/** Passages retrieved per question unless `AskKnowledgeDeps.top` says otherwise. */
export const DEFAULT_KNOWLEDGE_TOP = 12;

/** The parameters of `ask_knowledge`; `brand` is one of the profile's brand ids (see `brandParameter`). */
export interface AskKnowledgeParams {
  question: string;
  brand?: string | undefined;
}

const askKnowledgeParams = (profile: OrganisationProfile): z.ZodType<AskKnowledgeParams> =>
  z.object({
    question: z
      .string()
      .trim()
      .min(1)
      .max(MAX_QUESTION_CHARS)
      .describe('The question, in the words of the employee (any language).'),
    brand: brandParameter(profile, 'Restrict the search to one brand’s documents (a brand id).'),
  });

export interface AskKnowledgeDeps {
  readonly index: KnowledgeIndex;
  /** Link a reader opens for a passage: the source `url` when it has one, else a signed viewer link for this user. */
  readonly linkFor: (passage: Passage, user: SkillUser) => string;
  /** Passages retrieved per question; default 12 (the answer layer weighs terms and documents across them). */
  readonly top?: number;
  /** Optional language model: when set, answers are written by it from the passages (validated), else extracted. */
  readonly answerModel?: ChatModel;
  /**
   * The organisation: the skill's description, its example questions, the valid `brand` values, the glossary
   * that widens the search and the organisation named to the model. Default: the neutral profile.
   */
  readonly profile?: OrganisationProfile;
  /** Example questions (help, welcome, starters); default the profile's. May be filled in after registration. */
  readonly examples?: readonly string[];
  /**
   * Told `link_stripped` (reason `model_answer`) when the model's answer held link syntax and was replaced by
   * the extractive one, correlated by `context.correlationId`.
   */
  readonly securityEvents?: SecurityEvents;
}

/**
 * The knowledge skill: retrieves passages the user may read and answers with numbered citations: written by
 * `answerModel` when there is one and its answer passes validation (see `writeModelAnswer`), else extracted.
 * Never answers from anything but retrieved passages; says plainly when nothing relevant was found.
 */
export function askKnowledgeSkill(deps: AskKnowledgeDeps): SkillDescriptor<AskKnowledgeParams> {
  const profile = deps.profile ?? defaultOrganisationProfile;
  return {
    name: 'ask_knowledge',
    title: 'Ask the knowledge base',
    description: profile.assistantDescription,
    parameters: askKnowledgeParams(profile),
    consequential: false,
    route: knowledgeRoute,
    examples: deps.examples ?? profile.examples.questions,
    async handler(params, context): Promise<SkillResult> {
      // Glossary synonyms and the usual wording of superlatives widen the search (the index ORs query words)
      // and the extractive scoring; the card and the model still get the question as asked.
      const expansion = [
        ...expandWithGlossary(params.question, profile.glossary),
        ...questionParaphrases(params.question),
      ];
      const searched = expansion.length > 0 ? `${params.question} ${expansion.join(' ')}` : params.question;
      let passages: Passage[];
      // The question is analysed in its own language: detected in its text, else the user's locale.
      const language = detectLanguage(params.question) ?? context.locale;
      const searchOptions = {
        top: deps.top ?? DEFAULT_KNOWLEDGE_TOP,
        ...(params.brand ? { filters: { brand: params.brand } } : {}),
        ...(language ? { queryLanguage: language } : {}),
      };
      try {
        passages = await deps.index.search(searched, {
          ...searchScope(context.user),
          ...searchOptions,
        });
      } catch (error) {
        throw new AppError('search_unavailable', { cause: error });
      }
      // With a model and documents in several languages (the profile's), the question is also searched in each
      // other language, translated by the model: a document written only in another language is found, and
      // quoted and cited as it is. The answer is still written in the question's language.
      if (deps.answerModel && profile.languages.length > 1) {
        const translations = await translateQuestion(
          params.question,
          profile.languages,
          deps.answerModel,
          language,
        );
        if (translations.size > 0) {
          const translated = await Promise.all(
            [...translations].map(([queryLanguage, text]) =>
              deps.index.search(text, {
                principals: context.user.principals,
                ...searchOptions,
                queryLanguage,
              }),
            ),
          ).catch((error: unknown) => {
            throw new AppError('search_unavailable', { cause: error });
          });
          passages = interleavePassages([passages, ...translated], searchOptions.top);
        }
      }
      // In a group conversation `user.principals` are what every member may read; when the asker alone could
      // read more, the card says so and offers the full answer in the asker's 1:1 chat (never here).
      const leftOut = await sourcesLeftOut(deps.index, searched, context, searchOptions);
      const offered = { question: params.question, ...(params.brand ? { brand: params.brand } : {}) };
      const offer = leftOut ? offered : undefined;
      const m = messagesFor(context.locale);
      const leftOutLine = leftOut ? `\n${m.answer.leftOut}` : '';
      // For the answer log: the documents that ranked best, and the brand asked about when it is known.
      const closestSourceIds = [...new Set(passages.map((passage) => passage.docId))].slice(0, 5);
      const askedBrand = params.brand ?? context.brand?.id ?? brandsNamedIn(params.question, profile)[0];
      const model = deps.answerModel;
      // In a group conversation, documents labelled above `groupQuoteMaxLabel` are never quoted (nor shown to a
      // model); those the answer would have cited are cited by title and link only.
      const { quotable, withheld } = partitionForGroup(passages, profile, context);
      const written =
        model && quotable.length > 0
          ? await writeModelAnswer(params.question, quotable, model, {
              ...(context.stream ? { onDelta: (text: string) => context.stream?.delta(text) } : {}),
              organisation: profile,
              onRejected: ({ link }) => {
                if (link)
                  deps.securityEvents?.record({
                    type: 'link_stripped',
                    correlationId: context.correlationId ?? 'none',
                    surface: context.surface,
                    reason: 'model_answer',
                  });
              },
            })
          : undefined;
      const expanded = glossaryFormsIn(params.question, profile.glossary);
      const extractiveOptions = {
        // How common the words the question asks about are in what the user may read (no search when the
        // passages hold them all): the answer layer declines a question whose very subject they lack.
        wordFrequency: written
          ? new Map<string, number>()
          : await focusWordFrequency(
              deps.index,
              params.question,
              passages,
              { ...searchScope(context.user), ...searchOptions },
              expanded,
            ),
        ignoreNames: namesToIgnore(profile, params.question),
        expansions: expansion,
        expanded,
        ...(language ? { language } : {}),
      };
      const answer = written ?? composeExtractiveAnswer(params.question, quotable, extractiveOptions);
      const withheldDocs = withheldCited(
        withheld.length > 0 ? composeExtractiveAnswer(params.question, passages, extractiveOptions) : answer,
        withheld,
      );
      if (answer.kind === 'noAnswer' && withheldDocs.length === 0) {
        // The card says "nothing relevant" itself; its reason line only carries a notice (e.g. partial access).
        // In a group it searched what everyone there may read, and says so. When the asker alone could read more
        // (`offer`), rewording would not help: the answer is in documents not everyone here may read, so the card
        // offers the private answer instead of rephrasing tips.
        const notice = context.user.notice ?? '';
        const everyoneHere = context.audience !== undefined;
        const said = `${notice ? `${notice} ` : ''}${everyoneHere ? m.noAnswer.saidEveryoneHere : m.noAnswer.said}`;
        const suggestions = offer
          ? []
          : profileSuggestions(params.question, profile, answer.tips, context.locale);
        const noAnswerCard = renderNoAnswerCard({
          question: params.question,
          reason: notice,
          suggestions,
          ...(everyoneHere ? { everyoneHere } : {}),
          ...(context.locale ? { locale: context.locale } : {}),
        });
        return {
          card: offer ? withPrivateAnswerOffer(noAnswerCard, offer, context.locale) : noAnswerCard,
          text: `${said}\n${suggestions.map((tip) => `- ${tip}`).join('\n')}${leftOutLine}`,
          aiGenerated: false,
          citations: [],
          answer: {
            question: params.question,
            outcome: 'declined',
            ...(askedBrand ? { brand: askedBrand } : {}),
            closestSourceIds,
          },
          audit: { action: 'question_not_answered', detail: answer.reason },
        };
      }
      return answeredResult({
        question: params.question,
        answer,
        passages,
        withheldDocs,
        profile,
        context,
        linkFor: (passage, user) => deps.linkFor(passage, user),
        writtenBy: written && model ? model.name : undefined,
        offered,
        leftOut,
        askedBrand,
        closestSourceIds,
      });
    },
  };
}
