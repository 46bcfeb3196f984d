import { z } from 'zod/v4';
import { AppError } from './errors/AppError';
import type { SkillContext, SkillDescriptor, SkillResult } from './SkillDescriptor';

/** A registered skill with its parameters erased to `unknown`: callers go through `invoke`, which parses. */
export interface RegisteredSkill {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly consequential: boolean;
  readonly examples: readonly string[];
  /** JSON Schema (draft 2020-12) of the parameters, derived from the descriptor's schema. */
  readonly parametersJsonSchema: Record<string, unknown>;
  /** Parses `rawParams` with the skill's schema (AppError `invalid_parameters` on failure), then runs it. */
  invoke(rawParams: unknown, context: SkillContext): Promise<SkillResult>;
}

const NAME_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

/** The set of skills. Names are unique and snake_case; registration order is the order surfaces list them in. */
export class SkillRegistry {
  private readonly skills = new Map<string, RegisteredSkill>();

  register<P>(descriptor: SkillDescriptor<P>): this {
    if (!NAME_PATTERN.test(descriptor.name))
      throw new Error(`skill name must be snake_case: ${descriptor.name}`);
    if (this.skills.has(descriptor.name)) throw new Error(`skill registered twice: ${descriptor.name}`);
    this.skills.set(descriptor.name, {
      name: descriptor.name,
      title: descriptor.title,
      description: descriptor.description,
      consequential: descriptor.consequential,
      examples: descriptor.examples,
      parametersJsonSchema: z.toJSONSchema(descriptor.parameters) as Record<string, unknown>,
      invoke: async (rawParams, context) => {
        const parsed = descriptor.parameters.safeParse(rawParams);
        if (!parsed.success) {
          const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
          throw new AppError('invalid_parameters', { userMessage: `Some values are not valid: ${fields}.` });
        }
        return descriptor.handler(parsed.data, context);
      },
    });
    return this;
  }

  get(name: string): RegisteredSkill | undefined {
    return this.skills.get(name);
  }

  list(): RegisteredSkill[] {
    return [...this.skills.values()];
  }
}
