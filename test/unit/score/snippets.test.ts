import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, scoreLintResult, shippedRubrics } from '../../../src/core/index.js';

/** A snippet as VS Code inserts it when the user presses Tab through it: every slot keeps its sample. */
function inserted(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'snippets', 'markdown.json'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

describe('an answer template left as inserted', () => {
  for (const [name, s] of Object.entries(snippets)) {
    it(`${s.prefix} (${name}) is flagged as unfinished and does not pass`, () => {
      const result = lint(inserted(s.body));
      const report = scoreLintResult(result, { rubrics: shippedRubrics().rubrics });
      expect(
        result.diagnostics.some((d) => d.ruleId === 'placeholder'),
        'a placeholder finding',
      ).toBe(true);
      for (const a of report.answers) expect(a.pass, `scored ${a.score}`).toBe(false);
    });
  }
});

/** The examples a new user tried, and what a coach would say of each. */
describe('judgements a coach would sign', () => {
  const scoreOf = (text: string) => scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics }).answers[0]!;
  const criterion = (text: string, id: string) =>
    scoreOf(text)
      .rubrics.find((r) => r.id === 'delivery')!
      .criteria.find((c) => c.id === id)!;

  it('a pitch with no "we" in it is owned, and its result is the 18%, not a figure of the setting', () => {
    const pitch =
      "Right now I'm at Finlo, where I lead the fraud analytics work for card payments. My biggest project there was rebuilding the transaction risk model, which cut chargebacks by 18%. Before that I spent four years as an analyst at a bank. I'm looking for a role where I can own models in production end to end.\n";
    expect(criterion(pitch, 'ownership').level).toBeGreaterThanOrEqual(3);
    expect(criterion(pitch, 'quantified-result').evidence.map((e) => e.text)).toEqual(['which cut chargebacks by 18%.']);
  });

  it('a fluent pitch with no project, tool or number does not pass and is not excused as n/a', () => {
    const empty =
      "I love turning complex data into actionable insights that drive business value. I'm passionate about machine learning and always eager to learn new things. I'm a fast learner and a team player, and I would be a great fit for a dynamic team like yours.\n";
    const a = scoreOf(empty);
    expect(a.pass).toBe(false);
    expect(a.score).toBeLessThan(3);
    expect(criterion(empty, 'specificity').level).toBe(1);
  });

  it("a pitch's length earns its top levels only when the words carry concrete claims", () => {
    const length = (text: string) =>
      scoreOf(`# Tell me about yourself\n\n${text}`)
        .rubrics.find((r) => r.id === 'elevator-pitch')!
        .criteria.find((c) => c.id === 'length')!;
    const filler =
      "I love turning complex data into actionable insights that drive real business value for everyone around me. I'm passionate about machine learning and always eager to learn new things every single day. I'm a fast learner and a team player who really enjoys hard problems and challenges, and I believe I would be a great fit for a dynamic, fast-moving team like yours that wants to grow and keep raising the bar together.\n";
    const concrete =
      "I'm a data scientist at Finlo, where I own the fraud models for card payments across Europe. My biggest project was rebuilding the transaction risk model in LightGBM, which cut chargebacks by 18% in six months. Before that I spent four years as an analyst at Barclays, building SQL reporting for the credit team. I'm now looking for a role where I can run models in production end to end, from the data to the monitoring.\n";
    expect(length(filler)).toMatchObject({ level: 3, descriptor: 'Within 50-120 words.' });
    expect(length(concrete).level).toBe(5);
  });

  it('a decision told with its reasoning is a part plainly owned', () => {
    const decided =
      'I pushed for using XGBoost rather than relying on logistic regression alone. My reasoning was that churn is nonlinear and driven by interactions between contract type and tenure.\n';
    expect(criterion(decided, 'ownership').level).toBe(4);
    // Without the reason, one choice is one thing the candidate did.
    expect(criterion('I pushed for using XGBoost rather than relying on logistic regression alone.\n', 'ownership').level).toBe(2);
  });

  it('work told step by step in the first person is owned without a team to contrast it with', () => {
    const solo =
      'The pipeline kept failing at night. I set up alerts on the load job, rewrote the join that ran out of memory, and added a retry for the vendor API. After that it ran clean for three months.\n';
    const owned = criterion(solo, 'ownership');
    expect(owned.level).toBe(4);
    expect(owned.evidence.map((e) => e.text)).toEqual([
      'I set up alerts on the load job',
      'rewrote the join that ran out of memory',
      'added a retry for the vendor API.',
    ]);
    // The same steps beside work the team did: which part was the candidate's is not yet told.
    const shared = solo.replace('After that', 'We also moved the job to Airflow. After that');
    expect(criterion(shared, 'ownership').level).toBe(3);
    expect(criterion(shared, 'ownership').next).toMatch(/^Name a decision you made/);
    // Owned step by step, the top level asks for the choice among the steps, not for both.
    expect(owned.next).toMatch(/^Name a decision you made along the way/);
    // A decision already told: the top level asks for the steps around it.
    const decided = 'I decided to move the nightly job to Spark. I rewrote the join that ran out of memory. After that it ran clean for three months.\n';
    expect(criterion(decided, 'ownership').level).toBe(4);
    expect(criterion(decided, 'ownership').next).toMatch(/^Add another step you took yourself/);
  });

  it('the problem a story opens with is not quoted as its result', () => {
    const story =
      'I once shared a project with a teammate whose habits clashed with mine, which led to frequent conflicts and delays. I asked him for a one-on-one to hear his side. We agreed on a weekly plan and split the modules. In the end we shipped the release together.\n';
    const result = criterion(story, 'quantified-result');
    expect(result.level).toBe(2);
    expect(result.evidence.map((e) => e.text)).toEqual(['In the end we shipped the release together.']);
  });

  it('a deadline in the setting is not a quantified result', () => {
    const story =
      'At my last job, we had a big project that was due in two weeks. I organized the workload, used my skills to keep everyone on track, and we came up with innovative yet practical solutions. In the end we delivered it on time and the client was happy.\n';
    const result = criterion(story, 'quantified-result');
    expect(result.level).toBe(2);
    expect(result.evidence.map((e) => e.text)).not.toContain('At my last job, we had a big project that was due in two weeks.');
    expect(scoreOf(story).pass).toBe(false);
  });
});
