import assert from 'node:assert/strict';
import type { LocalDirectory } from '../../../knowledge/identity/LocalDirectory';
import { FollowUpResolver } from '../../../skills/knowledge/FollowUpResolver';
import type { SkillResult, SkillUser } from '../../../skills/SkillDescriptor';
import type { SkillRegistry } from '../../../skills/SkillRegistry';
import { cardText } from '../../support/cardText';
import { openSampleAskKnowledge, type SampleAskKnowledge } from '../../support/openSampleAskKnowledge';

const ALEX = '00000000-0000-0000-0000-0000000000020';
const MEGAN = '00000000-0000-0000-0000-0000000000021';

/** (first question, follow-up) -> the question it is understood as, and a document the answer cites. */
interface FollowUpCase {
  readonly first: string;
  readonly followUp: string;
  readonly rewritten: string;
  /** Path under `knowledge/sample/corpus`. */
  readonly cites: string;
  readonly user?: string;
}

const TABLE: readonly FollowUpCase[] = [
  // A name in the follow-up replaces the previous question's name of the same role.
  {
    first: 'What is the clear space rule for the Aurex logo?',
    followUp: 'and for Kestrel?',
    rewritten: 'What is the clear space rule for the Kestrel logo?',
    cites: 'brand-guidelines/kestrel/kestrel-brand-overview.md',
  },
  {
    first: 'What is the clear space rule for the Aurex logo?',
    followUp: 'what about Brava?',
    rewritten: 'What is the clear space rule for the Brava logo?',
    cites: 'brand-guidelines/brava/brava-brand-guidelines.md',
  },
  {
    first: 'What is the clear space rule for the Aurex logo?',
    followUp: 'what about the Kestrel one?',
    rewritten: 'What is the clear space rule for the Kestrel logo?',
    cites: 'brand-guidelines/kestrel/kestrel-brand-overview.md',
  },
  {
    first: 'What colours are in the Aurex colour palette?',
    followUp: 'and for Velora?',
    rewritten: 'What colours are in the Velora colour palette?',
    cites: 'brand-guidelines/velora/velora-typography-and-tone-of-voice.md',
  },
  {
    first: 'What is the wheel bolt tightening torque for Aurex vehicles?',
    followUp: 'and for Brava?',
    rewritten: 'What is the wheel bolt tightening torque for Brava vehicles?',
    cites: 'engineering-standards/nes-fst-012-wheel-fastener-torque.md',
  },
  {
    first: 'What torque do I use for the wheel nuts on a Brava Cargo van?',
    followUp: 'what about Aurex?',
    rewritten: 'What torque do I use for the wheel nuts on an Aurex Cargo van?',
    cites: 'engineering-standards/nes-fst-012-wheel-fastener-torque.md',
  },
  {
    first: 'What is the Velora tone of voice?',
    followUp: 'Brava?',
    rewritten: 'What is the Brava tone of voice?',
    cites: 'brand-guidelines/brava/brava-tone-of-voice.txt',
  },
  {
    first: 'What is the Brava tone of voice?',
    followUp: 'and the Velora one?',
    rewritten: 'What is the Velora tone of voice?',
    cites: 'brand-guidelines/velora/velora-typography-and-tone-of-voice.md',
  },
  {
    first: 'What is the typeface of Velora?',
    followUp: 'and of Aurex?',
    rewritten: 'What is the typeface of Aurex?',
    cites: 'brand-guidelines/aurex/aurex-brand-identity-guidelines.md',
  },
  {
    first: 'What is the wheelbase range of the NMP-E platform?',
    followUp: 'and for NMP-C?',
    rewritten: 'What is the wheelbase range of the NMP-C platform?',
    cites: 'platforms/nmp-c-platform-overview.md',
  },
  {
    first: 'What is the wheelbase of the NMP-C platform?',
    followUp: 'and for NMP-E?',
    rewritten: 'What is the wheelbase of the NMP-E platform?',
    cites: 'platforms/nmp-e-platform-overview.md',
  },
  {
    first: 'How many kilometres does the durability road test schedule D1 cover?',
    followUp: 'and D2?',
    rewritten: 'How many kilometres does the durability road test schedule D2 cover?',
    cites: 'engineering-standards/nes-dur-011-durability-road-test-schedule.docx',
  },
  {
    first: 'When is the world premiere of the Aurex NORDLICHT?',
    followUp: 'and the Velora TORRENTE?',
    rewritten: 'When is the world premiere of the Velora TORRENTE?',
    cites: 'brand-guidelines/velora/velora-torrente-launch-plan.md',
    user: MEGAN,
  },
  // A constraint replaces the previous one with the same preposition, or is appended.
  {
    first: 'How do I connect to the corporate VPN from home?',
    followUp: 'and from abroad?',
    rewritten: 'How do I connect to the corporate VPN from abroad?',
    cites: 'it-howto/vpn-setup.html',
  },
  {
    first: 'What is the pass criterion for the brake fade test?',
    followUp: 'same for the salt spray test',
    rewritten: 'What is the pass criterion for the salt spray test?',
    cites: 'engineering-standards/nes-cor-007-corrosion-test.md',
  },
  {
    first: 'When does the tyre pressure monitoring warning light come on?',
    followUp: 'and in winter?',
    rewritten: 'When does the tyre pressure monitoring warning light come on in winter?',
    cites: 'engineering-standards/nes-tpm-005-tyre-pressure-monitoring.md',
  },
  {
    first: 'How do I reset a forgotten password?',
    followUp: 'and if I lost my phone?',
    rewritten: 'How do I reset a forgotten password if I lost my phone?',
    cites: 'it-howto/password-reset-and-mfa.md',
  },
  {
    first: 'How many salt spray hours must coated body panels pass in the corrosion test?',
    followUp: 'and for underbody parts?',
    rewritten:
      'How many salt spray hours must coated body panels pass in the corrosion test for underbody parts?',
    cites: 'engineering-standards/nes-cor-007-corrosion-test.md',
  },
  {
    first: 'How do I enrol my mobile device?',
    followUp: 'and for iPhone?',
    rewritten: 'How do I enrol my mobile device for iPhone?',
    cites: 'it-howto/mobile-device-enrolment-guide.pdf',
  },
  {
    first: 'What is the company car policy?',
    followUp: 'and for part-time employees?',
    rewritten: 'What is the company car policy for part-time employees?',
    cites: 'hr-policies/company-car-policy.md',
  },
  {
    first: 'What is the hotel limit in the travel and expense policy?',
    followUp: 'and in London?',
    rewritten: 'What is the hotel limit in the travel and expense policy in London?',
    cites: 'hr-policies/travel-and-expense-policy.md',
  },
  {
    first: 'How do I recover my BitLocker key?',
    followUp: 'and if the laptop is not mine?',
    rewritten: 'How do I recover my BitLocker key if the laptop is not mine?',
    cites: 'it-howto/laptop-encryption-bitlocker-recovery.md',
  },
  // A bare term replaces the attribute of "what is the X of Y".
  {
    first: 'What is the battery voltage of the NMP-E platform?',
    followUp: 'and the wheelbase?',
    rewritten: 'What is the wheelbase of the NMP-E platform?',
    cites: 'platforms/nmp-e-platform-overview.md',
  },
  {
    first: 'What is the peak DC charging power of the NMP-E platform?',
    followUp: 'and the battery capacity options?',
    rewritten: 'What are the battery capacity options of the NMP-E platform?',
    cites: 'platforms/nmp-e-platform-overview.md',
  },
  {
    first: 'What are the pass criteria of the brake fade test?',
    followUp: 'and the procedure?',
    rewritten: 'What is the procedure of the brake fade test?',
    cites: 'engineering-standards/nes-brk-004-brake-system-validation.md',
  },
  {
    first: 'What is the HIC target in the crash test?',
    followUp: 'and the chest deflection?',
    rewritten: 'What is the chest deflection in the crash test?',
    cites: 'engineering-standards/nes-crs-010-crash-test-internal-targets.md',
  },
  // An ordinal asks for that item of the previous subject.
  {
    first: 'How do I connect to the corporate VPN?',
    followUp: 'what about the second step?',
    rewritten: 'What is the second step to connect to the corporate VPN?',
    cites: 'it-howto/vpn-setup.html',
  },
  {
    first: 'What are the steps of the TARA process according to ISO 21434?',
    followUp: 'what about the third step?',
    rewritten: 'What is the third step of the TARA process according to ISO 21434?',
    cites: 'engineering-standards/nes-cyb-002-tara-process.md',
  },
  // A pronoun is replaced by the previous question's subject.
  {
    first: 'How do I request access to the CAN simulator lab?',
    followUp: 'who approves it?',
    rewritten: 'Who approves access to the CAN simulator lab?',
    cites: 'it-howto/can-simulator-lab-access.md',
  },
  {
    first: 'How do I reset a forgotten password?',
    followUp: 'how long is it valid?',
    rewritten: 'How long is the forgotten password valid?',
    cites: 'it-howto/password-reset-and-mfa.md',
  },
  {
    first: 'How are OTA software updates for vehicle ECUs rolled out to customers?',
    followUp: 'and how is it rolled back?',
    rewritten: 'How is OTA software updates rolled back?',
    cites: 'engineering-standards/nes-sw-020-ota-software-release-process.md',
  },
  {
    first: 'How do I recover my BitLocker key?',
    followUp: 'where do I find it?',
    rewritten: 'Where do I find my BitLocker key?',
    cites: 'it-howto/laptop-encryption-bitlocker-recovery.md',
  },
  // Otherwise the new term is appended to the previous question.
  {
    first: 'What is the maximum average CAN bus load allowed?',
    followUp: 'and the peak load?',
    rewritten: 'What is the maximum average CAN bus load allowed (the peak load)?',
    cites: 'engineering-standards/nes-can-011-can-network-conventions.txt',
  },
  {
    first: 'How many days can I work from home under the hybrid working policy?',
    followUp: 'and abroad?',
    rewritten: 'How many days can I work from home under the hybrid working policy (abroad)?',
    cites: 'hr-policies/hybrid-working-policy.md',
  },
  {
    first: 'How do I request new software?',
    followUp: 'and hardware?',
    rewritten: 'How do I request new software (hardware)?',
    cites: 'it-howto/software-and-hardware-catalogue-requests.md',
  },
  {
    first: 'How do I report a phishing email?',
    followUp: 'and a lost laptop?',
    rewritten: 'How do I report a phishing email (a lost laptop)?',
    cites: 'it-howto/report-phishing-and-security-incidents.md',
  },
  {
    first: 'How are paint defects classified by severity?',
    followUp: 'what about class A?',
    rewritten: 'How are paint defects classified by severity (class A)?',
    cites: 'engineering-standards/nes-pnt-003-paint-defect-classification.md',
  },
];

describe('follow-up questions over the sample corpus (no model: rule rewrite, then ask_knowledge)', function () {
  this.timeout(60_000);
  let directory: LocalDirectory;
  let registry: SkillRegistry;
  const docIdByUrl = new Map<string, string>();
  let sample: SampleAskKnowledge;

  before(async () => {
    sample = await openSampleAskKnowledge('follow-up-', docIdByUrl);
    ({ directory, registry } = sample);
    const { summary } = sample;
    assert.deepEqual(summary.failed, []);
  });
  after(() => sample.close());

  const userFor = async (id: string): Promise<SkillUser> => ({
    id,
    principals: await directory.principalsFor(id),
  });
  /** One knowledge turn as the Teams runner does it: understand, ask, remember. */
  const turn = async (followUps: FollowUpResolver, user: SkillUser, conversationId: string, text: string) => {
    const key = { conversationId, userId: user.id };
    const understood = await followUps.understand(key, text);
    const result: SkillResult = await registry
      .get('ask_knowledge')!
      .invoke({ question: understood.question }, { user, surface: 'test', conversationId });
    await followUps.remember(key, text, understood.question);
    return { understood, result, cited: result.citations.map((c) => docIdByUrl.get(c.url) ?? c.url) };
  };

  it(`has at least 30 pairs (${TABLE.length})`, () => assert.ok(TABLE.length >= 30));

  TABLE.forEach((c, i) => {
    it(`"${c.first}" + "${c.followUp}"`, async () => {
      const followUps = new FollowUpResolver();
      const user = await userFor(c.user ?? ALEX);
      const first = await turn(followUps, user, `conv-${i}`, c.first);
      assert.equal(first.understood.followUp, false, 'a full question is taken as typed');
      const next = await turn(followUps, user, `conv-${i}`, c.followUp);
      assert.equal(next.understood.question, c.rewritten);
      assert.ok(next.cited.includes(c.cites), `cites ${c.cites}; got ${next.cited.join(', ')}`);
      assert.ok(
        cardText(next.result.card).includes(c.rewritten),
        'the card shows the question as understood',
      );
    });
  });

  it('carries the subject over several follow-ups (each builds on the last effective question)', async () => {
    const followUps = new FollowUpResolver();
    const user = await userFor(ALEX);
    await turn(followUps, user, 'chain', 'What is the clear space rule for the Aurex logo?');
    const second = await turn(followUps, user, 'chain', 'and for Brava?');
    const third = await turn(followUps, user, 'chain', 'what about Kestrel?');
    assert.equal(second.understood.question, 'What is the clear space rule for the Brava logo?');
    assert.equal(third.understood.question, 'What is the clear space rule for the Kestrel logo?');
    assert.ok(third.cited.includes('brand-guidelines/kestrel/kestrel-brand-overview.md'));
  });

  it('lets a new full question replace the subject', async () => {
    const followUps = new FollowUpResolver();
    const user = await userFor(ALEX);
    await turn(followUps, user, 'replace', 'What is the clear space rule for the Aurex logo?');
    const fresh = await turn(followUps, user, 'replace', 'How do I connect to the corporate VPN from home?');
    assert.equal(fresh.understood.followUp, false);
    const next = await turn(followUps, user, 'replace', 'and from abroad?');
    assert.equal(next.understood.question, 'How do I connect to the corporate VPN from abroad?');
  });
});
