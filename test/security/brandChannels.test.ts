import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { documentBrandsOf } from '../../knowledge/profile/brandForPlace';
import { loadOrganisationProfile } from '../../knowledge/profile/loadOrganisationProfile';
import type { BrandProfile } from '../../knowledge/profile/OrganisationProfile';
import { startFixtureBot } from '../support/botFixture';
import { startFakeRosterConnector } from '../bot/support/fakeRosterConnector';
import { member, postInGroup, serveRoster, type GroupConversation } from '../bot/support/groupActivity';
import { brandQuestions, citedDocIds, sampleDocuments, type SampleDocument } from './support/brandMatrix';

const SAMPLE = path.join(__dirname, '../../knowledge/sample');
/** Reads every document of the sample corpus (a member of every group the sample directory knows). */
const AUDITOR = 'u-brand-auditor';

/** A place in Teams where the matrix asks: a brand's channel or team, or a control place of no brand. */
interface Place {
  readonly label: string;
  readonly conversation: GroupConversation;
  /** The brand the profile gives the place; undefined for control places. */
  readonly brand?: BrandProfile;
}

/**
 * The sample profile with a team and a channel per brand (`19:<brand>-team@...`, `19:<brand>-news@...`),
 * Kestrel's places offering the knowledge skill only, and a service brand without documents whose channel
 * offers tickets only.
 */
function writeProfile(root: string): string {
  const raw = parseYaml(fs.readFileSync(path.join(SAMPLE, 'organisation.yaml'), 'utf8')) as {
    brands: Record<string, unknown>[];
  };
  raw.brands = raw.brands.map((brand) => ({
    ...brand,
    teams: [`19:${String(brand.id)}-team@thread.tacv2`],
    channels: [`19:${String(brand.id)}-news@thread.tacv2`],
    ...(brand.id === 'kestrel' ? { skills: ['ask_knowledge'] } : {}),
  }));
  raw.brands.push({
    id: 'fleet-service',
    name: 'Fleet Service',
    groups: [],
    channels: ['19:fleet-desk@thread.tacv2'],
    skills: ['file_ticket', 'ticket_status', 'my_tickets'],
  });
  const file = path.join(root, 'organisation.yaml');
  fs.writeFileSync(file, toYaml(raw));
  return file;
}

/** The sample directory plus a user in every group it names. */
function writeDirectory(root: string): string {
  const raw = parseYaml(fs.readFileSync(path.join(SAMPLE, 'directory.yaml'), 'utf8')) as {
    users: { id: string; name: string; groups: string[] }[];
    groups: { id: string }[];
  };
  const groups = new Set([...raw.groups.map((g) => g.id), ...raw.users.flatMap((u) => u.groups)]);
  raw.users.push({ id: AUDITOR, name: 'Brand Auditor', groups: [...groups] });
  const file = path.join(root, 'directory.yaml');
  fs.writeFileSync(file, toYaml(raw));
  return file;
}

const channel = (id: string, teamId: string): GroupConversation => ({
  kind: 'channel',
  id: `19:${id}@thread.tacv2`,
  teamId: `19:${teamId}@thread.tacv2`,
});

/**
 * Brands as isolation boundaries over HTTP (issue 14, scope 1): the real bot over the sample corpus, with a
 * profile that gives each brand a team and a channel. Brands x places (the brand's listed channel in an
 * unlisted team, a channel of the brand's listed team, control channels of no brand) x questions aimed at
 * every brand, asked by someone who may read every document, alone with the bot (so access trimming takes
 * nothing away and only brand isolation can). In a brand's place not one citation may name a document
 * outside that brand's and the group-wide documents.
 */
describe('brand channels: the bot cites only the brand’s and group-wide documents (HTTP, sample corpus)', function () {
  this.timeout(300_000);
  let root: string;
  let fixture: Awaited<ReturnType<typeof startFixtureBot>>;
  let connector: Awaited<ReturnType<typeof startFakeRosterConnector>>;
  let docs: Map<string, SampleDocument>;
  let places: Place[];

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'brand-channels-'));
    const profileFile = writeProfile(root);
    fixture = await startFixtureBot({
      corpus: 'sample',
      env: { ORGANISATION_PROFILE: profileFile, DIRECTORY_FILE: writeDirectory(root) },
    });
    connector = await startFakeRosterConnector();
    docs = await sampleDocuments(fixture.bot.services.index);
    const profile = loadOrganisationProfile(profileFile);
    const withDocs = profile.brands.filter((b) => [...docs.values()].some((d) => d.brand === b.id));
    places = [
      ...withDocs.flatMap((brand) => [
        { label: `${brand.id} channel`, conversation: channel(`${brand.id}-news`, 'unlisted-team'), brand },
        {
          label: `${brand.id} team`,
          conversation: channel(`${brand.id}-general`, `${brand.id}-team`),
          brand,
        },
      ]),
      { label: 'unlisted channel', conversation: channel('open', 'open-team') },
    ];
    for (const place of places) serveRoster(connector.rosters, place.conversation, [member(AUDITOR)]);
  });
  after(async () => {
    await connector?.stop();
    await fixture?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const ask = (text: string, conversation: GroupConversation) => {
    serveRoster(connector.rosters, conversation, [member(AUDITOR)]);
    return postInGroup(fixture, connector, AUDITOR, conversation, text);
  };

  it('brands x places x questions: 0 citations outside the allowed set', async () => {
    const questions = brandQuestions([...docs.values()]);
    const brandOf = (docId: string) => docs.get(docId)?.brand ?? '?';
    const totals = { turns: 0, citations: 0, outside: 0, controlOtherBrands: 0 };
    const violations: string[] = [];
    const controlBrands = new Set<string>();
    for (const place of places) {
      const allowed = place.brand ? new Set(documentBrandsOf(place.brand)) : undefined;
      for (const question of questions) {
        const reply = await ask(question, place.conversation);
        assert.ok(
          JSON.stringify(reply).includes('attachments'),
          `no reply to "${question}" in ${place.label}`,
        );
        totals.turns += 1;
        const cited = citedDocIds(reply, docs.keys());
        totals.citations += cited.size;
        for (const docId of cited) {
          if (!allowed) {
            if (brandOf(docId) !== 'group') controlBrands.add(brandOf(docId));
            continue;
          }
          if (!allowed.has(brandOf(docId)))
            violations.push(`${place.label}: "${question}" cited ${docId} (${brandOf(docId)})`);
        }
      }
    }
    totals.outside = violations.length;
    const brands = places.filter((p) => p.brand).length / 2;
    console.log(
      `      brand channels: ${brands} brands x ${places.length} places (${places.length - 1} brand places, 1 control) x ` +
        `${questions.length} questions = ${totals.turns} turns; ${totals.citations} citations checked, ` +
        `${totals.outside} outside the place's brand and group-wide documents (control channel cited ${controlBrands.size} brands)`,
    );
    assert.ok(controlBrands.size >= 3, 'without a brand place the same questions cite several brands');
    assert.ok(totals.citations > places.length * 10, 'brand places still answer');
    assert.deepEqual(violations, []);
  });

  it('offers only the brand’s skills: help card, rule router and message extension', async () => {
    const kestrel = places.find((p) => p.brand?.id === 'kestrel')!.conversation;
    const help = JSON.stringify(await ask('help', kestrel));
    assert.match(help, /Ask the knowledge base/);
    assert.doesNotMatch(help, /File a support ticket|Draft a report/);
    // A ticket request where tickets are not offered files nothing: no ticket form comes back.
    const ticket = JSON.stringify(await ask('open a ticket: the printer on floor 2 is jammed', kestrel));
    assert.doesNotMatch(ticket, /File ticket/);
    // A place offering tickets only: the help card lists them, a question gets no answer, the search refuses.
    const desk = channel('fleet-desk', 'unlisted-team');
    const deskHelp = JSON.stringify(await ask('help', desk));
    assert.match(deskHelp, /File a support ticket/);
    assert.doesNotMatch(deskHelp, /Ask the knowledge base/);
    const question = JSON.stringify(await ask('What is the clear-space rule for the logo?', desk));
    assert.deepEqual([...citedDocIds(question, docs.keys())], []);
    serveRoster(connector.rosters, desk, [member(AUDITOR)]);
    const search = (await postInGroup(fixture, connector, AUDITOR, desk, 'logo clear space', 'search')) as {
      composeExtension: { type: string; text?: string; attachments?: unknown[] };
    };
    assert.equal(search.composeExtension.type, 'message');
    assert.match(search.composeExtension.text ?? '', /not offered/);
  });

  it('the message extension lists only the brand’s and group-wide documents', async () => {
    const aurex = places.find((p) => p.brand?.id === 'aurex')!;
    const allowed = new Set(documentBrandsOf(aurex.brand!));
    let listed = 0;
    for (const query of ['brand guidelines logo', 'launch plan', 'tone of voice', 'colour']) {
      serveRoster(connector.rosters, aurex.conversation, [member(AUDITOR)]);
      const body = await postInGroup(fixture, connector, AUDITOR, aurex.conversation, query, 'search');
      const cited = citedDocIds(body, docs.keys());
      listed += cited.size;
      for (const docId of cited) assert.ok(allowed.has(docs.get(docId)?.brand ?? '?'), `${query}: ${docId}`);
    }
    assert.ok(listed > 0);
  });

  it('tickets and reports filed in a brand place carry the brand', async () => {
    const aurex = places.find((p) => p.brand?.id === 'aurex')!.conversation;
    const ticket = (await ask('open a ticket: the CAN simulator in lab 3 is down', aurex)) as unknown;
    assert.equal(inputValue(ticket, 'brand'), 'aurex');
    // Another brand named in the request is replaced by the place's own.
    const other = await ask('open a ticket for Velora: the showroom screen is broken', aurex);
    assert.equal(inputValue(other, 'brand'), 'aurex');
    const velora = places.find((p) => p.brand?.id === 'velora')!.conversation;
    const report = JSON.stringify(await ask('draft a report on brand guidelines', velora));
    assert.match(report, /Brand: Velora/);
  });
});

/** The `value` of the card input with `id` anywhere in a reply. */
function inputValue(reply: unknown, id: string): unknown {
  let found: unknown;
  const visit = (node: unknown): void => {
    if (found !== undefined || typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (record['id'] === id && 'value' in record) {
      found = record['value'];
      return;
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(reply);
  return found;
}
