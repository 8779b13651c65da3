import { describe, expect, it } from 'vitest';
import { findBuiltinPattern } from '../../../src/core/score/builtins.js';

const found = (id: string, text: string): string[] => (findBuiltinPattern(id, text) ?? []).map((m) => text.slice(m.start, m.end));

describe('@first-person-past', () => {
  it('finds work already done', () => {
    expect(found('@first-person-past', 'I got the model into production and I have rebuilt the split.')).toEqual(['I got', 'I have rebuilt']);
  });
  it('does not take a thought or a feeling for work done', () => {
    expect(found('@first-person-past', 'A few friends switched jobs, so I figured, why not? I expected a calmer team.')).toEqual([]);
  });
  it('does not take what the candidate has for work done', () => {
    expect(found('@first-person-past', "I've got some conflicts with my manager, and I have got two offers.")).toEqual([]);
  });
});
