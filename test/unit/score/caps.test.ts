import { describe, expect, it } from 'vitest';
import { lint, parseRubricText, scoreLintResult, shippedRubrics, type AnswerScore } from '../../../src/core/index.js';

function scored(text: string): AnswerScore {
  const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
  expect(report.problems).toEqual([]);
  return report.answers[0]!;
}

const STORY = (action: string): string =>
  `# Tell me about a project that went wrong\n\n**Situation:** Our churn model was due in March.\n\n**Action:** ${action}\n\n**Result:** It shipped in May and cut churn by 4%.\n`;

describe('a dealbreaker caps the whole answer (capAnswer)', () => {
  it('a red-flag phrase keeps an otherwise passable story at 2, and says why', () => {
    const a = scored(STORY('I built the features and trained XGBoost, but the data engineering team gave me bad data, so the model was late.'));
    expect(a.rubrics.map((r) => [r.id, r.score])).toEqual([['delivery', 3.25]]);
    expect(a.score).toBe(2);
    expect(a.pass).toBe(false);
    expect(a.findings.map((f) => [f.id, f.capAnswer])).toEqual([['interview-red-flag', 2]]);
    expect(a.notes[1]).toBe(
      'Capped at 2.00 (from 3.25) by "interview-red-flag": A red-flag phrase can sink an otherwise good answer - it costs two levels of ownership and confidence and keeps the answer under the pass mark; see the red-flag finding for the rewrite.',
    );
  });

  it('the same story without the blame is not capped', () => {
    const a = scored(STORY('I built the features and trained XGBoost; the upstream IDs had been remapped, so I rebuilt the joins and the model was late.'));
    expect(a.findings).toEqual([]);
    expect(a.notes.some((n) => n.startsWith('Capped'))).toBe(false);
  });

  it('four hedges in one answer cap it at 2.5 (mixed, under the pass mark); three do not', () => {
    const four = scored(
      '# Tell me about a time you resolved a conflict\n\n**Situation:** The analyst and I disagreed on the churn metric.\n\n**Action:** I think I basically proposed tracking both, and I kind of set up the Looker dashboard myself.\n\n**Result:** I guess it worked: the weekly review now takes 20 minutes less.\n',
    );
    expect(four.rubrics.find((r) => r.id === 'delivery')!.criteria.find((c) => c.id === 'confidence')!.level).toBe(1);
    expect(four.score).toBe(2.5);
    expect(four.notes[1]).toMatch(/^Capped at 2\.50 \(from 3\.\d\d\) by "hedge-after-hedge": /);
    const three = scored(
      '# Tell me about a time you resolved a conflict\n\n**Situation:** The analyst and I disagreed on the churn metric.\n\n**Action:** I think I basically proposed tracking both, and I set up the Looker dashboard myself.\n\n**Result:** I guess it worked: the weekly review now takes 20 minutes less.\n',
    );
    expect(three.findings.map((f) => f.id)).toEqual([]);
    expect(three.score).toBeGreaterThan(3);
  });

  it('an elevator pitch past 120 words cannot pass, however good its parts', () => {
    const pitch =
      "I'm a data scientist who turns messy operational data into models that teams actually use. Most recently I built a demand forecast for 300 stores that cut stock-outs by 18%, and I own it in production. Before that I spent two years on pricing experiments, three years in logistics analytics, and a year teaching statistics at a bootcamp, where I wrote the course on regression and A/B testing. I also mentor two analysts, run a reading group on causal inference, write about forecasting, and review papers for a small applied statistics workshop every spring with two former colleagues of mine from Lisbon. I'm looking for a senior role where I can own forecasting end to end for your supply chain team.";
    const a = scored(`# Tell me about yourself\n\n${pitch}\n`);
    expect(lint(`# Tell me about yourself\n\n${pitch}\n`).model.answers.find((x) => x.kind === 'answer')!.wordCount).toBe(122);
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery', 'elevator-pitch']);
    expect(a.score).toBe(3.5);
    expect(a.findings.map((f) => f.id)).toEqual(['over-budget']);
  });

  it('an explanation with no reason, specific, example or condition is capped at 2.5; one reason lifts the cap', () => {
    const bare = scored(
      '# What is the difference between precision and recall?\n\nPrecision is how precise the model is and recall is how much of the data it recalls. Both are important metrics and you should look at both of them when you evaluate a classifier.\n',
    );
    expect(bare.rubrics.map((r) => [r.id, r.score])).toEqual([['delivery', 2.89]]);
    expect(bare.score).toBe(2.5);
    expect(bare.findings.map((f) => [f.id, f.affects])).toEqual([['no-substance', []]]);
    const reasoned = scored(
      '# What is the difference between precision and recall?\n\nPrecision is the share of flagged cases that are real, and recall is the share of real cases the model flags. Both matter because the threshold trades one for the other.\n',
    );
    expect(reasoned.findings).toEqual([]);
    // Two concrete claims, nothing general and a reason: mostly concrete for its length.
    expect(reasoned.score).toBe(4);
  });

  it('fewer than three concrete claims cap a longer answer, unless nearly all it says is concrete', () => {
    const dense = scored(
      '# How would you reduce hallucinations in production?\n\nGround the model with RAG and make it cite its sources, force structured output with a JSON schema validated by Pydantic, turn the temperature down for factual tasks, and re-run a held-out eval set on every release. Where a wrong answer is expensive, add a verification step or put a human in the loop.\n',
    );
    expect(dense.findings.map((f) => f.id)).not.toContain('too-few-specifics');
    const thin = scored(
      '# How would you reduce hallucinations in production?\n\nHallucinations are a big problem and everyone is working on them. It is important to be careful. Ground the model with RAG and make it cite its sources. There are many other things you can do as well, and it depends on the situation and the team, so you have to think about it.\n',
    );
    expect(thin.findings.map((f) => f.id)).toContain('too-few-specifics');
  });

  it('a weakness told with few named things is judged by its criteria, not capped as empty', () => {
    const weakness = scored(
      '# What is your greatest weakness?\n\nI tend to trust people too readily when they say their work is nearly on track. My first instinct is to believe them, even when I suspect they are struggling. I have learned to ask what is blocking them and to offer help early rather than wait for the deadline. That habit has kept my projects on schedule, and I keep working on it.\n',
    );
    expect(weakness.findings).toEqual([]);
  });

  it('a list of points with no reasons and no work of the candidate is capped under the pass mark; a list of what one did is not', () => {
    const recited = scored(
      '# How do you prevent overfitting?\n\nOverfitting means the model memorises the training set. Fixes: (1) Get more data. (2) Use a simpler model. (3) Regularise with L1 or L2. (4) Stop training early with a validation set. (5) Augment the images.\n',
    );
    expect(recited.findings.map((f) => f.id)).toEqual(['recited-list']);
    expect(recited.score).toBe(3.4);
    const lived = scored(
      '# How do you prevent overfitting?\n\nOn the churn model I reduced the gap between train and validation AUC from 0.12 to 0.03:\n\n- Added 8 months of data\n- Dropped 40 leaky features\n- Added L2 regularisation\n- Stopped early on the validation loss\n',
    );
    expect(lived.findings.map((f) => f.id)).not.toContain('recited-list');
  });

  it('a list given as the reasons for a choice, or weighed against a drawback, is not recited', () => {
    const reasons = scored(
      '# Why Docker Compose and not Kubernetes?\n\nCompose was the right fit because:\n\n- It is light and simple to maintain.\n- It runs inside our on-prem Proxmox hosts.\n- Triton, MLflow and Postgres fit in one file.\n- We need no autoscaling.\n',
    );
    expect(reasons.findings.map((f) => f.id)).not.toContain('recited-list');
    const weighed = scored(
      '# How does k-means work?\n\nIt puts each point in the cluster with the nearest centroid:\n\n1. Pick K starting centroids.\n2. Assign each point to its nearest centroid.\n3. Move each centroid to the mean of its points.\n4. Repeat until the centroids stop moving.\n\nOn the other hand, it depends on the starting centroids and can stop in a local optimum.\n',
    );
    expect(weighed.findings.map((f) => f.id)).not.toContain('recited-list');
  });

  it('a content rubric that judges depth replaces the no-substance flag (supersedes)', () => {
    const a = scored(
      '# Explain the bias-variance trade-off\n\nBias is error from a model that is too simple, and variance is error from a model that is too sensitive to the training data. A more complex model lowers bias but raises variance, so you pick the complexity that minimises validation error.\n',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery', 'tech-bias-variance']);
    expect(a.findings).toEqual([]);
    expect(a.score).toBe(3.63);
  });

  it('capAnswer is validated like any field', () => {
    const text = `id: caching\ntitle: Caching\nkind: technical\npassMark: 3.8\ncriteria:\n  - id: basics\n    title: Basics\n    weight: 1\n    levels:\n      - {level: 1, descriptor: Nothing.}\n      - {level: 2, descriptor: Names it., evidence: "cache"}\n      - {level: 3, descriptor: Eviction., evidence: "eviction"}\n      - {level: 4, descriptor: TTL., evidence: "TTL"}\n      - {level: 5, descriptor: LRU., evidence: "LRU"}\nredFlags:\n  - {id: everything, description: Caches everything., when: "cache everything", capAnswer: 7}\n`;
    const { rubric, problems } = parseRubricText(text, 'caching.yaml');
    expect(rubric).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['redFlags[0].capAnswer']);
  });
});
