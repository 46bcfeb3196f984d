import type { SkillRegistry } from '../SkillRegistry';

/** What the no-model router decided for one message. */
export type Route =
  | { readonly kind: 'help' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'skill'; readonly skill: string; readonly params: Record<string, unknown> };

const HELP =
  /^(help|aide|hilfe|aiuto|\?|menu|start|hi|hello|hey|bonjour|hallo|ciao|what can you do\??|who are you\??)[.!?]*$/i;

/** Strips Teams mention markup and collapses whitespace; mentions of the bot itself carry no meaning. */
export function normaliseMessage(text: string): string {
  return (
    text
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Deterministic skill routing for when no model is configured. Contract: the same text always gives the
 * same route; anything that is not a help request or another skill's trigger is a knowledge question.
 */
export function routeMessage(text: string, registry: SkillRegistry): Route {
  const message = normaliseMessage(text);
  if (!message) return { kind: 'empty' };
  if (HELP.test(message)) return { kind: 'help' };
  if (!registry.get('ask_knowledge')) return { kind: 'help' };
  return { kind: 'skill', skill: 'ask_knowledge', params: { question: message } };
}
