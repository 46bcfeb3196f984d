import type { SkillRoute } from '../router/SkillRoute';

/** The knowledge question is the router's fallback: whatever no other skill matched, opener included. */
export const knowledgeRoute: SkillRoute = {
  fallback: (message) => ({ question: message }),
};
