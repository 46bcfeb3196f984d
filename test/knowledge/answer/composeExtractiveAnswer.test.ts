import assert from 'node:assert/strict';
import {
  composeExtractiveAnswer,
  type ComposedAnswer,
} from '../../../knowledge/answer/composeExtractiveAnswer';
import type { Passage } from '../../../knowledge/index/Passage';
import { headingPassage } from './headingPassage';

function passage(docId: string, chunk: number, heading: string, text: string): Passage {
  return headingPassage(docId, heading, text, {
    chunkId: `${docId}#${chunk}`,
    title: `Title of ${docId}`,
    url: `https://norvik.example/${docId}`,
    score: 10 - chunk,
  });
}

const FADE = passage(
  'nes-brk-004.md',
  4,
  'Brake System Validation > Brake fade test',
  [
    'The brake fade test is performed on every NMP-E and NMP-C prototype before DV sign-off.',
    'The test consists of ten consecutive stops from 100 km/h at 0.4 g with the vehicle at GVM.',
    'The pass criterion is a mean fully developed deceleration of at least 6.0 m/s² after the tenth stop.',
    'Results of each brake test are recorded in the Validation Data Library.',
  ].join(' '),
);
const COLD = passage(
  'nes-brk-004.md',
  3,
  'Brake System Validation > Cold effectiveness',
  'From 100 km/h with cold brakes the vehicle must reach an MFDD of at least 9.0 m/s². Stopping distance target: 36.0 m or less.',
);
const TORQUE = passage(
  'nes-fst-012.md',
  1,
  'Wheel Fastener Torque > Torque by brand',
  'Wheel bolt torques by brand:\n\nBrand | Thread | Tightening torque\nAurex | M14 x 1.5 | 140 N·m\nKestrel | M12 x 1.5 | 110 N·m\n\nValues apply to clean, dry threads.',
);
const PASS_LIST = passage(
  'nes-brk-004.md',
  5,
  'Brake System Validation > Fade test pass criteria',
  'The fade test is passed when all of the following are met:\n\n- The MFDD of the hot stop is at least 75 % of the cold value.\n- Front disc temperature stays below 650 °C.',
);

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function statements(answer: ComposedAnswer): string[] {
  assert.equal(answer.kind, 'answer');
  return answer.kind === 'answer' ? answer.statements.map((s) => s.text) : [];
}

function assertVerbatim(answer: ComposedAnswer, passages: readonly Passage[]): void {
  for (const text of statements(answer)) {
    const body = text.endsWith('…') ? text.slice(0, -1) : text;
    // A table row is stated as `Header: cell; …`: every cell must be verbatim passage text.
    const pieces =
      body.includes(': ') && body.includes('; ') ? body.split('; ').map((p) => p.split(': ')) : [[body]];
    for (const piece of pieces.flat()) {
      assert.ok(
        passages.some((p) => collapse(p.text).includes(piece)),
        `not verbatim: ${piece.slice(0, 80)}`,
      );
    }
  }
}

describe('composeExtractiveAnswer', () => {
  it('picks the sentence with the fact over generic ones', () => {
    const answer = composeExtractiveAnswer(
      'what is the pass criterion of the brake fade test?',
      [FADE, COLD],
      {
        maxStatements: 1,
      },
    );
    assert.deepEqual(statements(answer), [
      'The pass criterion is a mean fully developed deceleration of at least 6.0 m/s² after the tenth stop.',
    ]);
  });

  it('includes the fact in a default-length answer', () => {
    const answer = composeExtractiveAnswer('what is the pass criterion of the brake fade test?', [
      FADE,
      COLD,
    ]);
    assert.ok(statements(answer).some((s) => s.startsWith('The pass criterion is a mean fully developed')));
  });

  it('weights rare question terms above common ones', () => {
    const text =
      'The brake system is tested on the brake rig. Every brake is bedded in first. ' +
      'Brake pads are replaced after each run. Judder is measured as pressure variation on the rig.';
    const answer = composeExtractiveAnswer('brake judder', [passage('j.md', 0, 'Rig', text)], {
      maxStatements: 1,
    });
    assert.deepEqual(statements(answer), ['Judder is measured as pressure variation on the rig.']);
  });

  it('answers from a list item through its lead-in sentence and heading', () => {
    const answer = composeExtractiveAnswer('What are the fade test pass criteria?', [PASS_LIST]);
    assert.ok(
      statements(answer).some((s) => s.startsWith('The MFDD of the hot stop') || s.startsWith('Front disc')),
    );
  });

  it('answers from a table row, each cell with its column header', () => {
    const answer = composeExtractiveAnswer('What is the tightening torque for Kestrel?', [TORQUE, FADE]);
    assert.equal(statements(answer)[0], 'Brand: Kestrel; Thread: M12 x 1.5; Tightening torque: 110 N·m');
  });

  it('numbers citations by document in order of first appearance', () => {
    const a1 = passage(
      'a.md',
      0,
      'A > Fade',
      'The fade test pass criterion is 6.0 m/s² MFDD after the tenth stop.',
    );
    const b = passage(
      'b.md',
      0,
      'B > Vans',
      'For Brava vans the fade test pass criterion is relaxed to 5.0 m/s² at GVM.',
    );
    const a2 = passage(
      'a.md',
      7,
      'A > Records',
      'A missed fade test pass criterion is logged as a DV issue in the tracker.',
    );
    const answer = composeExtractiveAnswer('fade test pass criterion mfdd, missed logged', [a1, b, a2]);
    assert.equal(answer.kind, 'answer');
    if (answer.kind !== 'answer') return;
    // The main document's statements come first (reading order), then the corroborating document.
    assert.deepEqual(
      answer.statements.map((s) => s.citations),
      [[1], [1], [2]],
    );
    assert.deepEqual(
      answer.citations.map((c) => [c.n, c.docId, c.chunkId, c.heading]),
      [
        [1, 'a.md', 'a.md#0', 'A > Fade'],
        [2, 'b.md', 'b.md#0', 'B > Vans'],
      ],
    );
  });

  it('copies document metadata onto citations', () => {
    const answer = composeExtractiveAnswer('fade test pass criterion', [FADE]);
    assert.equal(answer.kind, 'answer');
    if (answer.kind !== 'answer') return;
    const [citation] = answer.citations;
    assert.deepEqual(
      [citation?.title, citation?.url, citation?.brand, citation?.language],
      ['Title of nes-brk-004.md', 'https://norvik.example/nes-brk-004.md', 'group', 'en'],
    );
  });

  it('trims the snippet to about 300 characters at a word boundary', () => {
    const long = passage(
      'long.md',
      0,
      'Long',
      `The fade test pass criterion is strict. ${'filler words here '.repeat(40)}`,
    );
    const answer = composeExtractiveAnswer('fade test pass criterion', [long]);
    assert.equal(answer.kind, 'answer');
    const snippet = answer.kind === 'answer' ? (answer.citations[0]?.snippet ?? '') : '';
    assert.ok(snippet.length <= 300 && snippet.endsWith('…'), snippet);
    assert.ok(collapse(long.text).startsWith(snippet.slice(0, -1)));
    assert.ok(/\b(?:words|here|filler)…$/u.test(snippet), snippet);
  });

  it('drops near-identical sentences found in several passages', () => {
    const text = 'The fade test pass criterion is 6.0 m/s² after the tenth stop.';
    const copy = 'The fade test pass criterion is 6.0 m/s² after the tenth stop, see NES-BRK-004.';
    const answer = composeExtractiveAnswer('fade test pass criterion', [
      passage('a.md', 0, 'A', text),
      passage('b.md', 0, 'B', copy),
    ]);
    assert.deepEqual(statements(answer), [text]);
  });

  it('takes at most three sentences from the main document', () => {
    const text = [1, 2, 3, 4, 5]
      .map((n) => `Fade test pass criterion number ${n} applies to stop ${n * 10}.`)
      .join(' ');
    const answer = composeExtractiveAnswer('fade test pass criterion', [passage('a.md', 0, 'A', text)]);
    assert.equal(statements(answer).length, 3);
  });

  it('quotes at most two other documents, one statement each', () => {
    const passages = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      passage(`${id}.md`, 0, id, `Fade test pass criterion ${id}${id} is ${i + 1}.0 m/s² for brand ${id}.`),
    );
    const answer = composeExtractiveAnswer('fade test pass criterion', passages);
    assert.equal(answer.kind === 'answer' && answer.citations.length, 3);
  });

  it('respects maxStatements', () => {
    const passages = ['a', 'b', 'c', 'd', 'e'].map((id, i) =>
      passage(`${id}.md`, 0, id, `Fade test pass criterion ${id}${id} is ${i + 1}.0 m/s² for brand ${id}.`),
    );
    assert.equal(
      statements(composeExtractiveAnswer('fade test pass criterion', passages, { maxStatements: 2 })).length,
      2,
    );
  });

  it('answers from the document that covers the whole question, in reading order, then other sources', () => {
    const first = passage('a.md', 0, 'A', 'The fade test pass criterion for cars is 6.0 m/s².');
    const second = passage(
      'b.md',
      0,
      'B',
      'Vans pass the fade test at GVM with new pads. For vans the fade test pass criterion is 5.0 m/s².',
    );
    const answer = composeExtractiveAnswer('fade test pass criterion vans', [first, second]);
    // The second sentence of b.md adds nothing the first one doesn't state, so it is left out.
    assert.deepEqual(statements(answer), [
      'For vans the fade test pass criterion is 5.0 m/s².',
      'The fade test pass criterion for cars is 6.0 m/s².',
    ]);
  });

  it('declines when the question names something no passage mentions', () => {
    const answer = composeExtractiveAnswer('What is the fade test pass criterion for the Zephyr van?', [
      FADE,
    ]);
    assert.equal(answer.kind === 'noAnswer' && answer.reason, 'not_relevant');
  });

  it('does not require an owner named only to qualify a name the passages mention ("Zephyr\'s Torrent")', () => {
    const torrent = passage('t.md', 0, 'T', 'The Torrent van fade test pass criterion is 5.5 m/s².');
    const answer = composeExtractiveAnswer("What is the fade test pass criterion of Zephyr's Torrent?", [
      torrent,
    ]);
    assert.equal(answer.kind === 'answer' && answer.citations.map((c) => c.docId).join(), 't.md');
    // The owner alone is still a name the passages must mention.
    const alone = composeExtractiveAnswer('What is the fade test pass criterion of the Zephyr Torrent?', [
      torrent,
    ]);
    assert.equal(alone.kind === 'noAnswer' && alone.reason, 'not_relevant');
  });

  it('quotes only documents that name what the question names', () => {
    const zephyr = passage('z.md', 0, 'Z', 'The Zephyr van fade test pass criterion is 5.5 m/s².');
    const other = passage(
      'o.md',
      0,
      'O',
      'The fade test pass criterion for cars is 6.0 m/s² after ten stops.',
    );
    const answer = composeExtractiveAnswer('What is the fade test pass criterion of the Zephyr?', [
      other,
      zephyr,
    ]);
    assert.equal(answer.kind === 'answer' && answer.citations.map((c) => c.docId).join(), 'z.md');
  });

  it('does not require names the caller says to ignore (e.g. the organisation itself)', () => {
    const answer = composeExtractiveAnswer('What is the Zephyr fade test pass criterion?', [FADE], {
      ignoreNames: new Set(['zephyr']),
    });
    assert.equal(answer.kind, 'answer');
  });

  it('brings the unit a chosen lead-in sentence introduces', () => {
    const text =
      'To enable colour output, add the following to your profile:\n\n```\nexport LOG_COLOUR=1\n```\n';
    const answer = composeExtractiveAnswer('How do I enable colour output?', [passage('a.md', 0, 'A', text)]);
    assert.deepEqual(statements(answer), [
      'To enable colour output, add the following to your profile:',
      'export LOG_COLOUR=1',
    ]);
  });

  it('states a sentence that goes on from a matching one with the value it gives', () => {
    const text =
      'You can stop the button from submitting a form twice. To do this, set the `data-prevent-double` attribute.';
    const answer = composeExtractiveAnswer('How do I stop the button from submitting a form twice?', [
      passage('a.md', 0, 'A', text),
    ]);
    assert.ok(statements(answer).includes('To do this, set the `data-prevent-double` attribute.'));
  });

  it('adds a statement for another part of the question', () => {
    const text =
      'Points should be spaced 0.2 m apart for localization. The map format is PCD. Split the map into parts above 2 GB of file size.';
    const answer = composeExtractiveAnswer(
      'What point spacing is needed for localization, and at what file size should the map be split?',
      [passage('a.md', 0, 'A', text)],
    );
    const said = statements(answer);
    assert.ok(
      said.some((s) => s.includes('0.2 m')) && said.some((s) => s.includes('2 GB')),
      said.join(' | '),
    );
  });

  it('prefers the sentence holding a number the question does not give, for quantity questions', () => {
    const text =
      'The swap file must be set up before the build. Set up at least 32 GB of swap for the build.';
    const answer = composeExtractiveAnswer(
      'How much swap should be set up for the build?',
      [passage('a.md', 0, 'A', text)],
      { maxStatements: 1 },
    );
    assert.deepEqual(statements(answer), ['Set up at least 32 GB of swap for the build.']);
  });

  it('prefers a list item completing a lead-in sentence', () => {
    const answer = composeExtractiveAnswer('What are the fade test pass criteria?', [PASS_LIST], {
      maxStatements: 1,
    });
    assert.deepEqual(statements(answer), ['The MFDD of the hot stop is at least 75 % of the cold value.']);
  });

  it('returns no_passages for an empty list', () => {
    const answer = composeExtractiveAnswer('what is the pass criterion?', []);
    assert.equal(answer.kind === 'noAnswer' && answer.reason, 'no_passages');
  });

  const notRelevant: { name: string; question: string; options?: { minCoverage: number } }[] = [
    { name: 'an off-topic question', question: 'what is the capital of Peru?' },
    { name: 'a question without content terms', question: 'What is it? Was ist das?' },
    { name: 'an empty question', question: '   ' },
    { name: 'a mostly off-topic question', question: 'what is the brake capital of Peru?' },
    {
      name: 'coverage below a strict minCoverage',
      question: 'fade test humidity',
      options: { minCoverage: 0.9 },
    },
  ];
  for (const c of notRelevant) {
    it(`returns not_relevant for ${c.name}`, () => {
      const answer = composeExtractiveAnswer(c.question, [FADE, COLD, TORQUE], c.options);
      assert.equal(answer.kind === 'noAnswer' && answer.reason, 'not_relevant');
    });
  }

  it('suggests two or three rephrasings that do not quote the question', () => {
    const answer = composeExtractiveAnswer('what is the capital of Peru?', [FADE]);
    assert.equal(answer.kind, 'noAnswer');
    const suggestions = answer.kind === 'noAnswer' ? answer.suggestions : [];
    assert.ok(suggestions.length >= 2 && suggestions.length <= 3, String(suggestions.length));
    assert.ok(suggestions.every((s) => !/peru|capital/iu.test(s)));
  });

  const verbatimQuestions = [
    'what is the pass criterion of the brake fade test?',
    'cold effectiveness stopping distance',
    'tightening torque Aurex',
    'What are the fade test pass criteria?',
  ];
  for (const question of verbatimQuestions) {
    it(`states only verbatim passage text for "${question}"`, () => {
      const passages = [FADE, COLD, TORQUE, PASS_LIST];
      assertVerbatim(composeExtractiveAnswer(question, passages), passages);
    });
  }

  it('is deterministic', () => {
    const passages = [FADE, COLD, TORQUE, PASS_LIST];
    const question = 'brake fade test pass criterion and torque';
    assert.deepEqual(
      composeExtractiveAnswer(question, passages),
      composeExtractiveAnswer(question, passages),
    );
  });

  it('keeps template syntax literal and reduces markdown links to their labels', () => {
    const hostile = passage(
      'x.md',
      0,
      'Fade',
      'The fade test pass criterion is ${process.exit(1)} per [the spec](javascript:alert(1)) today.',
    );
    const answer = composeExtractiveAnswer('fade test pass criterion', [hostile]);
    assert.deepEqual(statements(answer), [
      'The fade test pass criterion is ${process.exit(1)} per the spec today.',
    ]);
  });

  it('bounds a 10,000-character sentence to 600 characters at a word boundary', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `fade${i % 7 === 0 ? ' test' : ''} criterion`).join(
      ' ',
    );
    const huge = passage('huge.md', 0, 'Fade', words.slice(0, 10_000));
    const answer = composeExtractiveAnswer('fade test criterion', [huge]);
    const [text = ''] = statements(answer);
    assert.ok(text.length <= 600 && text.length > 300, String(text.length));
    assert.ok(text.endsWith('…'));
    const body = text.slice(0, -1);
    assert.ok(collapse(huge.text).startsWith(body));
    assert.equal(collapse(huge.text)[body.length], ' ');
  });
});

describe('composeExtractiveAnswer: code blocks', () => {
  const CONFIG = [
    'Enlarge the kernel receive buffer before launching:',
    '',
    '```bash',
    '# Increase the maximum receive buffer size',
    'sudo sysctl -w net.core.rmem_max=2147483647',
    'sudo sysctl -w net.ipv4.ipfrag_time=3',
    'sudo sysctl -w net.ipv4.ipfrag_high_thresh=134217728',
    'sudo sysctl -w net.core.wmem_max=2147483647',
    '```',
    '',
  ].join('\n');
  const doc = passage('dds.md', 0, 'Network settings', CONFIG);

  it('quotes the lines of a code block that hold what was asked, not the whole block', () => {
    const answer = composeExtractiveAnswer('What should net.core.rmem_max be set to?', [doc]);
    const said = statements(answer);
    assert.ok(said.includes('sudo sysctl -w net.core.rmem_max=2147483647'), said.join(' | '));
    assert.ok(!said.some((s) => s.includes('ipfrag_high_thresh')), said.join(' | '));
  });
});

describe('composeExtractiveAnswer: search expansions', () => {
  const doc = (text: string): Passage => passage('p.md', 0, 'Passwords', text);

  it('ranks statements by the words the search added, without missing them when absent', () => {
    const passage = doc(
      'Passwords are checked on every sign in.\n\n- set a minimum length of at least 8 characters\n- do not set a maximum length',
    );
    const answer = composeExtractiveAnswer('What is the shortest password allowed?', [passage], {
      expansions: ['minimum'],
      maxStatements: 1,
    });
    assert.deepEqual(statements(answer), ['set a minimum length of at least 8 characters']);
    const question = 'Which password length is checked on sign in?';
    assert.deepEqual(
      composeExtractiveAnswer(question, [passage], { expansions: ['glossaryword'] }),
      composeExtractiveAnswer(question, [passage]),
      'an expansion found nowhere changes nothing',
    );
  });
});

describe('composeExtractiveAnswer: short lists', () => {
  it('states a short list with the lead-in sentence that introduces it', () => {
    const text =
      'At our office we like plain words. We consider our voice to be:\n\n* Authoritative\n* Friendly\n* Instructive\n';
    const answer = composeExtractiveAnswer('What do we consider our voice to be?', [
      passage('voice.md', 0, 'Our voice', text),
    ]);
    assert.ok(
      statements(answer).includes('We consider our voice to be: Authoritative; Friendly; Instructive'),
      statements(answer).join(' | '),
    );
  });
});

describe('composeExtractiveAnswer: values and diagrams', () => {
  it('states two sentences that differ only in their values: they are two answers, not one twice', () => {
    const text =
      'Points within a 150-meter crop box range are aligned. Points within a 60-meter crop box range are aligned.';
    const answer = composeExtractiveAnswer('How far does the crop box range reach?', [
      passage('a.md', 0, 'A', text),
    ]);
    assert.equal(statements(answer).length, 2, statements(answer).join(' | '));
  });

  it('never quotes a diagram source', () => {
    const text =
      'The transition plan drops the iterator fallback.\n\n```mermaid\ngantt\n  title Transition plan\n  Drop iterator fallback :2026-12-01\n```\n';
    const said = statements(
      composeExtractiveAnswer('When is the iterator fallback dropped in the transition plan?', [
        passage('a.md', 0, 'A', text),
      ]),
    );
    assert.ok(!said.some((s) => /gantt|2026-12-01/.test(s)), said.join(' | '));
  });
});

describe('composeExtractiveAnswer: other languages', () => {
  const german = (docId: string, text: string): Passage => ({
    ...passage(docId, 0, 'Aurex Fahrzeugübergabe > Vorbereitung', text),
    title: 'Aurex Standard für Handelspartner',
    language: 'de',
  });
  const HANDOVER = german(
    'uebergabe-de.md',
    'Die Übergabe des Fahrzeugs ist der Höhepunkt des Kaufs.\n\n- Termin: mindestens 90 Minuten, bei Elektrofahrzeugen 120 Minuten.',
  );

  it('answers a German question whose compound the passage writes apart ("Fahrzeugübergabe")', () => {
    const answer = composeExtractiveAnswer('Wie lange soll eine Fahrzeugübergabe dauern?', [HANDOVER]);
    assert.equal(answer.kind, 'answer');
    assert.match(
      answer.kind === 'answer' ? answer.statements.map((s) => s.text).join(' ') : '',
      /90 Minuten/u,
    );
  });

  it('declines an English question about a German passage without a glossary bridge', () =>
    assert.equal(
      composeExtractiveAnswer('How long should a vehicle handover take?', [HANDOVER]).kind,
      'noAnswer',
    ));

  it('answers it through the glossary translation of what it names', () => {
    const answer = composeExtractiveAnswer('How long should a vehicle handover take?', [HANDOVER], {
      expansions: ['Fahrzeugübergabe', 'Übergabe'],
      expanded: ['vehicle handover'],
    });
    assert.equal(answer.kind, 'answer');
    assert.equal(answer.kind === 'answer' ? answer.citations[0]?.language : undefined, 'de');
  });

  it('still declines a cross-language question the bridge does not cover', () =>
    assert.equal(
      composeExtractiveAnswer('What colour is the handover lounge carpet in Japan?', [HANDOVER], {
        expansions: ['Fahrzeugübergabe'],
        expanded: ['handover'],
      }).kind,
      'noAnswer',
    ));
});
