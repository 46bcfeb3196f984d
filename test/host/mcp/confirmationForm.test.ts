import assert from 'node:assert/strict';
import { confirmationForm, editsFromForm } from '../../../host/mcp/confirmationForm';

const EDITS = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 3, maxLength: 200 },
    priority: { type: 'string', enum: ['low', 'normal', 'high'] },
    brand: { anyOf: [{ type: 'string', const: '' }, { type: 'string' }] },
    tags: { type: 'array', items: { type: 'string' } },
    confirm: { type: 'string' },
  },
  additionalProperties: false,
};

describe('confirmationForm (the elicitation asking the user to confirm a proposal)', () => {
  const form = confirmationForm('File ticket "printer jams"', EDITS);
  const properties = form.requestedSchema.properties;

  it('shows the summary and requires the go-ahead box', () => {
    assert.match(form.message, /^File ticket "printer jams"\n/);
    assert.deepEqual(form.requestedSchema.required, ['confirm']);
    assert.equal(properties.confirm?.type, 'boolean');
  });
  it('offers plain string edits with their limits', () => {
    assert.deepEqual(properties.title, { type: 'string', minLength: 3, maxLength: 200 });
  });
  it('offers enum edits as a single select', () => {
    assert.deepEqual(properties.priority, { type: 'string', enum: ['low', 'normal', 'high'] });
  });
  it('leaves out composite and array edits', () => {
    assert.equal(properties.brand, undefined);
    assert.equal(properties.tags, undefined);
  });
  it('never lets an edit named confirm replace the go-ahead box', () => {
    assert.equal(properties.confirm?.type, 'boolean');
  });
  it('asks only for the go-ahead when the action takes no edits', () => {
    assert.deepEqual(Object.keys(confirmationForm('Export', undefined).requestedSchema.properties), [
      'confirm',
    ]);
  });
  it('returns the edits without the go-ahead and without empty strings', () => {
    assert.deepEqual(editsFromForm({ confirm: true, title: '', priority: 'high' }), { priority: 'high' });
  });
});
