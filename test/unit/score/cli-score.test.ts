import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { shippedRubrics } from '../../../src/core/index.js';
import { capture, workspace } from '../../helpers/cli.js';

const STRONG = `---
rubric: tech-bootstrap-oob
---

# How does a random forest sample its data?

Each tree trains on a bootstrap sample drawn with replacement, so it sees about 63% of the
distinct rows; the other 37% are its out-of-bag rows, which estimate the generalization error
without a separate validation set. At every split a random subset of features is considered,
which decorrelates the trees so averaging reduces the variance, and the forest reports
feature importance.
`;
const WEAK = '# How does a random forest sample its data?\n\nI think each tree basically gets a bootstrap sample without replacement, and they kind of vote.\n';

interface JsonEntry {
  file: string;
  score: number;
  pass: boolean;
  rubrics: {
    id: string;
    score: number;
    pass: boolean;
    criteria: {
      id: string;
      weight: number;
      level: number | null;
      descriptor: string;
      evidence: { text: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }[];
      next: string | null;
    }[];
  }[];
}

describe('interview-lint score', () => {
  it('prints the JSON contract and exits 1 when an answer fails', async () => {
    const dir = workspace({ 'strong.md': STRONG, 'weak.md': WEAK });
    const io = capture(dir);
    const code = await main(['score', '--format', 'json', 'strong.md', 'weak.md'], io);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(1);
    const out = JSON.parse(io.stdout.join('\n')) as JsonEntry[];
    expect(out.map((e) => [e.file, e.pass])).toEqual([
      ['strong.md', true],
      ['weak.md', false],
    ]);
    const strong = out[0]!.rubrics.find((r) => r.id === 'tech-bootstrap-oob')!;
    expect(strong.criteria.map((c) => [c.id, c.weight, c.level])).toEqual([
      ['bootstrap', 0.4, 5],
      ['oob-error', 0.3, 5],
      ['diversity', 0.3, 5],
    ]);
    const replacement = strong.criteria[0]!.evidence[0]!;
    // The evidence is the claim that holds the phrase, with its place.
    expect(replacement.text).toContain('drawn with replacement');
    expect(replacement.range.start.line).toBe(7);
    expect(replacement.range.end.column - replacement.range.start.column).toBe(replacement.text.length);
    expect(out[0]!.rubrics.map((r) => r.id)).toEqual(['delivery', 'tech-bootstrap-oob']);
    // The weak answer got the rubric by suggestion, and its misconception capped a criterion.
    const weak = out[1]!.rubrics.find((r) => r.id === 'tech-bootstrap-oob')!;
    expect(weak.criteria[0]!.level).toBe(2);
    // The descriptor of the level reached says what that level means, beside the level itself.
    const rubric = shippedRubrics().rubrics.find((r) => r.rubric.id === 'tech-bootstrap-oob')!.rubric;
    expect(weak.criteria[0]!.descriptor).toBe(rubric.criteria[0]!.levels.find((l) => l.level === 2)!.descriptor);
    expect(weak.criteria[0]!.next).toMatch(/^Fix first: A bootstrap sample is drawn with replacement/);
  });

  it('--rubric replaces the suggestion; text and markdown formats', async () => {
    const dir = workspace({ 'weak.md': WEAK });
    const io = capture(dir);
    expect(await main(['score', '--rubric', 'tech-attention', 'weak.md'], io)).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^weak\.md: \d\.\d\d \/ 5 \(pass mark 3\.80\) FAIL/);
    expect(text).toContain('  tech-attention: ');
    expect(text).not.toContain('tech-bootstrap-oob');
    const md = capture(dir);
    await main(['score', '--format', 'markdown', 'weak.md'], md);
    expect(md.stdout.join('\n')).toContain('| Criterion | Weight | Level | Evidence | Next level |');
  });

  it('text format names a rubric flag by its id, not like the red-flag lint rule', async () => {
    const dir = workspace({
      'flag.md':
        "# Tell me about a time you chose a model\n\n**Situation:** Churn was rising.\n\n**Action:** I picked XGBoost because it's the best.\n\n**Result:** Churn fell from 9% to 7%.\n",
    });
    const io = capture(dir);
    await main(['score', 'flag.md'], io);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^ {4}\d+:\d+ rubric flag interview-red-flag: A red-flag phrase/m);
    expect(text).not.toMatch(/\d red-flag: /);
  });

  it('loads workspace rubrics; a broken one is named with its field and skipped (exit 2)', async () => {
    const good = `id: my-caching\ntitle: Caching\nkind: technical\npassMark: 3\ncriteria:\n  - id: basics\n    title: Basics\n    weight: 1\n    levels:\n${[1, 2, 3, 4, 5].map((l) => `      - {level: ${l}, descriptor: L${l}${l > 1 ? `, evidence: {atLeast: ${l - 1}, of: ["cache", "eviction", "TTL", "hit rate"]}` : ''}}`).join('\n')}\n`;
    const dir = workspace({
      '.interview-lint/rubrics/caching.yaml': good,
      '.interview-lint/rubrics/broken.yaml': good.replace('my-caching', 'broken').replace('weight: 1', 'weight: 7'),
      'a.md': '---\nrubric: my-caching\n---\n\nI put a cache with an LRU eviction policy and a TTL in front of the feature store.\n',
    });
    const io = capture(dir);
    const code = await main(['score', '--format', 'json', 'a.md'], io);
    expect(io.stderr).toEqual([
      `interview-lint: ${join('.interview-lint', 'rubrics', 'broken.yaml')}: Unexpected 7 at criteria[0].weight, expected a number of at most 1; the rubric was skipped`,
    ]);
    expect(code).toBe(2);
    const mine = (JSON.parse(io.stdout.join('\n')) as JsonEntry[])[0]!.rubrics.find((r) => r.id === 'my-caching')!;
    expect(mine.criteria[0]!.level).toBe(4);
    const quoted = mine.criteria[0]!.evidence.map((e) => e.text).join(' | ');
    for (const phrase of ['cache', 'eviction', 'TTL']) expect(quoted).toContain(phrase);
  });

  it('an unknown rubric id is reported, not a crash', async () => {
    const dir = workspace({ 'a.md': '---\nrubric: no-such-rubric\n---\n\nI built it.\n' });
    const io = capture(dir);
    expect(await main(['score', 'a.md'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(
      /^interview-lint: a\.md: Unknown rubric "no-such-rubric" \(front matter rubric:\), expected one of: business-insight-communication, /,
    );
  });
});
