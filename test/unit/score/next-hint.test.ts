import { describe, expect, it } from 'vitest';
import { lint, parseRubricText, scoreLintResult } from '../../../src/core/index.js';

// Level 3 is a compound condition: its hint names the parts the answer lacks, however deep.
const RUBRIC = `id: caching
title: Caching
kind: technical
passMark: 3
concepts:
  policy:
    label: an eviction policy
    phrases: [LRU, LFU, eviction]
criteria:
  - id: basics
    title: Basics
    weight: 1
    levels:
      - {level: 1, descriptor: Nothing.}
      - {level: 2, descriptor: Names a cache., evidence: "cache"}
      - level: 3
        descriptor: Sizes it.
        evidence:
          allOf:
            - "cache"
            - {concept: policy}
            - {sentence: {allOf: ["TTL", {concept: "@number"}]}}
            - {anyOf: ["hit rate", "miss rate"]}
      - {level: 4, descriptor: Measures it., evidence: {atLeast: 2, of: ["p99", "latency", "memory"]}}
      - {level: 5, descriptor: Tunes it., evidence: {allOf: ["tuned", {noneOf: ["cache everything"]}]}}
`;

function next(answer: string): string | null {
  const { rubric, problems } = parseRubricText(RUBRIC, 'caching.yaml');
  expect(problems).toEqual([]);
  const report = scoreLintResult(lint(`# How would you cache it?\n\n${answer}\n`), {
    rubrics: [{ rubric: rubric!, source: 'caching.yaml' }],
    requested: ['caching'],
  });
  return report.answers[0]!.rubrics.find((r) => r.id === 'caching')!.criteria[0]!.next;
}

describe('the hint to the next level', () => {
  it('names each part of a compound condition the answer lacks', () => {
    expect(next('A cache in front of the database.')).toBe(
      'Sizes it. (missing: an eviction policy; "TTL" and a number in one sentence; one of "hit rate", "miss rate")',
    );
  });

  it('names only what is still lacking', () => {
    expect(next('A cache with LRU eviction. The TTL is 30 seconds.')).toBe('Sizes it. (missing: one of "hit rate", "miss rate")');
    expect(next('A cache with LRU eviction. The TTL is 30 seconds, and the hit rate is what I watch.')).toBe(
      'Measures it. (missing: 2 more of: "p99", "latency", "memory")',
    );
  });
});
