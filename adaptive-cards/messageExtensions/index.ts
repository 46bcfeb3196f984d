export type { KnowledgeResultView } from './KnowledgeResultView';
export {
  RESTRICTED_PREVIEW_WARNING,
  RESTRICTED_RESULT_NOTE,
  RESULT_LIMITS,
  knowledgeResultText,
} from './knowledgeResultText';
export { renderKnowledgeResultCard } from './renderKnowledgeResultCard';
export { renderKnowledgeResultPreview, type ThumbnailCardContent } from './renderKnowledgeResultPreview';
export { toDialogCard } from './toDialogCard';
