import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/index.js';
import { describeEvidence } from '../../../src/core/score/evidence.js';
import { FINDING_PHRASES } from '../../../src/core/score/findingPhrases.js';

const ids = rules.map((r) => r.meta.id);
// "hedge" and "filler" are plain words; the other ids are names only a config file uses.
const jargon = ids.filter((id) => id.includes('-'));

describe('finding evidence is described in plain words', () => {
  it('every rule has a phrase, singular and plural, that does not name the rule id', () => {
    expect(Object.keys(FINDING_PHRASES).sort()).toEqual([...ids].sort());
    for (const p of Object.values(FINDING_PHRASES)) for (const id of jargon) expect(`${p.one} ${p.many}`).not.toContain(id);
  });

  it('says what is missing without rule ids', () => {
    expect(describeEvidence({ finding: ['result-needs-metric', 'accuracy-only'], max: 0 }, {})).toBe(
      'no result without a number or accuracy figure with no other metric',
    );
    expect(describeEvidence({ finding: ['hedge', 'filler'], max: 1 }, {})).toBe('at most 1 hedge ("I think", "kind of") or spoken filler ("um", "you know")');
    expect(describeEvidence({ finding: 'hedge', max: 4 }, {})).toBe('at most 4 hedges ("I think", "kind of")');
    expect(describeEvidence({ finding: ['result-needs-metric', 'accuracy-only', 'vague-we'], min: 1 }, {})).toBe(
      'a result without a number, an accuracy figure with no other metric or a story told only as "we"',
    );
    expect(describeEvidence({ finding: 'vague-we', min: 2 }, {})).toBe('2 or more stories told only as "we"');
  });

  it('no shipped rule id appears in a described finding', () => {
    const all = [describeEvidence({ finding: ids, max: 0 }, {}), describeEvidence({ finding: ids, max: 3 }, {}), describeEvidence({ finding: ids }, {})].join(
      '\n',
    );
    for (const id of jargon) expect(all).not.toContain(id);
  });
});
