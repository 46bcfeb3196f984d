import type { ChatCompletionAction } from '@microsoft/teams-ai';
import type { SkillLookup } from '../../skills/offeredSkills';
import type { RegisteredSkill } from '../../skills/SkillRegistry';
import { toolInputSchema } from '../../skills/surfaces/mcpTools';

/** Added to a consequential skill's description so the model knows a call only proposes. */
export const PROPOSAL_NOTE =
  ' Only prepares a proposal card: nothing happens until the user confirms it in the card.';

/**
 * The planner's tools, generated from the registry on every call (so they never drift from the skills):
 * one per registered skill, in registration order, with the skill's name, its description (plus
 * `PROPOSAL_NOTE` when consequential) and its parameters' JSON Schema without the `$schema` key (`toolInputSchema`, as the MCP tools carry it).
 */
export function skillTools(registry: SkillLookup): ChatCompletionAction[] {
  return registry.list().map(toolFor);
}

export function toolFor(skill: RegisteredSkill): ChatCompletionAction {
  return {
    name: skill.name,
    description: `${skill.description}${skill.consequential ? PROPOSAL_NOTE : ''}`,
    parameters: toolInputSchema(skill) as ChatCompletionAction['parameters'],
  };
}
