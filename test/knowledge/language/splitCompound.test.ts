import assert from 'node:assert/strict';
import { splitCompound } from '../../../knowledge/language/splitCompound';

describe('splitCompound', () => {
  const vocabulary = new Set([
    'fahrzeug',
    'übergabe',
    'fahr',
    'probe',
    'fahrt',
    'elektro',
    'auto',
    'wagen',
    'boek',
    'kast',
  ]);
  const known = (part: string): boolean => vocabulary.has(part);

  it('splits a compound into two known parts', () =>
    assert.deepEqual(splitCompound('fahrzeugübergabe', known), ['fahrzeug', 'übergabe']));
  it('prefers the longest head part whose tail is known over a shorter recursive split', () =>
    assert.deepEqual(splitCompound('fahrzeugwagen', known), ['fahrzeug', 'wagen']));
  it('skips a linking element between the parts', () =>
    assert.deepEqual(splitCompound('fahrzeugsübergabe', known), ['fahrzeug', 'übergabe']));
  it('splits three parts when the tail splits again', () => {
    const more = (part: string): boolean => known(part) || part === 'probefahrt';
    assert.deepEqual(splitCompound('elektroautoprobefahrt', more), ['elektro', 'auto', 'probefahrt']);
  });
  it('splits a Dutch compound with the linking en', () =>
    assert.deepEqual(splitCompound('boekenkast', known), ['boek', 'kast']));
  it('leaves short words and unknown parts whole', () => {
    assert.equal(splitCompound('autobahn', known), undefined);
    assert.equal(splitCompound('probe', known), undefined);
  });
});
