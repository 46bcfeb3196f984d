import assert from 'node:assert/strict';
import { z } from 'zod/v4';
import { renderNoticeCard } from '../../adaptive-cards';
import { AppError } from '../../skills/errors/AppError';
import { parseOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import { offeredSkills } from '../../skills/offeredSkills';
import { examplesForPlace } from '../../skills/profile/examplesForPlace';
import type { SkillDescriptor } from '../../skills/SkillDescriptor';
import { SkillRegistry } from '../../skills/SkillRegistry';

const skill = (name: string): SkillDescriptor<Record<string, unknown>> => ({
  name,
  title: name,
  description: name,
  parameters: z.object({}),
  consequential: false,
  examples: [],
  handler: async () => ({
    card: renderNoticeCard({ title: name, message: name }),
    text: name,
    aiGenerated: false,
    citations: [],
  }),
});

describe('skills offered in a brand place', () => {
  const registry = new SkillRegistry().register(skill('ask_knowledge')).register(skill('my_tickets'));
  const user = { id: 'u', principals: ['everyone'] };
  const place = { id: 'fabrikam', name: 'Fabrikam', skills: ['my_tickets'] };

  it('lists and finds only the brand’s skills', () => {
    const offered = offeredSkills(registry, place);
    assert.deepEqual(
      offered.list().map((s) => s.name),
      ['my_tickets'],
    );
    assert.equal(offered.get('ask_knowledge'), undefined);
  });
  it('is the whole registry outside brand places, or when the brand names no skills', () => {
    assert.equal(offeredSkills(registry, undefined), registry);
    assert.equal(offeredSkills(registry, { id: 'x', name: 'X' }), registry);
  });
  it('the registry refuses a skill the place does not offer (skill_not_offered, 403)', async () => {
    await assert.rejects(
      registry.get('ask_knowledge')!.invoke({}, { user, surface: 'test', brand: place }),
      (error: unknown) =>
        error instanceof AppError && error.code === 'skill_not_offered' && error.status === 403,
    );
    const result = await registry.get('my_tickets')!.invoke({}, { user, surface: 'test', brand: place });
    assert.equal(result.text, 'my_tickets');
  });
});

describe('examples shown in a brand place', () => {
  const profile = parseOrganisationProfile(
    {
      brands: [
        { id: 'fabrikam', name: 'Fabrikam' },
        { id: 'tailspin', name: 'Tailspin', aliases: ['TS'] },
      ],
    },
    'x.yaml',
  );
  const examples = [
    'What is the Fabrikam logo rule?',
    'How do I reset my password?',
    'Draft a report for TS',
  ];
  it('leaves out examples naming another brand', () =>
    assert.deepEqual(examplesForPlace(examples, profile, { id: 'fabrikam' }), examples.slice(0, 2)));
  it('keeps every example outside brand places', () =>
    assert.deepEqual(examplesForPlace(examples, profile, undefined), examples));
});
