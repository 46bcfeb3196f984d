import { messagesFor } from '../../adaptive-cards/messages/messagesFor';
import type { SkillRoute } from '../router/SkillRoute';
import { extractReportParams } from './extractReportParams';

const DRAFT_REPORT =
  /^(?:please\s+|can you\s+|could you\s+)?(?:draft|write|prepare|create|generate|compile|put together|build)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+|one-page\s+)?(?:status\s+)?(?:report|briefing|summary report)\b\s*/i;

/**
 * "draft a report on brake supplier quality for Q3 2025 for customers": the topic with the period and audience
 * pulled out (`extractReportParams`); with no topic of at least 3 characters, the router asks for one.
 */
export const draftReportRoute: SkillRoute = {
  order: 40,
  match(message, locale) {
    if (!DRAFT_REPORT.test(message)) return undefined;
    const { topic, ...rest } = extractReportParams(message.replace(DRAFT_REPORT, ''));
    if (topic.length >= 3) return { params: { topic, ...rest } };
    const prompt = messagesFor(locale).replies.router.reportTopic;
    return { ask: { missing: 'topic', prompt, params: rest } };
  },
};
