import { placeBrand } from '../profile/placeBrand';
import { z } from 'zod/v4';
import { renderNoAnswerCard } from '../../adaptive-cards';
import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import { noAnswerTips } from '../../knowledge/answer/noAnswerSuggestions';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import type { OrganisationProfile } from '../../knowledge/profile/OrganisationProfile';
import { brandName } from '../../knowledge/profile/profileText';
import { mostRestrictiveLabel } from '../../knowledge/profile/resolveSensitivityLabel';
import { partitionForGroup } from '../knowledge/partitionForGroup';
import { AppError } from '../errors/AppError';
import { profileSuggestions } from '../knowledge/profileSuggestions';
import { brandParameter } from '../profile/brandParameter';
import { extractBrand } from '../profile/extractBrand';
import type { SkillDescriptor, SkillResult } from '../SkillDescriptor';
import { composeExtractiveReport, retrieveReportPassages, type ReportRequest } from './buildExtractiveReport';
import { REPORT_AUDIENCES, type ReportAudience } from './Report';
import type { ReportSkillDeps } from './ReportSkillDeps';
import { DRAFT_SKILL, reportPreview } from './reportPreview';
import { writeModelReport } from './writeModelReport';
import { draftReportRoute } from './draftReportRoute';

/** The parameters of `draft_report`; `brand` is one of the profile's brand ids (see `brandParameter`). */
export interface DraftReportParams {
  topic: string;
  brand?: string | undefined;
  period?: string | undefined;
  audience: ReportAudience;
  changes?: string | undefined;
}

const draftReportParams = (profile: OrganisationProfile): z.ZodType<DraftReportParams, unknown> =>
  z.object({
    topic: z
      .string()
      .trim()
      .min(3)
      .max(300)
      .describe('What the report is about, e.g. "brake supplier quality".'),
    brand: brandParameter(profile, 'Only use documents of this brand (a brand id).'),
    period: z
      .string()
      .trim()
      .max(50)
      .optional()
      .describe('Period the report covers, e.g. "2025 Q3" (shown on the report).'),
    audience: z
      .enum(REPORT_AUDIENCES)
      .default('internal')
      .describe(
        'Who the report is for; customer and external reports need a second person to approve the export.',
      ),
    changes: z
      .string()
      .trim()
      .max(500)
      .optional()
      .describe(
        'What to change when regenerating, e.g. "focus on the fade test" (becomes an extra focus search).',
      ),
  });

/**
 * `draft_report`: drafts a report from documents the user may read: retrieval and the extractive report as in
 * `buildExtractiveReport`; with `deps.reportModel`, the model writes it from the same passages
 * (`writeModelReport`) and the extractive report is used when its output is invalid or the model fails.
 * Stores the draft and returns its preview card with a single-use export token (see `reportPreview`). Not
 * consequential: nothing leaves the bot until `export_report` is confirmed. When nothing relevant is found no
 * report is stored, no model is called, and the card says so plainly. Search failures surface as
 * `search_unavailable`. The audit `detail` is the report id, followed (with a model) by `written by <model>`
 * or `extracted: <model> output not used`.
 */
export function draftReportSkill(deps: ReportSkillDeps): SkillDescriptor<DraftReportParams> {
  const profile = deps.profile ?? defaultOrganisationProfile;
  return {
    name: DRAFT_SKILL,
    title: 'Draft a report',
    description:
      'Drafts a structured report (summary, sections, open questions, numbered sources) from company documents the user may read, every statement cited; the user can regenerate it with changes and export it to Word and Markdown.',
    parameters: draftReportParams(profile),
    consequential: false,
    examples: profile.examples.reports,
    route: draftReportRoute,
    // A report topic only works where the documents the user may read cover it: not welcome or help buttons.
    examplesWorkForAnyone: false,
    async handler(given, context): Promise<SkillResult> {
      const { user } = context;
      const named = withNamedBrand(given, profile);
      // In a brand's team or channel the report carries that brand (its sources are trimmed to it anyway).
      const brand = placeBrand(named.brand, context);
      const params = brand === undefined ? named : { ...named, brand };
      const sourceLinkFor = deps.sourceLinkFor;
      const request: ReportRequest = {
        topic: params.topic,
        audience: params.audience,
        authorId: user.id,
        // In a group the search covered what every member may read: the open questions say so, not "you".
        ...(context.audience ? { readers: 'everyone here' } : {}),
        ...(params.brand ? { brand: params.brand, brandName: brandName(profile, params.brand) } : {}),
        ...(params.period ? { period: params.period } : {}),
        ...(params.changes ? { changes: params.changes } : {}),
        ...(sourceLinkFor ? { sourceUrl: (passage) => sourceLinkFor(passage, user) } : {}),
      };
      let passagesByQuery;
      try {
        // Drafted in a group conversation, the preview is posted there: documents labelled above
        // `groupQuoteMaxLabel` are left out of it (see `partitionForGroup`).
        passagesByQuery = await retrieveReportPassages(
          request,
          async (query) =>
            partitionForGroup(await deps.search(query, user, params.brand), profile, context).quotable,
        );
      } catch (error) {
        throw new AppError('search_unavailable', { cause: error });
      }
      const extractive = composeExtractiveReport(request, passagesByQuery);
      const model = deps.reportModel;
      const written =
        model && extractive.sections.length > 0
          ? await writeModelReport(
              { ...request, id: extractive.id, now: () => new Date(extractive.createdAt) },
              passagesByQuery,
              model,
              profile,
            )
          : undefined;
      const drafted = written ?? extractive;
      // A report inherits the most restrictive label of the documents it cites.
      const labelOf = new Map(
        passagesByQuery.flat().map((passage) => [passage.docId, passage.sensitivityLabel] as const),
      );
      const label = mostRestrictiveLabel(
        profile,
        drafted.sources.map((source) => labelOf.get(source.docId)),
      );
      const report = label ? { ...drafted, sensitivityLabel: label.name } : drafted;
      if (report.sections.length === 0) {
        const replies = messagesFor(context.locale).replies.reports;
        const nothing = context.audience ? replies.nothingRelevantEveryoneHere : replies.nothingRelevant;
        const reason = user.notice ? `${user.notice} ${nothing}` : nothing;
        const suggestions = profileSuggestions(
          params.topic,
          profile,
          noAnswerTips(params.topic, 'not_relevant'),
          context.locale,
        );
        return {
          card: renderNoAnswerCard({
            question: params.topic,
            reason,
            suggestions,
            ...(context.locale ? { locale: context.locale } : {}),
          }),
          text: `${reason}\n${suggestions.map((tip) => `- ${tip}`).join('\n')}`,
          aiGenerated: false,
          citations: [],
          audit: { action: 'report_not_drafted', detail: 'not_relevant' },
        };
      }
      await deps.reports.saveDraft(report);
      return reportPreview(
        report,
        deps,
        {
          action: 'report_drafted',
          sourceIds: report.sources.map((s) => s.docId),
          detail: !model
            ? report.id
            : written
              ? `${report.id} written by ${model.name}`
              : `${report.id} extracted: ${model.name} output not used`,
        },
        user,
        context.locale,
      );
    },
  };
}

/**
 * `params` with the brand the topic names (organisation profile) when no brand was given, removed from the topic
 * ("brake supplier quality for Fabrikam" -> topic "brake supplier quality", brand `fabrikam`), unless that leaves
 * less than 3 characters of topic.
 */
function withNamedBrand(params: DraftReportParams, profile: OrganisationProfile): DraftReportParams {
  if (params.brand) return params;
  const named = extractBrand(params.topic, profile);
  return named.brand && named.rest.length >= 3
    ? { ...params, topic: named.rest, brand: named.brand }
    : params;
}
