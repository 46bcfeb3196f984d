import type { Passage } from '../../knowledge/index/Passage';
import type { SkillUser } from '../../skills/SkillDescriptor';
import type { Services } from '../compose';
import { createLinkBuilder } from '../links/createLinkBuilder';

/** The link a search result opens: the same builder as `ask_knowledge`'s citations (`createLinkBuilder`). */
export function documentLinkFor(
  services: Pick<Services, 'config' | 'linkSecret'>,
): (passage: Passage, user: SkillUser) => string {
  return createLinkBuilder(services.config, services.linkSecret).documentLink;
}
