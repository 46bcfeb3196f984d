import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { en } from '../../adaptive-cards/messages/en';
import { CATALOGS } from '../../adaptive-cards/messages/catalogs';
import { SqliteConfirmationStore } from '../../skills/confirm/SqliteConfirmationStore';
import { AppError } from '../../skills/errors/AppError';
import { localisedMessage } from '../../skills/errors/localisedMessage';
import { SqliteApprovalStore } from '../../skills/reports/approval/SqliteApprovalStore';
import { FileReportStore } from '../../skills/reports/FileReportStore';
import type { ReportSkillDeps } from '../../skills/reports/ReportSkillDeps';
import { reportPreview } from '../../skills/reports/reportPreview';
import type { SkillContext, SkillResult } from '../../skills/SkillDescriptor';
import { defaultOrganisationProfile } from '../../knowledge/profile/defaultOrganisationProfile';
import { profileSuggestions } from '../../skills/knowledge/profileSuggestions';
import { myTicketsSkill } from '../../skills/tickets/myTicketsSkill';
import { TicketBackendError } from '../../skills/tickets/TicketBackendError';
import type { TicketSystem } from '../../skills/tickets/TicketSystem';
import { visibleText } from '../adaptive-cards/cardWalk';
import { fixtureReport } from './reports/reportFixture';
import { userFacingPhrases } from '../support/englishPhrases';

const ROOT = path.join(__dirname, '../..');
const { fr } = CATALOGS;

/**
 * Skill and bot files whose user-facing lines (status lines, notices, refusals, plain-text replies) all come
 * from the message catalog. English left in them is planner- or log-facing only (see `userFacingPhrases`).
 */
const CONVERTED = [
  'skills/SkillRegistry.ts',
  'skills/router/routeMessage.ts',
  'skills/knowledge/profileSuggestions.ts',
  'skills/reports/draftReportSkill.ts',
  'skills/reports/reportPreview.ts',
  'skills/reports/decideApproval.ts',
  'skills/reports/exportReport.ts',
  'skills/reports/exportReportSkill.ts',
  'skills/reports/reportPlainText.ts',
  'skills/reports/approval/ApprovalDelivery.ts',
  'skills/tickets/ticketsKeptPrivate.ts',
  'skills/tickets/fileTicketSkill.ts',
  'skills/tickets/myTicketsSkill.ts',
  'skills/tickets/ticketStatusSkill.ts',
  'skills/tickets/TicketBackendError.ts',
  'skills/access/groupAudience.ts',
  'skills/access/resolveSkillUser.ts',
  'skills/surfaces/messageExtensions/parseSearchQuery.ts',
  'host/http/pluginCaller.ts',
  'host/messageExtensions/searchKnowledge.ts',
  'host/messageExtensions/ticketFromMessage.ts',
  'host/turns/planRoute.ts',
  'host/turns/runCardAction.ts',
  'host/turns/recordFeedback.ts',
  'host/turns/answerPrivately.ts',
  'host/turns/cardOnlyNotice.ts',
  'bot/planner/runSkillForModel.ts',
  'bot/planner/streamFor.ts',
  'bot/teams/audienceFor.ts',
  'bot/teams/createTeamsApp.ts',
  'bot/teams/deliverApproval.ts',
  'bot/teams/registerCardActions.ts',
  'bot/teams/registerPrivateAnswer.ts',
  'bot/teams/resolveUser.ts',
  'bot/teams/messageExtensions/fileTicketFromMessage.ts',
  'bot/teams/messageExtensions/knowledgeSearch.ts',
];
const source = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('skill and bot lines come from the message catalog', () => {
  for (const file of CONVERTED)
    it(`${file} has no user-facing English literal`, () =>
      assert.deepEqual(userFacingPhrases(source(file)), []));

  const table: [string, string, string[]][] = [
    ['a notice title', "renderNoticeCard({ title: 'Ticket not found', message })", ['Ticket not found']],
    ['a reply text', "return { text: 'You have no tickets yet.' };", ['You have no tickets yet.']],
    [
      "a thrower's user message",
      "throw new AppError('not_found', { userMessage: 'That report does not exist.' });",
      ['That report does not exist.'],
    ],
    [
      'a status line template',
      'const status = `Waiting for approval from ${name}. You will see the decision here.`;',
      ['Waiting for approval from  . You will see the decision here.'],
    ],
    ['a catalog line', 'return { text: m.replies.tickets.none };', []],
    ['a parameter description', ".describe('The ticket number, e.g. 12.')", []],
    ['a descriptor description', "description: 'Lists the support tickets filed by the employee.',", []],
    ["a descriptor's title", "name: 'my_tickets',\n    title: 'My tickets',", []],
    ['router examples', "examples: ['My tickets', 'Show my open tickets'],", []],
    ['a log message', "services.log.warn('Approval request not delivered', { error });", []],
  ];
  for (const [name, code, found] of table)
    it(`the check ${found.length > 0 ? 'finds' : 'leaves'} ${name}`, () =>
      assert.deepEqual(userFacingPhrases(code), found));

  it('the check bites on a converted file: one English literal put back is found', () => {
    const kept = source('skills/tickets/ticketsKeptPrivate.ts');
    assert.ok(kept.includes('title: m.keptPrivateTitle'));
    assert.deepEqual(
      userFacingPhrases(kept.replace('title: m.keptPrivateTitle', "title: 'Tickets are private'")),
      ['Tickets are private'],
    );
    const backend = source('skills/tickets/TicketBackendError.ts');
    assert.ok(backend.includes('(m) => m.backendUnavailable'));
    assert.deepEqual(
      userFacingPhrases(
        backend.replace('(m) => m.backendUnavailable', "() => 'The ticket system is unavailable right now.'"),
      ),
      ['The ticket system is unavailable right now.'],
    );
  });
});

describe('skill lines in the user’s language', () => {
  const user = { id: 'u-author', name: 'Alex Wilber', principals: ['user:u-author', 'everyone'] };
  const context = (locale?: string, group = false): SkillContext => ({
    user,
    surface: 'test',
    ...(locale ? { locale } : {}),
    ...(group ? { audience: { kind: 'group' as const, members: 3, askerPrincipals: user.principals } } : {}),
  });

  describe('report status lines', () => {
    let db: Database.Database;
    let dir: string;
    let deps: ReportSkillDeps;
    /** `deps` without a configured approver. */
    let noApprover: ReportSkillDeps;
    beforeEach(() => {
      db = new Database(':memory:');
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replies-'));
      noApprover = {
        search: async () => [],
        reports: new FileReportStore({ dir }),
        confirmations: new SqliteConfirmationStore({ db }),
        approvals: new SqliteApprovalStore({ db }),
        unreadableBy: async () => 0,
        linkFor: (id) => `https://bot.test/reports/${id}`,
      };
      deps = { ...noApprover, approverId: 'u-approver', approverName: 'Megan Bowen' };
    });
    afterEach(() => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const preview = (
      locale: string | undefined,
      overrides: Partial<ReportSkillDeps> = {},
    ): Promise<SkillResult> =>
      reportPreview(
        fixtureReport('Fade test', { audience: 'customer' }),
        { ...deps, ...overrides },
        { action: 'report_drafted' },
        user,
        locale,
      );

    it('French (fr-FR): the author waits for approval in French, the approver is asked in French', async () => {
      const result = await preview('fr-FR');
      const text = visibleText(result.card);
      assert.ok(
        text.includes('En attente de l’approbation de Megan Bowen. Vous verrez la décision ici.'),
        text,
      );
      assert.ok(!text.includes('Waiting for approval'), text);
      const lines = result.text.split('\n');
      for (const heading of [fr.reports.summary, fr.reports.openQuestions, fr.reports.sources])
        assert.ok(lines.includes(heading), heading);
      assert.equal(result.approval?.kind, 'requested');
      const asked = result.approval?.kind === 'requested' ? result.approval.approverCard.text : '';
      assert.match(asked, /^Alex Wilber vous demande d’approuver ce rapport client\./);
    });

    it('French: an approver who may not read every source is named in a French refusal line', async () => {
      const text = visibleText((await preview('fr-FR', { unreadableBy: async () => 1 })).card);
      assert.ok(
        text.includes('Megan Bowen ne peut pas approuver ce rapport : 1 de ses 2 sources est un document'),
        text,
      );
    });

    it('French: without an approver, the notice says so in French', async () => {
      const result = await reportPreview(
        fixtureReport('Fade test', { audience: 'external' }),
        noApprover,
        { action: 'report_drafted' },
        user,
        'fr',
      );
      assert.ok(visibleText(result.card).includes('Un rapport externe ne peut être exporté'));
    });

    for (const locale of [undefined, 'ja-JP', 'en-US'])
      it(`${locale ?? 'no locale'}: the status line is the English one`, async () => {
        const text = visibleText((await preview(locale)).card);
        assert.ok(
          text.includes('Waiting for approval from Megan Bowen. You will see the decision here.'),
          text,
        );
      });
  });

  describe('tickets kept private', () => {
    const tickets: TicketSystem = {
      create: async () => assert.fail('no ticket is filed'),
      get: async () => assert.fail('the backend is not asked'),
      listByRequester: async () => assert.fail('the backend is not asked'),
      close: async () => {},
    };
    const inGroup = (locale?: string) => myTicketsSkill({ tickets }).handler({}, context(locale, true));

    it('French (fr-FR): the notice and its title are French', async () => {
      const result = await inGroup('fr-FR');
      assert.equal(result.text, fr.replies.tickets.keptPrivate);
      assert.match(result.text, /^Vos tickets sont privés/);
      assert.ok(visibleText(result.card).includes('Les tickets sont privés'));
    });
    it('an unknown locale falls back to English', async () => {
      const result = await inGroup('ja-JP');
      assert.equal(result.text, en.replies.tickets.keptPrivate);
      assert.ok(visibleText(result.card).includes('Tickets are private'));
    });
  });

  describe('ticket backend errors', () => {
    const failing = (code: TicketBackendError['code']): TicketSystem => ({
      create: async () => {
        throw new TicketBackendError(code, 'create failed');
      },
      get: async () => {
        throw new TicketBackendError(code, 'get failed');
      },
      listByRequester: async () => {
        throw new TicketBackendError(code, 'list failed', { status: 503 });
      },
      close: async () => {},
    });
    const refusal = async (code: TicketBackendError['code'], locale?: string): Promise<AppError> => {
      try {
        await myTicketsSkill({ tickets: failing(code) }).handler({}, context(locale));
      } catch (error) {
        assert.ok(error instanceof AppError);
        return error;
      }
      return assert.fail('my_tickets should have failed');
    };

    it('French (fr-FR): an unavailable backend is explained in French, and shown so by the surfaces', async () => {
      const error = await refusal('ticket_backend_unavailable', 'fr-FR');
      assert.equal(error.code, 'request_timeout');
      assert.equal(
        error.userMessage,
        'Le système de tickets est indisponible pour le moment. Réessayez dans une minute.',
      );
      assert.equal(localisedMessage(error, 'fr-FR'), error.userMessage);
    });
    it('French: a refused access is explained in French', async () => {
      assert.equal(
        (await refusal('ticket_backend_denied', 'fr-FR')).userMessage,
        fr.replies.tickets.backendDenied,
      );
    });
    for (const locale of [undefined, 'ja-JP'])
      it(`${locale ?? 'no locale'}: the English message`, async () =>
        assert.equal(
          (await refusal('ticket_backend_unavailable', locale)).userMessage,
          'The ticket system is unavailable right now. Please try again in a minute.',
        ));
  });

  describe('rephrasing tips on a no-answer card', () => {
    const profile = { ...defaultOrganisationProfile, languages: ['en', 'de'] };
    it('French (fr-FR): the tips and the document languages are written in French', () => {
      assert.deepEqual(profileSuggestions('q', profile, ['otherWords', 'shorterQuestion'], 'fr-FR'), [
        fr.replies.tips.otherWords,
        fr.replies.tips.shorterQuestion,
        'Les documents sont en anglais et allemand : des mots dans l’une de ces langues donnent le plus de résultats.',
      ]);
    });
    it('an unknown locale falls back to English', () => {
      assert.deepEqual(profileSuggestions('q', profile, ['otherWords'], 'ja-JP'), [
        en.replies.tips.otherWords,
        'The documents are in English and German: words from one of these find the most.',
      ]);
    });
  });
});
