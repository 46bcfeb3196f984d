import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  renderAnswerCard,
  renderErrorCard,
  renderHelpCard,
  renderNoAnswerCard,
} from '../../../adaptive-cards';
import { en } from '../../../adaptive-cards/messages/en';
import type { Messages } from '../../../adaptive-cards/messages/Messages';
import { messagesFor } from '../../../adaptive-cards/messages/messagesFor';
import { NO_ANSWER_TIPS, type NoAnswerTip } from '../../../knowledge/answer/noAnswerSuggestions';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../knowledge/language/languages';
import { phraseLiterals } from '../../support/englishPhrases';

const ROOT = path.join(__dirname, '../../../adaptive-cards');
/** Card properties a user reads. */
const VISIBLE = new Set(['text', 'title', 'label', 'placeholder', 'errorMessage', 'altText', 'fallbackText']);
function files(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : files(full, ext);
    return entry.name.endsWith(ext) ? [full] : [];
  });
}

/** Visible string values of a template that hold words outside `${...}` expressions. */
function fixedTexts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) fixedTexts(item, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (
        VISIBLE.has(key) &&
        typeof value === 'string' &&
        /\p{L}{2,}/u.test(value.replace(/\$\{[^}]*\}/gu, ''))
      )
        found.push(value);
      else fixedTexts(value, found);
    }
  return found;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

function leaves(messages: unknown, prefix = ''): [string, string][] {
  if (typeof messages === 'string') return [[prefix, messages]];
  if (!messages || typeof messages !== 'object') return [];
  return Object.entries(messages).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * How a catalog's messages differ from English's (the error texts aside: English's are the error catalog's own):
 * keys it lacks, keys English lacks, messages whose `{name}` placeholders are not English's.
 */
function differences(catalog: unknown, english: unknown): string[] {
  const messages = (of: unknown) => new Map(leaves(of).filter(([key]) => !key.startsWith('errors.')));
  const ours = messages(catalog);
  const theirs = messages(english);
  const found = [...theirs.keys()].filter((key) => !ours.has(key)).map((key) => `${key} is missing`);
  for (const [key, text] of ours) {
    const original = theirs.get(key);
    if (original === undefined) found.push(`${key} is not in English`);
    else if (key !== 'language' && placeholders(text).join() !== placeholders(original).join())
      found.push(`${key} has other placeholders than English`);
  }
  return found.sort();
}

describe('message catalog', () => {
  it('has a catalog for every supported language, English as the fallback', () => {
    for (const language of LANGUAGES) assert.equal(messagesFor(language).language, language);
    assert.equal(messagesFor('ja-JP').language, 'en');
    assert.equal(messagesFor(undefined).language, 'en');
    assert.equal(messagesFor('fr-CA').language, 'fr');
    assert.equal(messagesFor('de-CH,de;q=0.9,en;q=0.8').language, 'de');
    // A locale that is not a string (a body that slipped past a schema) is English, not a crash.
    assert.equal(messagesFor([] as unknown as string).language, 'en');
    assert.equal(messagesFor({ tag: 'fr' } as unknown as string).language, 'en');
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: every English message is translated, with the same placeholders`, () => {
      const other = new Map(leaves(messagesFor(language)));
      for (const [key, text] of leaves(en).filter(([key]) => !key.startsWith('errors.'))) {
        const translated = other.get(key);
        assert.ok(translated !== undefined && translated.trim() !== '', `${language}: ${key} missing`);
        if (key !== 'language')
          assert.deepEqual(placeholders(translated), placeholders(text), `${language}: ${key}`);
      }
    });
  }

  for (const language of LANGUAGES.filter((l) => l !== 'en'))
    it(`${language}: the resource file has exactly English's keys and each message English's placeholders`, () =>
      assert.deepEqual(differences(messagesFor(language), en), []));

  it("English's resource file does not repeat the language names or the answer module's tips", () => {
    const resource: unknown = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'messages/locales/en.json'), 'utf8'),
    );
    assert.ok(resource && typeof resource === 'object' && !('languageNames' in resource));
    assert.deepEqual(en.languageNames, LANGUAGE_NAMES);
    for (const [tip, text] of Object.entries(NO_ANSWER_TIPS)) {
      assert.equal(en.replies.tips[tip as NoAnswerTip], text);
      assert.ok(!JSON.stringify(resource).includes(JSON.stringify(text)), `${tip} is repeated`);
    }
  });

  it('the checks bite: a missing or extra key or another placeholder in a resource file is found', () => {
    const fr = messagesFor('fr');
    const notice = Object.fromEntries(Object.entries(fr.notice).filter(([key]) => key !== 'discarded'));
    const broken = {
      ...fr,
      notice: { ...notice, extraKey: 'Extra' },
      tickets: { ...fr.tickets, filed: 'Ticket {number} créé' },
    };
    assert.deepEqual(differences(broken, en), [
      'notice.discarded is missing',
      'notice.extraKey is not in English',
      'tickets.filed has other placeholders than English',
    ]);
  });

  it('no converted card template has a fixed text outside the catalog', () => {
    const offenders = files(path.join(ROOT, 'templates'), '.json').flatMap((file) =>
      fixedTexts(JSON.parse(fs.readFileSync(file, 'utf8'))).map((t) => `${path.relative(ROOT, file)}: ${t}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('no converted renderer has a fixed English phrase outside the catalog', () => {
    const offenders = files(ROOT, '.ts').flatMap((file) =>
      phraseLiterals(fs.readFileSync(file, 'utf8')).map((t) => `${path.relative(ROOT, file)}: ${t}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the checks bite: a fixed text in a template or a renderer is found', () => {
    assert.deepEqual(fixedTexts({ type: 'TextBlock', text: 'Report exported' }), ['Report exported']);
    assert.deepEqual(fixedTexts({ type: 'TextBlock', text: '${labels.exported}' }), []);
    assert.deepEqual(phraseLiterals("const title = 'Open document';"), ['Open document']);
    assert.deepEqual(phraseLiterals('const title = m.result.openDocument;'), []);
  });
});

describe('cards in the user’s language', () => {
  const texts = (card: unknown): string => JSON.stringify(card);
  const answer = (locale?: string) =>
    renderAnswerCard({
      question: 'Wie lange dauert die Übergabe?',
      statements: [{ text: 'Termin: mindestens 90 Minuten.', citations: [1] }],
      citations: [
        {
          n: 1,
          title: 'Übergabestandard',
          url: '',
          heading: 'Vorbereitung',
          snippet: 'Termin',
          language: 'de',
        },
      ],
      aiGenerated: true,
      ...(locale ? { locale } : {}),
    });

  it('French: fixed texts in French, the quoted German text unchanged and labelled as German', () => {
    const card = texts(answer('fr-FR'));
    for (const label of [messagesFor('fr').answer.toggleExcerpts, messagesFor('fr').answer.aiGenerated])
      assert.ok(card.includes(label), label);
    assert.ok(card.includes('Termin: mindestens 90 Minuten.'));
    assert.ok(card.includes('cité en allemand'));
    assert.ok(!card.includes(en.answer.toggleExcerpts));
  });

  it('German user, German source: no language label', () =>
    assert.ok(!texts(answer('de')).includes('zitiert auf')));

  it('an unsupported locale falls back to English', () =>
    assert.ok(texts(answer('ja-JP')).includes(en.answer.toggleExcerpts)));

  const cases: [string, (m: Messages) => string, (locale: string) => unknown][] = [
    [
      'no-answer card',
      (m) => m.noAnswer.title,
      (locale) => renderNoAnswerCard({ question: 'q', reason: '', suggestions: ['x'], locale }),
    ],
    [
      'error card',
      (m) => m.error.title,
      (locale) => renderErrorCard({ code: 'search_unavailable', message: 'm', locale }),
    ],
    [
      'help card',
      (m) => m.skills.helpIntro,
      (locale) => renderHelpCard({ botName: 'Bot', skills: [], examples: ['q'], locale }),
    ],
  ];
  for (const [name, text, render] of cases)
    for (const language of LANGUAGES)
      it(`${name} in ${language}`, () =>
        assert.ok(
          texts(render(language)).includes(JSON.stringify(text(messagesFor(language))).slice(1, -1)),
        ));
});
