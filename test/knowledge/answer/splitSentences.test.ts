import assert from 'node:assert/strict';
import { splitSentences } from '../../../knowledge/answer/splitSentences';

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();

describe('splitSentences', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'splits plain English sentences',
      text: 'The disc is cooled by air. The pad wears evenly. Is it quiet? Yes, it is quiet!',
      expected: ['The disc is cooled by air.', 'The pad wears evenly.', 'Is it quiet?', 'Yes, it is quiet!'],
    },
    {
      name: 'keeps decimals and units whole',
      text: 'Thermocouples sit 3.5 mm below the surface. The limit is 6.0 m/s² at GVM.',
      expected: ['Thermocouples sit 3.5 mm below the surface.', 'The limit is 6.0 m/s² at GVM.'],
    },
    {
      name: 'does not split after English abbreviations',
      text: 'Use a torque wrench, e.g. Tool VT-600, i.e. Calibrated. See Fig. 3 and No. 12 vs. Part B for details.',
      expected: [
        'Use a torque wrench, e.g. Tool VT-600, i.e. Calibrated.',
        'See Fig. 3 and No. 12 vs. Part B for details.',
      ],
    },
    {
      name: 'does not split after approx. before a number',
      text: 'The pack weighs approx. 450 kg in total. It has 96 cells.',
      expected: ['The pack weighs approx. 450 kg in total.', 'It has 96 cells.'],
    },
    {
      name: 'keeps version numbers, part numbers and URLs whole',
      text: 'Install firmware v2.3.1 on part NES-BRK-004 now. Details are at https://norvik.example/docs/brk.html today. Then restart the unit.',
      expected: [
        'Install firmware v2.3.1 on part NES-BRK-004 now.',
        'Details are at https://norvik.example/docs/brk.html today.',
        'Then restart the unit.',
      ],
    },
    {
      name: 'does not split before a lower-case word',
      text: 'Pressure is 2.5 bar. approx. the same as before.',
      expected: ['Pressure is 2.5 bar. approx. the same as before.'],
    },
    {
      name: 'splits after units such as ms',
      text: 'Standard cycle times are 10 ms and 20 ms. No other cycle times are allowed.',
      expected: ['Standard cycle times are 10 ms and 20 ms.', 'No other cycle times are allowed.'],
    },
    {
      name: 'handles French sentences and spaced punctuation',
      text: "L'essai de freinage dure env. 20 minutes. Pourquoi le disque chauffe-t-il ? Parce que la vitesse est élevée.",
      expected: [
        "L'essai de freinage dure env. 20 minutes.",
        'Pourquoi le disque chauffe-t-il ?',
        'Parce que la vitesse est élevée.',
      ],
    },
    {
      name: 'handles German abbreviations and ordinal dates',
      text: 'Die Prüfung gilt z.B. für Aurex und Velora. Sie beginnt am 3. Oktober mit ca. 20 Fahrzeugen. Siehe Nr. 5 der Liste.',
      expected: [
        'Die Prüfung gilt z.B. für Aurex und Velora.',
        'Sie beginnt am 3. Oktober mit ca. 20 Fahrzeugen.',
        'Siehe Nr. 5 der Liste.',
      ],
    },
    {
      name: 'handles Italian sentences',
      text: 'La coppia di serraggio è di 130 N·m. Il controllo avviene dopo 50 km. Vedi pag. 4 del manuale.',
      expected: [
        'La coppia di serraggio è di 130 N·m.',
        'Il controllo avviene dopo 50 km.',
        'Vedi pag. 4 del manuale.',
      ],
    },
    {
      name: 'treats list items as their own units, with continuation lines',
      text: 'Prepare the vehicle as follows:\n- Bed in the pads with 200 stops\n  from 80 km/h.\n- Load the vehicle to GVM.\n1. Set the temperature to 100 °C.',
      expected: [
        'Prepare the vehicle as follows:',
        'Bed in the pads with 200 stops from 80 km/h.',
        'Load the vehicle to GVM.',
        'Set the temperature to 100 °C.',
      ],
    },
    {
      name: 'treats table rows as their own units and drops separators',
      text: '| Brand | Thread | Torque |\n|---|---|---|\n| Aurex | M14 x 1.5 | 140 N·m |\nKestrel | M12 x 1.5 | 110 N·m',
      expected: ['Brand | Thread | Torque', 'Aurex | M14 x 1.5 | 140 N·m', 'Kestrel | M12 x 1.5 | 110 N·m'],
    },
    {
      name: 'treats heading lines as their own units',
      text: '## Brake fade test procedure\nThe fade test checks hot braking.',
      expected: ['Brake fade test procedure', 'The fade test checks hot braking.'],
    },
    {
      name: 'does not merge lines across a blank line',
      text: 'The first paragraph has no period\n\nThe second paragraph starts here',
      expected: ['The first paragraph has no period', 'The second paragraph starts here'],
    },
    {
      name: 'drops short units and markdown-only noise',
      text: '# Scope\n\n---\n\n```\n\n**Note**\n\nOK then.\n\n- Yes\n\nThis one is long enough.',
      expected: ['This one is long enough.'],
    },
    { name: 'returns nothing for empty text', text: '', expected: [] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(splitSentences(c.text), c.expected));
  }

  it('returns units that are substrings of the whitespace-collapsed text', () => {
    const text =
      'First  sentence\nwraps here. Second one, e.g. with 3.5 mm. Third | table | row\n- list item text';
    for (const unit of splitSentences(text)) assert.ok(collapse(text).includes(unit), unit);
  });
});
