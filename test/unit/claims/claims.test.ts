import { describe, expect, it } from 'vitest';
import { Linter, defaultConfig } from '../../../src/core/index.js';
import { claimsOf } from '../../../src/core/claims/read.js';
import { splitClauses } from '../../../src/core/claims/clauses.js';
import {
  ownActionClaims,
  reasonedClaims,
  resultMetricClaims,
  relativeChangeClaims,
  outcomeClaims,
  tellsOutcome,
  specificClaims,
  generalClaims,
  teamActionClaims,
  genericPhrases,
} from '../../../src/core/detect/claimDetectors.js';

const linter = new Linter(defaultConfig());
function answerOf(text: string) {
  const a = linter.lint(text).model.answers.find((x) => x.kind === 'answer');
  if (!a) throw new Error('no answer');
  return a;
}
const brief = (text: string) =>
  claimsOf(answerOf(text)).map((c) => ({ text: c.text, actor: c.actor, act: c.act, roles: c.quantities.map((q) => `${q.text}:${q.role}`) }));

describe('clauses', () => {
  it('splits at a joiner followed by a new subject, not inside a noun pair', () => {
    const s = 'I tuned it with grid search, and the final model got 81% recall; precision and recall both held.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual([
      'I tuned it with grid search',
      'the final model got 81% recall',
      'precision and recall both held.',
    ]);
  });
  it('keeps "my team and I" one subject after a lead, and a fragment with no subject with the clause before it', () => {
    const s = 'Last year my team and I owned the pipeline that loads events from Kafka.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual([s]);
    const t = 'Get ahead of the client, which meant I sent an update; then focus, so I muted Slack.';
    expect(splitClauses(t).map((c) => t.slice(c.start, c.end))).toEqual(['Get ahead of the client', 'I sent an update; then focus', 'I muted Slack.']);
  });
  it('keeps a second object after "and" with the clause before it when the next step has no subject', () => {
    const s = 'I raised the problems with both the client and my supervisor, and suggested a revised timeline.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual([
      'I raised the problems with both the client and my supervisor',
      'suggested a revised timeline.',
    ]);
    expect(brief(s).map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action', 'i/decision']);
  });
  it('leaves the quote marks around a clause out of it', () => {
    expect(brief('"I rebuilt the risk model, which cut chargebacks by 18%."').map((c) => c.text)).toEqual([
      'I rebuilt the risk model',
      'which cut chargebacks by 18%.',
    ]);
  });
  it('starts a clause at a relative or participle outcome', () => {
    const s = 'I rebuilt the risk model, which cut chargebacks by 18%.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual(['I rebuilt the risk model', 'which cut chargebacks by 18%.']);
  });
});

describe('who acts and what kind of act', () => {
  it('reads a measure moved to a new level, and a multiplier said with what it multiplied, as a change', () => {
    const claims = brief('The calculation went to 600 securities per second (1000x faster). We ran it on 4x A100 GPUs.');
    expect(claims.map((c) => c.roles)).toEqual([['600 securities:change', '1000x:change'], ['4x:scale']]);
  });
  it('reads "as soon as I realised" as when the act happened, not as a lesson', () => {
    expect(brief('As soon as I realised the error, I told my manager. Looking back, I realised I had rushed it.').map((c) => c.act)).toEqual([
      'action',
      'learning',
    ]);
  });
  it('reads an agreement by "you" as an example, and "that" before a noun and its verb as no relative clause', () => {
    const text =
      'The client approved the rollout, which cut the backlog. When you sign up for a plan, you signed a contract. That contract has to be kept for years.';
    expect(brief(text).map((c) => c.act)).toEqual(['outcome', 'outcome', 'state', 'state']);
  });
  it('reads the value a measure stands at now as a level, half a day included', () => {
    expect(brief('After the change, the review wait is now under half a day.')[0]!.roles).toEqual(['half a day:level']);
  });
  it('a title that leads into what follows is no claim; a label with its content is read', () => {
    const text = '**STAR Answer:**\n\nMy approach:\n\n1. **Triage:** I rebuilt the joins on the customer table.\n';
    expect(brief(text).map((c) => c.text)).toEqual(['Triage:   I rebuilt the joins on the customer table.']);
  });
  it('reads what befell the candidate or what they have as a state, and an approval won as an outcome', () => {
    expect(brief("I got caught in that trap. I've got extensive experience with SSIS. I got approval from the CFO.").map((c) => c.act)).toEqual([
      'state',
      'state',
      'outcome',
    ]);
    expect(brief("I've got strong SQL experience on several database platforms.").map((c) => c.act)).toEqual(['state']);
  });
  it('reads work named with "I built" in a relative clause as the candidate\'s own', () => {
    const claims = brief('The highlight was a pipeline I built that took the run from 7 hours to 3 minutes. It was chaos when I joined the team.');
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/outcome', 'other/state']);
  });
  it('reads "what I am proudest of is building ..." as the candidate\'s own work', () => {
    expect(brief("What I'm proudest of is implementing a complex architecture from a paper.").map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action']);
    expect(brief('The thing I enjoyed most was building the feature store.').map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action']);
    // What the candidate likes in general is no work of theirs.
    expect(brief('What I like about the role is the scale.').map((c) => c.actor)).not.toContain('i');
  });
  it('reads a target met, something managed and a closing setback as outcomes, and an opening setback as the setting', () => {
    const claims = brief(
      'Our release slipped a month. I rebuilt the joins and we met the latency requirement. Even though we were two people short, we still managed to cover every shift. In the end the launch slipped by a quarter.',
    );
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['other/state', 'i/action', 'we/outcome', 'other/state', 'we/outcome', 'other/outcome']);
    expect(claims[3]!.text).toBe('Even though we were two people short');
    expect(claims[5]!.roles).toEqual(['a quarter:time']);
  });
  it('reads I, we, the team, a subjectless line and a thing as the actor', () => {
    const claims = brief(
      'At my last job I owned the churn model. We shipped it in March. The team presented it to leadership.\n\n- Rebuilt the split by month.',
    );
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action', 'we/action', 'team/action', 'none/action']);
  });
  it('reads seeing and understanding what someone means as a state, not a step', () => {
    expect(brief('Yes, I see what you mean.').map((c) => c.act)).toEqual(['state']);
    expect(brief('I understand the trade-off now.').map((c) => c.act)).toEqual(['state']);
  });
  it('tells a decision, a plan, a lesson and a vague act apart', () => {
    const a = answerOf(
      'I chose gradient boosting over a neural net. I would add monitoring next. I learned to agree on the target first. I helped with the rollout.',
    );
    expect(claimsOf(a).map((c) => `${c.act}${c.vague ? '/vague' : ''}`)).toEqual(['decision', 'plan', 'learning', 'action/vague']);
  });
  it('reads one option put in place of another, or a bound set on one, as a decision', () => {
    const a = answerOf(
      'I limited the vocabulary to the 10,000 most frequent words. I swapped the sinusoidal encoding for learned embeddings. Replaced the nightly cron job with Airflow.',
    );
    expect(claimsOf(a).map((c) => c.act)).toEqual(['decision', 'decision', 'decision']);
    expect(brief('I trained the model on two years of tickets.').map((c) => c.act)).toEqual(['action']);
  });
});

describe('work told as "we"', () => {
  it('counts "we" in the setting as where the story starts, and "we" in the steps as team work', () => {
    const a = answerOf(
      '**Situation:** While we were preparing for Black Friday, we found out that search was slow.\n\n**Action:** I benchmarked two fixes and we rolled out the faster one.',
    );
    expect(teamActionClaims(a).map((c) => c.text)).toEqual(['we rolled out the faster one.']);
  });
});

describe("a step's title", () => {
  it('reads the subject after a bold title, whether the colon sits inside the bold or after it', () => {
    const a = brief('1. **Retrieval**: when a query comes in, we run a hybrid search over BM25 and embeddings.\n2. **Reranking:** I added a cross-encoder.');
    expect(a.map((c) => `${c.actor}/${c.act}`)).toEqual(['we/action', 'i/action']);
  });

  it('reads the subject after a title in lower case, and keeps a verb that opens the line before a colon', () => {
    const a = brief(
      '- **Feature store pattern**: To keep training and serving consistent, I built one central FeatureService.\n- **Key decision:** I chose Postgres over Mongo.\n- Found data leakage: features used future data.',
    );
    expect(a.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action', 'i/decision', 'none/action']);
  });
});

describe('an example marker after the lead', () => {
  it('reads "On my last project, for example, I ran ..." as the candidate\'s step', () => {
    expect(brief('On my last project, for example, I ran a Gaussian blur over the images.').map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action']);
  });
});

describe('options weighed', () => {
  it('reads alternatives in an aside as options, not as what the act changed', () => {
    const a = answerOf(
      'I met the stakeholders and laid out the options (cut scope or slip by one week). They chose the delay, and I delivered on the new date.',
    );
    expect(brief('I laid out the options (cut scope or slip by one week).').map((c) => c.act)).toEqual(['action']);
    expect(resultMetricClaims(a)).toEqual([]);
  });
});

describe('the problem a story turns on', () => {
  it('reads a setback told before the first step as the problem, and one after it as an outcome', () => {
    const a = answerOf(
      'Our churn model looked great in testing. Once it was deployed, it fell apart. I found the training data was six months old. I set up retraining every two weeks. The next release slipped.',
    );
    expect(outcomeClaims(a).map((c) => c.text)).toEqual(['The next release slipped.']);
    expect(tellsOutcome(a)).toBe(true);
    const b = answerOf(
      'Our churn model looked great in testing. Once it was deployed, it fell apart. I found the training data was six months old. I set up retraining every two weeks.',
    );
    expect(outcomeClaims(b)).toEqual([]);
    expect(tellsOutcome(b)).toBe(false);
  });
});

describe('a change measured against where it started', () => {
  it('reads a % change or a multiplier as relative, a level reached or a count as not', () => {
    const a = answerOf('I rebuilt the delivery model, which cut average delays by 12%. Search got 3x faster. The report now reaches 400 users.');
    expect(relativeChangeClaims(a).map((c) => c.text)).toEqual(['which cut average delays by 12%.', 'Search got 3x faster.']);
    expect(resultMetricClaims(a)).toHaveLength(3);
  });
});

describe('what might be, and the words around a transcript line', () => {
  it('reads a conditional or a modal main verb as a hypothetical, whoever its subject', () => {
    const claims = brief(
      'I retrained the churn model last spring. Well, if the false positive rate was 50%, it would mean half of the flagged buyers never bought. That could cost the team its budget.',
    );
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action', 'other/plan', 'other/plan']);
    expect(resultMetricClaims(answerOf('I retrained the churn model. Well, if the rate was 50%, it would mean half the buyers left.'))).toEqual([]);
  });
  it('a measured change told as what a finished step was for is its result; a threshold is not', () => {
    const texts = (t: string): string[] => resultMetricClaims(answerOf(t)).map((c) => c.text);
    expect(texts('I built a RAG chatbot for news. I added Redis caching to make responses 10x faster.')).toEqual([
      'I added Redis caching to make responses 10x faster.',
    ]);
    expect(texts('I built a RAG chatbot for news. I added a check that fails the build when recall drops by more than 2%.')).toEqual([]);
  });
  it('a change set as the aim before the work is its scale, not a result', () => {
    expect(brief('I was asked to make responses 10x faster.')[0]!.roles).toEqual(['10x:scale']);
    expect(brief('My manager wanted to cut costs by 20%.')[0]!.roles).toEqual(['20%:scale']);
    expect(brief('We brought latency down to 200 ms.')[0]!.roles).toEqual(['200 ms:change']);
  });
  it('reads no outcome into a clause of time, whoever the subject', () => {
    const claims = brief('Each defect had to be classified before the glass sheet reached the packing area.');
    expect(claims.map((c) => c.act)).not.toContain('outcome');
  });
  it('reads a target met as an outcome, and a meeting as an act', () => {
    const claims = brief('We were able to meet the latency requirement without pruning. I met the product manager on Monday.');
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['we/outcome', 'i/action']);
  });
  it('finds the subject after a purpose said first with no comma', () => {
    const claims = brief('To hit the deadline I prioritised speed over the edge cases.');
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/decision']);
  });
  it('reads "I\'d" and "we\'ll" as the modal, and "I\'d already built" as the past', () => {
    const claims = brief("I'd start by pairing with the owner. We'll add the alert next. I'd already built the first version.");
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/plan', 'we/plan', 'i/action']);
  });
  it('finds the subject after a spoken acknowledgement or a stage direction', () => {
    const claims = brief('Sure, we used logistic regression on the purchase logs. (pause) I pulled the numbers from the warehouse.');
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['we/action', 'i/action']);
  });
});

describe('steps that share a subject', () => {
  it('reads each verb of a list of steps as a step of the same actor', () => {
    const claims = brief('I set up daily check-ins, built a shared dashboard to track progress, and dealt with bottlenecks before they grew.');
    expect(claims.map((c) => `${c.actor}/${c.act} ${c.text}`)).toEqual([
      'i/action I set up daily check-ins',
      'i/action built a shared dashboard to track progress',
      // A change inside a clause of time or purpose is what the step was for, not its outcome.
      'i/action dealt with bottlenecks before they grew.',
    ]);
  });
  it('keeps a verb that goes on with a relative clause, and a short pair of verbs, in one step', () => {
    const claims = brief(
      'I worked on a churn model that started as a notebook experiment and ended up in the weekly workflow. I cleaned and merged the tables.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'I worked on a churn model that started as a notebook experiment and ended up in the weekly workflow.',
      'I cleaned and merged the tables.',
    ]);
  });
  it('finds the subject after an introductory phrase closed by a comma', () => {
    const claims = brief('To deal with it, I started a one-on-one conversation. In a high-stakes week, we shipped the report.');
    expect(claims.map((c) => c.actor)).toEqual(['i', 'we']);
  });
  it('reads a resolution for the future and a habit the story taught as learning, not a role held today', () => {
    const claims = brief(
      'I now lead the data team at a retailer. Pages fell from 40 a week to 9. In future I check the alert volume first, so I now keep the log running all year.',
    );
    expect(claims.map((c) => c.act)).toEqual(['action', 'outcome', 'learning', 'learning']);
  });
  it('reads "I\'m" with an adjective as what the candidate is, and with work or a role as an act', () => {
    const claims = brief("I'm really weak at maths. I'm leading the migration. I'm responsible for the forecast. I'm pretty passionate about ML.");
    expect(claims.map((c) => c.act)).toEqual(['state', 'action', 'action', 'state']);
  });
  it('finds the subject of a quoted line, a decision to take a job on, and a measured change as an outcome', () => {
    const claims = brief(
      '\u201cI chose to map the market first. I took it on myself to lead the next shift. The trial worked, and it drove a 15% increase in sales.',
    );
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/decision', 'i/decision', 'other/outcome']);
  });
  it('reads what was not done and what is sought as states, and a step after a comma as done by the subject before it', () => {
    const claims = brief(
      "I don't remember all the details. I'm basically looking for a new challenge. We collected the chargebacks, engineered device features, and trained a gradient-boosted model.",
    );
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/state', 'i/state', 'we/action', 'we/action', 'we/action']);
  });
  it('reads a projected change as a plan, but not the act a projection is told of', () => {
    const claims = brief("We're talking about potentially saving over $100K a year. I documented a plan that could save us development time.");
    expect(claims.map((c) => c.act)).toEqual(['plan', 'action']);
  });
  it('reads the subject after an ordering opener ("Lastly, I brought in ...")', () => {
    expect(brief('Lastly, I brought in the product team. Additionally, we retrained the model.').map((c) => `${c.actor}/${c.act}`)).toEqual([
      'i/action',
      'we/action',
    ]);
  });
  it('reads a duty that fell to someone as no outcome', () => {
    expect(brief('It fell to me to coordinate the fix. Error rates fell to 2%.').map((c) => c.act)).toEqual(['state', 'outcome']);
  });
  it('reads the success measures agreed beforehand as no outcome, and "a clear lift" as one', () => {
    expect(brief('We agreed the success metrics together before any testing started. The pilot showed a clear lift in revenue.').map((c) => c.act)).toEqual([
      'state',
      'outcome',
    ]);
  });
  it('reads a concern raised to people as a step, and a measure raised as an outcome', () => {
    expect(brief('I raised the data problems early with the client. We raised prices by 5%.').map((c) => c.act)).toEqual(['action', 'outcome']);
  });
  it('reads a step told after "where I" as a claim of its own, and what one can do as no act', () => {
    expect(brief('I set up a working session where I walked them through my method.').map((c) => `${c.actor}/${c.act}`)).toEqual(['i/action', 'i/action']);
    expect(brief("I'm looking for a bigger company where I can grow.").map((c) => c.act)).toEqual(['state', 'state']);
    expect(brief("Yes, I'm familiar with Spark, I have used it a bit.").map((c) => c.text)).toEqual(["Yes, I'm familiar with Spark", 'I have used it a bit.']);
    expect(brief('As soon as I saw the error, I told my manager.')).toHaveLength(1);
    expect(brief('After the rewrite we can now serve it in 50 ms.').map((c) => c.act)).not.toContain('state');
  });
  it('reads someone else coming round as the outcome of a story, and their earlier stance as background', () => {
    expect(brief('I walked them through the holdout results. In the end they agreed, and the team chose to pause the launch.').map((c) => c.act)).toEqual([
      'action',
      'outcome',
      'outcome',
    ]);
    expect(brief('Until then they had only approved rule-based systems.').map((c) => c.act)).toEqual(['state']);
  });
  it('reads work finished on schedule, a state that got better and what a tool let people do as outcomes', () => {
    expect(brief('The project shipped on time and our working relationship got better.').map((c) => c.act)).toEqual(['outcome', 'outcome']);
    expect(brief('XGBoost let us capture those interactions.').map((c) => c.act)).toEqual(['outcome']);
    // Letting someone do a thing is a step taken, not what the work made possible.
    expect(brief('I let them name the tiers.').map((c) => c.act)).toEqual(['action']);
    expect(brief('We had to get better at estimating.').map((c) => c.act)).not.toContain('outcome');
  });
  it('reads the size of a setback beside its own figure only, and a client signing as an outcome', () => {
    expect(brief('The gap fell from 11 points to 2, launch slipped by eight days, and compliance added a check.').flatMap((c) => c.roles)).toEqual([
      '11 points:change',
      '2:change',
      'eight days:time',
    ]);
    expect(brief('They signed a seven-figure three-year contract.').map((c) => c.act)).toEqual(['outcome']);
  });
  it('reads by how much a target was missed as the size of a setback, not a change', () => {
    expect(brief('Despite our efforts, we missed the deadline by two weeks.').flatMap((c) => c.roles)).toEqual(['two weeks:time']);
    expect(brief('It now finishes in 40 minutes and has not missed the deadline since March.').flatMap((c) => c.roles)).not.toContain('40 minutes:time');
  });
  it('reads a figure named as the aim as no change, unless the aim was met', () => {
    expect(brief("The main objective, a 20% improvement in conversion rates, wasn't reached.").flatMap((c) => c.roles)).toEqual(['20%:scale']);
    expect(brief('We exceeded our goal of a 20% improvement in conversion.').flatMap((c) => c.roles)).toEqual(['20%:change']);
  });
  it('reads a fix as a step, and what came of it as the outcome', () => {
    expect(brief('I dug into the metric, and I fixed the logic. After that, mismatches dropped to zero.').map((c) => c.act)).toEqual([
      'action',
      'action',
      'outcome',
    ]);
  });
  it('reads "stayed calm" as a state and any sentence about a lesson as learning', () => {
    const claims = brief('I stayed calm and focused. The big lesson for me was that reliability matters as much as accuracy.');
    expect(claims.map((c) => c.act)).toEqual(['state', 'learning']);
  });
});

describe('the role of each number', () => {
  it('a change, a deadline, a team size and a starting point', () => {
    const claims = brief(
      '**Situation:** Churn was 9% and we had two weeks before the board meeting.\n\n**Action:** I worked with four analysts on the features.\n\n**Result:** Churn fell from 9% to 6.5%.',
    );
    const roles = claims.flatMap((c) => c.roles);
    expect(roles).toContain('two weeks:deadline');
    expect(roles).toContain('four analysts:scale');
    expect(roles).toContain('9%:baseline');
    expect(roles).toContain('6.5%:change');
  });
  it('a figure found by the analysis is not a change made by the work', () => {
    const claims = brief('It turned out that one channel churned at a 15% higher rate, so I proposed a targeted offer.');
    expect(claims[0]!.roles).toEqual(['15%:baseline']);
  });
  it('money or a share told as what could come is a projection, not a change', () => {
    const roles = (text: string): string[] => brief(text).flatMap((c) => c.roles);
    expect(roles('The forecasting project came out ahead on financial impact ($2M in potential savings).')).toEqual(['$2M:scale']);
    expect(roles("That's potentially $150,000 a month in recovered revenue from one fix.").map((r) => r.split(':')[1])).toEqual(['scale']);
    expect(roles('The new check has caught potential problems twice since.')).not.toContain('twice:scale');
    expect(roles('The fix cut chargeback costs by $200k a month.')).toContain('$200k:change');
  });
  it('what one was able to do, told in the past, is what was done', () => {
    expect(brief('Result: we were able to reduce the search time to a great extent.')[0]!.act).toBe('outcome');
    expect(brief('We were able to launch on time.')[0]!.act).toBe('outcome');
    expect(brief("I'm able to reduce the search time.")[0]!.act).toBe('state');
  });
  it('a system put back in service is an outcome; a thing fetched back is not', () => {
    expect(brief('I deployed a hotfix, and we had the service back within an hour.').map((c) => c.act)).toEqual(['action', 'outcome']);
    expect(brief('I got my laptop back from IT.')[0]!.act).toBe('action');
  });
  it('money named as a gain is a change; a budget and a gain that could come are not', () => {
    const roles = (text: string): string[] => brief(text).flatMap((c) => c.roles);
    expect(roles('At the best threshold, the system produces a net benefit of $24,000.')).toEqual(['$24,000:change']);
    expect(roles('That gave us $300K in annual savings.')).toEqual(['$300K:change']);
    expect(roles('The project budget was $50,000.')).toEqual(['$50,000:scale']);
    expect(roles('We could get savings of $2M.')).not.toContain('$2M:change');
  });
});

describe('detectors', () => {
  it('in the Result part, a share stated is a level reached', () => {
    const a = answerOf('**Situation:** The records were messy.\n\n**Result:** After cleaning, I had 47,000 records with less than 2% missing data.');
    expect(claimsOf(a).flatMap((c) => c.quantities.map((q) => `${q.text}:${q.role}`))).toContain('2%:level');
  });
  it('in the Result part, how long the work took is a time, how fast the result came a change', () => {
    const took = answerOf('**Situation:** The fraud model was stale.\n\n**Result:** It took me two months from scratch.');
    expect(claimsOf(took).flatMap((c) => c.quantities.map((q) => `${q.text}:${q.role}`))).toEqual(['two months:time']);
    const fast = answerOf('**Situation:** The fraud model was stale.\n\n**Result:** We restored the service within 30 minutes.');
    expect(claimsOf(fast).flatMap((c) => c.quantities.map((q) => `${q.text}:${q.role}`))).toEqual(['30 minutes:change']);
  });
  it('a change said after a modal is foreseen, not made', () => {
    const claims = brief('I let the stakeholders know the project would slip by 2 weeks. The fix cut the error rate by 30%.');
    expect(claims.map((c) => c.roles)).toEqual([['2 weeks:scale'], ['30%:change']]);
  });
  it('a finding holds for the clause that says it, not for the rest of its sentence', () => {
    const claims = brief('I found that Q4 brings in 40% of yearly revenue; promotions in Q4 raised conversion by 12%.');
    expect(claims.map((c) => c.roles)).toEqual([['40%:baseline'], ['12%:change']]);
    const goesOn = brief('I also found the West region was ahead, and that the top 20 customers brought in 40% of revenue.');
    expect(goesOn.flatMap((c) => c.roles)).toEqual(['20 customers:baseline', '40%:baseline']);
  });
  it('a result metric is a change on an outcome, never the deadline of the setting', () => {
    const a = answerOf('At my last job we had a big project that was due in two weeks. I split the work into three streams and we delivered on time.');
    expect(resultMetricClaims(a)).toEqual([]);
    const b = answerOf('I rebuilt the transaction risk model, which cut chargebacks by 18%.');
    expect(resultMetricClaims(b).map((c) => c.text)).toEqual(['which cut chargebacks by 18%.']);
  });
  it("ownership: the candidate's acts against the team's", () => {
    const a = answerOf('We built a churn model. We deployed it. Our team presented the results.');
    expect(ownActionClaims(a)).toEqual([]);
    expect(teamActionClaims(a)).toHaveLength(3);
    // What came of the work, told as "we", is the result, not work whose doer is hidden.
    const b = answerOf('I compared the tools and booked a meeting with my manager. We built a small pilot. In the end we adopted it.');
    expect(teamActionClaims(b).map((c) => c.text)).toEqual(['We built a small pilot.']);
  });
  it('a reason anywhere, or a condition put first, makes a reasoned claim; a "when" of time mid-clause does not', () => {
    const a = answerOf(
      'When you need determinism, skip the model, since a parser does the job better. Where a wrong answer is costly, add a review step. You should look at both metrics when you evaluate a classifier.',
    );
    expect(reasonedClaims(a).map((c) => c.text)).toEqual([
      'When you need determinism, skip the model, since a parser does the job better.',
      'Where a wrong answer is costly, add a review step.',
    ]);
  });
  it('a fluent answer with no project, tool or number has nothing specific and its stock phrases are found', () => {
    const a = answerOf('I love turning complex data into actionable insights. I am a fast learner and a team player, passionate about making an impact.');
    expect(specificClaims(a)).toEqual([]);
    expect(genericPhrases(a).map((g) => g.text)).toEqual([
      'complex data into',
      'actionable insights',
      'fast learner',
      'team player',
      'passionate about',
      'making an impact',
    ]);
  });
});

describe('praise is not a detail', () => {
  it('a question asks for a figure and reports no result', () => {
    const a = answerOf(
      'A stakeholder wanted a live report. I set out the costs. The live feed needed a bigger cluster. Is 1-second latency worth $4,500 a month? They chose the hourly refresh.',
    );
    expect(resultMetricClaims(a)).toEqual([]);
    expect(claimsOf(a).find((c) => c.text.startsWith('Is 1-second'))!.act).toBe('state');
  });
  it('how a career feels to the one in it is no outcome: tenure, growth, a point reached', () => {
    expect(
      brief("I've been with Global Systems for three years. I've grown a great deal there. I've reached the point where I want more scope.").map((c) => c.act),
    ).toContain('state');
    expect(brief("I've grown a great deal there.").map((c) => c.act)).toEqual(['state']);
    expect(brief("I've reached the point where I want more scope.")[0]!.act).toBe('state');
    expect(brief("I've been with Global Systems for three years.").map((c) => c.act)).toEqual(['state']);
    expect(brief('Our revenue grew by a fifth.').map((c) => c.act)).toEqual(['outcome']);
  });
  it('what the candidate knows of a company is no outcome of their work', () => {
    expect(brief('I know FedEx has earned a name for being dependable.').map((c) => c.act)).toEqual(['state']);
    expect(brief('I cut the refund backlog by half.').map((c) => c.act)).toEqual(['outcome']);
  });
  it('reads the moves of a career as biography, not as work done', () => {
    const claims = brief(
      'I studied finance, then I took an analyst job at Morgan Stanley and was promoted. Today I work at JP Morgan, where I rebuilt the risk reports.',
    );
    expect(claims.map((c) => c.act)).toEqual(['state', 'state', 'action']);
  });
  it('a listed word used as a verb after "to" is no thing, and "when it comes to" is no condition', () => {
    const a = answerOf("I want to join this company. I think it's out in front when it comes to decisions driven by data.");
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).toEqual([]);
    expect(specificClaims(a)).toEqual([]);
  });
  it('"so that\'s" sums up; "so that" gives a purpose', () => {
    const a = answerOf("I'm doing a statistics minor. So that's a quick intro.");
    expect(specificClaims(a).map((c) => c.text)).toEqual([]);
    const b = answerOf("So that's why I moved. I kept the report to one page so that the board would read it.");
    expect(reasonedClaims(b).map((c) => c.text)).toEqual(["So that's why I moved."]);
  });
  it('the number of an inline point counts nothing, and the word after it is no name', () => {
    const a = answerOf('The main steps are: 1. Model packaging: bundle the weights. 2. Ongoing maintenance: retrain when needed.');
    expect(claimsOf(a).flatMap((c) => c.quantities.map((q) => q.text))).toEqual([]);
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).not.toContain('Model');
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).not.toContain('Ongoing');
  });
  it('a field named after a head noun is no thing: "data science" is a career, "customer data" a data set', () => {
    const a = answerOf('In grad school I first met data science. I know data science is something I enjoy. I cleaned the customer data.');
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).toEqual(['customer data']);
  });
  it('a step taken over the option put first is a decision of its own', () => {
    const claims = brief('Rather than dropping them (which throws away data) or filling in the mean (which would be factually wrong), I imputed them with 0.');
    expect(claims.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/decision']);
    expect(brief('Instead of waiting for the vendor, we rebuilt the feed ourselves.').map((c) => `${c.actor}/${c.act}`)).toEqual(['we/decision']);
  });
  it('the concepts an explanation names are things: a novelty effect, the sample size', () => {
    const a = answerOf('Work out the sample size for the chosen power. Allow for a novelty effect. Use class weights.');
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).toEqual(['sample size', 'power', 'novelty effect', 'class weights']);
  });
  it('a name in inline code is a thing the claim names', () => {
    const a = answerOf('I found that `TotalCharges` was blank for new customers, so I filled it with 0.');
    expect(claimsOf(a)[0]!.things.map((t) => t.text)).toEqual(['TotalCharges']);
    expect(specificClaims(a).map((c) => c.start)).toContain(claimsOf(a)[0]!.start);
  });
  it('a stock phrase leaves a claim its figure: the number is still checkable', () => {
    const a = answerOf('The market rate for engineers with my skills is $180K-$220K. I used my skills on the Kafka migration.');
    expect(specificClaims(a).map((c) => c.text)).toEqual(['The market rate for engineers with my skills is $180K-$220K.']);
  });
  it('what one says of oneself is not specific, whatever it names; what one did with it is', () => {
    const a = answerOf(
      "I'm skilled in drift detection and Grafana. My AWS and Kubernetes experience fits your needs. I have hands-on Airflow experience. I'm also very interested in the IoT domain. I set up drift alerts in Grafana.",
    );
    expect(specificClaims(a).map((c) => c.text)).toEqual(['I set up drift alerts in Grafana.']);
  });
  it('"twice as fast" is a change; "we rebuilt it twice" counts the times the work was done', () => {
    expect(brief('Scoring got twice as fast after the rewrite.')[0]!.roles).toEqual(['twice:change']);
    expect(brief('We had to rebuild the pipeline twice.')[0]).toMatchObject({ act: 'state', roles: ['twice:scale'] });
  });
  it('a growth rate is a change, not years of experience, whichever form its verb takes', () => {
    expect(brief('I grew Stability AI 5X year over year.')[0]!.roles).toEqual(['5X:change']);
    expect(brief('I also ran Analytics GTM for AWS Public Sector, growing the business 24% YoY.')[1]!.roles).toEqual(['24%:change']);
  });
  it('a change told in the perfect is an outcome, irregular participles too', () => {
    expect(brief("Over the past year my team's output has gone up 40%.")[0]).toMatchObject({ act: 'outcome', roles: ['40%:change'] });
    expect(brief('Revenue has grown 30% since launch.')[0]).toMatchObject({ act: 'outcome', roles: ['30%:change'] });
  });
  it('what the candidate found is the diagnosis, not an outcome of the work', () => {
    expect(brief('At some point I saw that I had turned into the bottleneck for my team.')[0]!.act).toBe('state');
    expect(brief('I investigated further and found that the feed had doubled up the dividend rows.')[0]!.act).toBe('state');
    expect(brief('The A/B test showed that conversion rose 8%.')[0]!.act).toBe('outcome');
  });
  it('a matter raised with people is no measure raised', () => {
    expect(brief('I raised it with my manager straight away.')[0]!.act).toBe('action');
    expect(brief('We raised prices by 5%.')[0]).toMatchObject({ act: 'outcome', roles: ['5%:change'] });
  });
  it('"my analytical and critical thinking skills" is a stock phrase; "my Python skills" names one', () => {
    const a = answerOf('One time I used my analytical and critical thinking skills to make sense of complex political data.');
    expect(claimsOf(a)[0]!.generic.map((g) => g.text)).toEqual(['my analytical and critical thinking skills']);
    expect(claimsOf(answerOf('I used my Python skills to build a scraper in Scrapy.'))[0]!.generic).toEqual([]);
  });
  it('a problem put right is an outcome, and how fast it came is its measure', () => {
    expect(brief('We had it fixed in 3 hours.')[0]).toMatchObject({ act: 'outcome', roles: ['3 hours:change'] });
    expect(brief('The outage was resolved within 40 minutes.')[0]).toMatchObject({ act: 'outcome', roles: ['40 minutes:change'] });
    expect(brief('I fixed the joins.')[0]!.act).toBe('action');
  });
  it('problems flagged and counted were caught; a concern raised with people was put to them', () => {
    expect(brief('Since then that check has flagged three similar problems before they made it into reporting.')[0]).toMatchObject({
      act: 'outcome',
      roles: ['three:change'],
    });
    expect(brief('I raised the data problems with the client.')[0]!.act).toBe('action');
  });
  it("a count of one's own tasks sizes the workload, even where the work was delivered", () => {
    expect(brief('I kept all 3 tasks moving and delivered them on time.')[0]!.roles).toEqual(['3 tasks:scale']);
    expect(brief('We cut the open tasks by 30%.')[0]!.roles).toEqual(['30%:change']);
  });
  it('in the Result part, how long the build took is no result; ahead of the plan it is', () => {
    const result = (line: string) => brief(`**Situation:** The old system kept failing.\n\n**Result:** ${line}\n`).at(-1)!.roles;
    expect(result('I finished the whole system in about two months.')).toEqual(['two months:time']);
    expect(result('It was finished in five weeks against the eight we had planned.')[0]).toBe('five weeks:change');
    expect(result('The outage was fixed within 30 minutes.')).toEqual(['30 minutes:change']);
  });
  it('an opening phrase or a step title before the verb does not hide the step', () => {
    expect(brief('From scratch, I built the predictor on historical flight data.')[0]).toMatchObject({ actor: 'i', act: 'action' });
    expect(brief('- **Stress Testing:** Simulated extreme scenarios for the crew plan.')[0]).toMatchObject({ actor: 'none', act: 'action' });
    expect(brief('Found data leakage: features were using future purchase data.')[0]).toMatchObject({ actor: 'none', act: 'action' });
  });
  it('feelings, what one looks forward to and a trait told as a habit are no steps', () => {
    const a = brief(
      "I definitely regretted that. I'm looking forward to a field that keeps changing. I pick up new technologies fast. I picked up the failing job and fixed it.",
    );
    expect(a.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/state', 'i/state', 'i/state', 'i/decision', 'i/action']);
  });
  it('where one grew up and what one brings to a team are who the candidate is, not work', () => {
    const a = brief('I grew up in Nepal. I bring an international perspective with me. I built a library system.');
    expect(a.map((c) => `${c.actor}/${c.act}`)).toEqual(['i/state', 'i/state', 'i/action']);
  });
  it('an adverb between "I" and "learned" keeps the lesson', () => {
    expect(brief('I also learned how important it is to deal with conflict early.')[0]!.act).toBe('learning');
    expect(brief("I've quickly realised that the labels were stale.")[0]!.act).toBe('learning');
  });
  it('"the main insight was" opens a lesson', () => {
    expect(brief('The main insight was that the strategies cover for each other.')[0]!.act).toBe('learning');
  });
  it("a step's title and the word after a colon are not names", () => {
    const a = answerOf('- **Stress Testing:** Simulated extreme scenarios for the plan.\n- Check the impact: Missing data needs careful handling.\n');
    const named = claimsOf(a).flatMap((c) => c.things.map((t) => t.text));
    for (const word of ['Stress', 'Testing', 'Simulated', 'Missing']) expect(named).not.toContain(word);
  });
  it('the general claims are what is left beside the concrete ones, plans and lessons apart', () => {
    const a = answerOf(
      'Communication is key. I set up drift alerts in Grafana. Next I would do more of that. The lesson was to ask early. The team was great.',
    );
    expect(specificClaims(a).map((c) => c.text)).toEqual(['I set up drift alerts in Grafana.']);
    expect(generalClaims(a).map((c) => c.text)).toEqual(['Communication is key.', 'The team was great.']);
  });
  it('a lesson is specific by its figure or a name, not by its condition or the things any lesson names', () => {
    const named = answerOf('My mentor showed me that prompt templates for the LLM got the same result in 2 hours.');
    expect(specificClaims(named).map((c) => c.act)).toEqual(['learning']);
    expect(specificClaims(answerOf('The lesson I took is that people listen when you explain calmly.'))).toEqual([]);
    const lesson = answerOf('It taught me how much continuous monitoring and retraining matter in production.');
    expect(claimsOf(lesson).map((c) => c.act)).toEqual(['learning']);
    expect(specificClaims(lesson)).toEqual([]);
    const namedTool = answerOf('The lesson I took is that next time I should run SMOTE before tuning anything.');
    expect(claimsOf(namedTool).map((c) => c.act)).toEqual(['learning']);
    expect(specificClaims(namedTool).length).toBe(1);
  });
  it('takes a condition as concrete in an explanation, not in a habit', () => {
    const habit = answerOf('When the deadline is tight and resources are thin, I prioritize in a structured way.');
    expect(specificClaims(habit)).toEqual([]);
    const explanation = answerOf('## What does regularization do?\n\nIt shrinks the weights when the model starts to fit noise in the training set.');
    expect(explanation.type).toBe('technical');
    expect(specificClaims(explanation).length).toBe(1);
  });
  it('takes a whole field named by its acronym for no thing', () => {
    const things = (text: string): string[] => claimsOf(answerOf(text)).flatMap((c) => c.things.map((t) => t.text));
    expect(things('Data analytics and AI are what I am most excited about.')).toEqual([]);
    expect(things('I moved the search to the OpenAI API.')).toEqual(['OpenAI', 'API']);
  });
  it('reads the word after a leading mark as the first of its sentence, not as a name', () => {
    const a = answerOf('✅ Listen carefully to every point of view.\n\n👉 Stay professional and keep mutual respect.');
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).toEqual([]);
    expect(specificClaims(a)).toEqual([]);
    expect(claimsOf(answerOf('✅ Migrated the jobs to Airflow.')).flatMap((c) => c.things.map((t) => t.text))).toEqual(['Airflow']);
  });
  it('takes a name from code as a thing, but not an abbreviation', () => {
    const a = answerOf('It handles class imbalance through scale_pos_weight, then df.groupby and fillna(), e.g. with predictProba.');
    expect(claimsOf(a).flatMap((c) => c.things.map((t) => t.text))).toEqual(['scale_pos_weight', 'df.groupby', 'fillna()', 'predictProba']);
  });
  it('things offered as examples, one or the other, are not specific; a letter standing in for a name is no thing', () => {
    expect(specificClaims(answerOf('I ran the computations on platforms like AWS or GCP.'))).toEqual([]);
    expect(specificClaims(answerOf('I scheduled the jobs with tools like Airflow and dbt.')).length).toBe(1);
    expect(claimsOf(answerOf('With more history I might conclude X.')).flatMap((c) => c.things.map((t) => t.text))).toEqual([]);
  });
  it('a thing praised with no figure is not specific; the same thing named plainly is', () => {
    const praised = answerOf('It shipped with high precision and recall.');
    expect(claimsOf(praised).flatMap((c) => c.things.map((t) => t.text))).not.toEqual([]);
    expect(specificClaims(praised)).toEqual([]);
    expect(specificClaims(answerOf('It shipped with precision and recall checks.')).length).toBe(1);
  });
});

describe('the things a claim names', () => {
  it('takes a modified head noun as a thing, but not one led by a question word or an adverb', () => {
    const text =
      'I cleaned the customer churn data. I read the logs to understand what users were asking for, which shows how well data-driven solutions work.\n';
    const things = claimsOf(answerOf(text)).flatMap((c) => c.things.map((t) => t.text));
    expect(things).toEqual(['customer churn data']);
  });
  it('takes a head noun after a verb or a preposition as no thing, and after a noun in -ing as one', () => {
    const text = 'We started by pulling data across departments to spot customers at risk. I built the training data and the pricing model.\n';
    const things = claimsOf(answerOf(text)).flatMap((c) => c.things.map((t) => t.text));
    expect(things).toEqual(['training data', 'pricing model']);
  });
  it('reads no word out of a contraction, and takes a participle before a head noun as a verb', () => {
    const text = "I've done data analysis at work, and we've seen data quality slip. I've written Python scripts for the finance team.\n";
    const things = claimsOf(answerOf(text)).flatMap((c) => c.things.map((t) => t.text));
    expect(things).toEqual(['Python', 'finance team']);
  });
});
