export type { KnowledgeResultView } from './KnowledgeResultView';
export { RESULT_LIMITS, knowledgeResultText } from './knowledgeResultText';
export { renderKnowledgeResultCard } from './renderKnowledgeResultCard';
export { renderKnowledgeResultPreview, type ThumbnailCardContent } from './renderKnowledgeResultPreview';
export { toDialogCard } from './toDialogCard';
