import { describe, expect, it } from 'vitest';
import { lint, parseRubricText, scoreLintResult, shippedRubrics, type AnswerScore } from '../../../src/core/index.js';

function scored(question: string, answer: string): AnswerScore {
  const report = scoreLintResult(lint(`# ${question}\n\n${answer}\n`), { rubrics: shippedRubrics().rubrics });
  expect(report.problems).toEqual([]);
  return report.answers[0]!;
}

describe('which rubric a competency question gets', () => {
  it('a method told in the conditional is graded against the competency', () => {
    const a = scored(
      'How would you forecast demand for a new store?',
      'I would compare seasonal naive, ARIMA and Prophet on rolling-origin backtests, because the series is seasonal and short. I would track MAPE per store on a dashboard and retrain monthly.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery', 'time-series-forecasting']);
  });

  it('past work with a measured result is a story: graded on delivery, with a note saying so', () => {
    const a = scored(
      'Tell me about your demand forecasting work',
      'I owned the weekly demand forecast for 800 stores. I replaced per-store ARIMA with one LightGBM model and added promotion features, and forecast error fell from 29% to 16% MAPE.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toMatch(
      /^No content rubric matched this answer; scored on delivery only\. To grade it on content, name one with rubric: in front matter \(business-insight-communication, .*, time-series-forecasting\)\.$/,
    );
  });

  it('an answer that admits a gap is graded as one, not against the competency its question names', () => {
    const a = scored(
      'Can you write production-quality Python?',
      "I have not owned a service that other engineers deploy; my Python has been research code and a tested evaluation package. I'd plan my first three months around a review on every pull request.",
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery', 'honesty-floor']);
    expect(a.notes[0]).toBe(
      'Scored against "honesty-floor" because it reads as an answer about a gap (from its question); the answer mentions "I have not", "I\'d plan", "first three months".',
    );
  });

  it('the competency still applies to that story when front matter names it', () => {
    const text =
      '---\nrubric: time-series-forecasting\n---\n\nI owned the weekly demand forecast for 800 stores. I replaced per-store ARIMA with LightGBM, and error fell from 29% to 16% MAPE.\n';
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    expect(report.answers[0]!.rubrics.map((r) => r.id)).toEqual(['delivery', 'time-series-forecasting']);
  });
});

describe('a story about a technical topic', () => {
  it('is graded as a story, not against the explanation rubric its words match', () => {
    const a = scored(
      'Walk me through an LLM project you led',
      'S - Our support desk answered 12,000 policy questions a month.\n\nT - I led the build of a retrieval assistant; every answer had to cite a clause.\n\nA - I chunked the policies by clause, set up hybrid search with BM25 plus embeddings, and measured grounding with a judge prompt.\n\nR - Handling time fell from 6.5 to 3.8 minutes and the grounded-answer rate is 94%.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
  });

  it('a forecast that finance signed off and reads in a BI page reached production', () => {
    const a = scored(
      'Walk me through a forecasting project you owned',
      '**Context:** Finance built the revenue forecast in spreadsheets and missed by double digits.\n\n**Approach:** I rebuilt the sales history in Snowflake, compared ETS and LightGBM on a rolling backtest and built a Looker page for finance.\n\n**Result:** Weighted MAPE fell from 19% to 7%, and finance signed off the Q4 plan on the new forecast.',
    );
    const production = a.rubrics.find((r) => r.id === 'project-end-to-end')!.criteria.find((c) => c.id === 'production')!;
    expect(production.level).toBeGreaterThanOrEqual(2);
  });

  it('the explanation rubric still grades the explanation', () => {
    const a = scored(
      'When would you use RAG instead of fine-tuning?',
      'Retrieval adds knowledge at query time from an index of embeddings; fine-tuning changes behaviour and format. I pick RAG when the facts change weekly or answers must cite a source.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery', 'tech-rag-vs-finetuning']);
  });
});

describe('a suggested rubric the answer never reaches', () => {
  it('is kept when the question names its topic: the answer is weak, not off-topic', () => {
    const a = scored(
      'How does self-attention work?',
      'Attention lets the model focus on the important words. It is what makes transformers so powerful, and it is used in ChatGPT and BERT.',
    );
    const r = a.rubrics.find((x) => x.id === 'tech-attention')!;
    expect(r.criteria.map((c) => c.level)).toEqual([1, 1, 1]);
    expect(a.score).toBe(1.79);
    expect(a.pass).toBe(false);
  });

  // With no question, the answer's cues alone choose (a question on another topic rules an explanation rubric out first).
  const unasked = (answer: string): AnswerScore => scoreLintResult(lint(`${answer}\n`), { rubrics: shippedRubrics().rubrics }).answers[0]!;

  it('is named, not applied, when only answer cues point at it', () => {
    const a = unasked('I like reading about the transformer and attention, and I give talks on queries and keys in SQL to my team.');
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
    expect(a.notes).toContain(
      'No question says what this answer is about, so it is scored on delivery only. It reads like "tech-attention" (the answer mentions "attention", "queries", "key", "keys"); to grade it on that content, name it with rubric: tech-attention in front matter.',
    );
  });

  it('a comparison of ensembles with no question is not graded as an explanation of out-of-bag error', () => {
    const a = unasked(
      'Random Forest averages decorrelated trees grown on bootstrap samples, which brings variance down. Gradient boosting (XGBoost, LightGBM) fits each tree to the residuals of the ones before it, so it lowers bias but needs its learning rate tuned. I use Random Forest for a quick baseline on noisy data and boosting when I can tune.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
    expect(a.notes[0]).toMatch(/^No question says what this answer is about, so it is scored on delivery only\. It reads like "tech-bootstrap-oob"/);
  });

  it('a story about a RAG project is graded on delivery, not as an explanation of RAG', () => {
    const a = unasked(
      'Our support bot answered from a RAG index over 9,000 help articles. I was responsible for retrieval, and I rebuilt the chunker so tables kept their headings. Recall@5 went from 0.64 to 0.81.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
    const delivery = a.rubrics.find((r) => r.id === 'delivery')!;
    const result = delivery.criteria.find((c) => c.id === 'quantified-result')!;
    expect(result.notes).toEqual([]);
    expect(result.level).toBe(5);
  });
});

describe('a reason for leaving owes no result for the work it mentions', () => {
  const resultOf = (answer: string) =>
    scored('Why are you leaving your current job?', answer)
      .rubrics.find((r) => r.id === 'delivery')!
      .criteria.find((c) => c.id === 'quantified-result')!;
  it('past work told in passing leaves the result unscored', () => {
    const r = resultOf(
      "I've been with Global Systems for three years, and I've learned a lot about Java and leading a team. I've reached the point where I want to own a platform end to end, which this role offers.",
    );
    expect(r.level).toBeNull();
  });
  it('a result it does measure still counts', () => {
    const r = resultOf(
      'I rebuilt the billing reports at Global Systems and cut their run time from 6 hours to 20 minutes. There is no platform work left for me there, and this role is platform work.',
    );
    expect(r.level).toBeGreaterThanOrEqual(4);
  });
});

describe('suggest.skipQuestion: the question asks about something else', () => {
  it('a story about mentoring is not graded as a project walk-through, whatever it mentions', () => {
    const a = scored(
      'Tell me about a time you mentored someone',
      'A new grad joined to own drift monitoring end to end for our credit models in production. I gave her one real alert a week; she built the features of the checklist with the business stakeholders, and she took her first on-call shift in week 9 against a baseline plan of 12.',
    );
    expect(a.rubrics.map((r) => r.id)).toEqual(['delivery']);
  });

  it('a story about a technique never used before is not an honesty-floor answer', () => {
    const a = scored(
      'Tell me about a time you used a technique you had never used before',
      'I had never trained an image model for production. I fine-tuned a ResNet-50, replaced cross-entropy with a focal loss for the 1:40 class ratio, and the model now catches 88% of damaged parcels; claims paid fell by $310,000 in six months.',
    );
    expect(a.rubrics.map((r) => r.id)).not.toContain('honesty-floor');
  });

  it('a gap question still gets honesty-floor', () => {
    const a = scored(
      'Have you used Spark at our scale?',
      "I haven't run Spark at terabyte scale. What I have done is pandas and Dask on 40 GB a day; I'd spend my first two weeks reproducing one of your jobs.",
    );
    expect(a.rubrics.map((r) => r.id)).toContain('honesty-floor');
  });

  it('a project told as a story is not graded as an explanation of its topic', () => {
    const a = scored(
      'Walk me through your RAG project',
      'I built a Q&A bot over 4,000 wiki pages: I chunked them into 500-token pieces, embedded them, retrieved the top five with a reranker and added citations. Setup questions in Slack fell by 40% in two months.',
    );
    expect(a.rubrics.map((r) => r.id)).not.toContain('tech-rag-vs-finetuning');
    const b = scored(
      'Why would you choose RAG over fine-tuning?',
      'Retrieval adds knowledge at query time from an index of embeddings; fine-tuning changes behaviour and format. I pick RAG when the facts change weekly or answers must cite a source.',
    );
    expect(b.rubrics.map((r) => r.id)).toContain('tech-rag-vs-finetuning');
  });

  it('is checked like any evidence, with its path', () => {
    const text = `id: caching\ntitle: Caching\nkind: technical\npassMark: 3.8\nsuggest:\n  question: ["cache"]\n  skipQuestion: [{concept: "speed"}]\ncriteria:\n  - id: basics\n    title: Basics\n    weight: 1\n    levels:\n      - {level: 1, descriptor: Nothing.}\n      - {level: 2, descriptor: Names it., evidence: "cache"}\n      - {level: 3, descriptor: Eviction., evidence: {allOf: ["cache", "eviction"]}}\n      - {level: 4, descriptor: TTL., evidence: {allOf: ["cache", "TTL"]}}\n      - {level: 5, descriptor: Numbers., evidence: {allOf: ["cache", {concept: "@metric"}]}}\n`;
    const { rubric: r, problems } = parseRubricText(text, 'caching.yaml');
    expect(r).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['suggest.skipQuestion[0].concept']);
  });
});

describe('suggest.skipWhen in a rubric file', () => {
  const rubric = (skipWhen: string): string =>
    `id: caching\ntitle: Caching\nkind: technical\npassMark: 3.8\nsuggest:\n  question: ["cache"]\n  skipWhen: ${skipWhen}\ncriteria:\n  - id: basics\n    title: Basics\n    weight: 1\n    levels:\n      - {level: 1, descriptor: Nothing.}\n      - {level: 2, descriptor: Names it., evidence: "cache"}\n      - {level: 3, descriptor: Eviction., evidence: {allOf: ["cache", "eviction"]}}\n      - {level: 4, descriptor: TTL., evidence: {allOf: ["cache", "TTL"]}}\n      - {level: 5, descriptor: Numbers., evidence: {allOf: ["cache", {concept: "@metric"}]}}\n`;

  it('is checked like any evidence, with its path', () => {
    const { rubric: r, problems } = parseRubricText(rubric('{concept: "speed"}'), 'caching.yaml');
    expect(r).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['suggest.skipWhen.concept']);
  });

  it('keeps the rubric from being suggested when it holds', () => {
    const { rubric: r, problems } = parseRubricText(rubric('"Redis"'), 'caching.yaml');
    expect(problems).toEqual([]);
    const rubrics = [...shippedRubrics().rubrics, { rubric: r!, source: 'caching.yaml' }];
    const ids = (answer: string): string[] => scoreLintResult(lint(`# How do you cache?\n\n${answer}\n`), { rubrics }).answers[0]!.rubrics.map((x) => x.id);
    expect(ids('A cache with an eviction policy keeps hot keys close.')).toEqual(['delivery', 'caching']);
    expect(ids('A cache in Redis with an eviction policy keeps hot keys close.')).toEqual(['delivery']);
  });
});

describe('project-end-to-end red flags', () => {
  const story = (frame: string): AnswerScore =>
    scored(
      'Walk me through a project you are proud of',
      `${frame}I predicted which free-trial users would convert, so that marketing could target offers. The dataset came from Kaggle: 25,000 trial users with 30 days of logs. I built behaviour features, compared a logistic baseline with LightGBM on a time-based split, and deployed a FastAPI endpoint. LightGBM reached 0.81 AUC against 0.74 for the baseline, and targeting the top 20% returned 4x a blanket offer.`,
    );
  it('a Kaggle dataset presented as work is capped', () => {
    expect(
      story('')
        .rubrics.find((r) => r.id === 'project-end-to-end')!
        .findings.map((f) => f.id),
    ).toContain('tutorial-or-kaggle');
  });
  it('the same dataset in a project said to be a capstone is not', () => {
    expect(
      story('This was my final-year capstone, a course project rather than production work. ')
        .rubrics.find((r) => r.id === 'project-end-to-end')!
        .findings.map((f) => f.id),
    ).not.toContain('tutorial-or-kaggle');
  });
});

describe('an explanation rubric needs its topic in the question', () => {
  it('a question about position embeddings is not graded against attention, whatever the answer mentions', () => {
    const a = scored(
      'How does ALiBi differ from rotary position embeddings?',
      'RoPE rotates each query and key by an angle that grows with position, so the dot product depends on the relative offset. ALiBi adds a linear penalty to the attention scores instead, one slope per head, and extrapolates to longer inputs.',
    );
    expect(a.rubrics.map((r) => r.id)).not.toContain('tech-attention');
  });
  it('the same words under an attention question still get the rubric', () => {
    const a = scored(
      'How does self-attention work?',
      'Each token is projected into a query, a key and a value; the softmax of the scaled dot products of queries with keys weights the values.',
    );
    expect(a.rubrics.map((r) => r.id)).toContain('tech-attention');
  });
});

describe('honesty-floor phrases', () => {
  it('"Not at 100 million" admits the gap at its edge, and "I would load a sample first" is a plan', () => {
    const a = scored(
      'Do you have experience with vector databases at 100 million documents?',
      "Not at 100 million. The largest index I've run in production is FAISS over 22 million chunks at 60 ms p95. I'm not sure how Pinecone shards at your size, so I would load a 10% sample first and measure recall and tail latency.",
    );
    const floor = a.rubrics.find((r) => r.id === 'honesty-floor')!;
    expect(floor.criteria.find((c) => c.id === 'gap')!.level).toBeGreaterThanOrEqual(4);
    expect(floor.criteria.find((c) => c.id === 'plan')!.level).toBeGreaterThanOrEqual(2);
  });
});

describe('honesty-floor and story questions asked as "have you ever"', () => {
  it('"Have you ever pushed back on a product manager?" is a story, not a gap', () => {
    const a = scored(
      'Have you ever pushed back on a product manager?',
      'Yes. The PM wanted to call a pricing test after four days because sign-ups were up 9%. I showed her the lift fading by half in our last two tests and proposed a stop rule. We ran three weeks, and revenue per visitor rose 3.4%.',
    );
    expect(a.rubrics.map((r) => r.id)).not.toContain('honesty-floor');
  });
  it('"Have you ever deployed a model on Kubernetes?" still asks about a gap', () => {
    const a = scored(
      'Have you ever deployed a model on Kubernetes?',
      "I haven't deployed on Kubernetes myself. What I have done is ship three models on ECS behind FastAPI; I'd spend my first two weeks pairing with your platform team.",
    );
    expect(a.rubrics.map((r) => r.id)).toContain('honesty-floor');
  });
});
