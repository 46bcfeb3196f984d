import type { ChatCompletionAction } from '@microsoft/teams-ai';
import type { RegisteredSkill, SkillRegistry } from '../../skills/SkillRegistry';

/** Added to a consequential skill's description so the model knows a call only proposes. */
export const PROPOSAL_NOTE =
  ' Only prepares a proposal card: nothing happens until the user confirms it in the card.';

/**
 * The planner's tools, generated from the registry on every call (so they never drift from the skills):
 * one per registered skill, in registration order, with the skill's name, its description (plus
 * `PROPOSAL_NOTE` when consequential) and its parameters' JSON Schema without the `$schema` key.
 */
export function skillTools(registry: SkillRegistry): ChatCompletionAction[] {
  return registry.list().map(toolFor);
}

export function toolFor(skill: RegisteredSkill): ChatCompletionAction {
  const parameters = { ...skill.parametersJsonSchema };
  delete parameters.$schema;
  return {
    name: skill.name,
    description: `${skill.description}${skill.consequential ? PROPOSAL_NOTE : ''}`,
    parameters: parameters as ChatCompletionAction['parameters'],
  };
}
