export { CARD_SCHEMA, type AdaptiveCard } from './AdaptiveCard';
export type { AnswerView, SourceView } from './AnswerView';
export { MAX_CARD_BYTES, cardBytes, fitToBudget } from './cardBudget';
export { expandTemplate } from './expandTemplate';
export { renderAnswerCard, type AnswerCardModel, type CitationView } from './renderAnswerCard';
export { renderAnswerView, SHORTENED_NOTE } from './renderAnswerView';
export { renderErrorCard, type ErrorCardModel } from './renderErrorCard';
export { renderHelpCard } from './renderHelpCard';
export { renderNoAnswerCard, type NoAnswerCardModel } from './renderNoAnswerCard';
export { MAX_EXAMPLE_BUTTONS, renderSkillsCard, type SkillsCardModel } from './renderSkillsCard';
export { renderWelcomeCard } from './renderWelcomeCard';
export { MAX_URL_LENGTH, safeHttpUrl } from './safeHttpUrl';
export { linkSyntaxCount } from './linkSyntax';
export { WORD_JOINER, defangUrls, safeInlineText, safeText } from './safeText';
export { longestLabel, longestText, shrinkAnswerView } from './shrinkAnswerView';
export { ANSWER_LIMITS, toAnswerView } from './toAnswerView';
export { ELLIPSIS, truncateText } from './truncateText';
export { renderNoticeCard } from './renderNoticeCard';
export {
  LEFT_OUT_NOTE,
  PRIVATE_ANSWER_TITLE,
  PRIVATE_ANSWER_VERB,
  withPrivateAnswerOffer,
  type PrivateAnswerOffer,
} from './withPrivateAnswerOffer';
