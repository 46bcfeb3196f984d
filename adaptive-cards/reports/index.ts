export { EXTERNAL_AUDIENCES, type ReportCardReport, type ReportSkillNames } from './ReportCardModel';
export {
  CHANGES_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  renderReportPreviewCard,
  type ReportPreviewCardModel,
} from './renderReportPreviewCard';
export { renderReportExportedCard, type ReportExportedCardModel } from './renderReportExportedCard';
