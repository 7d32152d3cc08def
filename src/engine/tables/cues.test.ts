import { describe, expect, it } from 'vitest';
import { AGENT_BY_FORM } from './agents';
import { CUE_BY_FORM, regularForms } from './cues';

describe('regularForms, the "+" of the cue and act tables', () => {
  it.each([
    ['argue', 'argue argues argued arguing'],
    ['deny', 'deny denies denied denying'],
    ['stress', 'stress stresses stressed stressing'],
    ['vouch', 'vouch vouches vouched vouching'],
    ['insist', 'insist insists insisted insisting'],
    ['convey', 'convey conveys conveyed conveying'],
  ])('%s → %s', (lemma, forms) => expect(regularForms(lemma)).toEqual(forms.split(' ')));

  it('expands "+" in the tables to every regular form, beside the forms spelt out', () => {
    for (const form of ['argues', 'argued', 'arguing', 'denies', 'emphasised', 'emphasizing']) expect(CUE_BY_FORM.has(form)).toBe(true);
    for (const form of ['rebukes', 'rebuked', 'criticising']) expect(AGENT_BY_FORM.has(form)).toBe(true);
    expect(CUE_BY_FORM.has('+')).toBe(false);
    expect(AGENT_BY_FORM.has('+')).toBe(false);
  });
});
