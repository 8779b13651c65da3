import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../helpers/ruleTester.js';
import { hasMetric } from '../../../src/core/rules/util/metric.js';

const SECTION = (label: string): string =>
  `The ${label} section has no number. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.`;
const CLOSING =
  'This outcome has no number. Quantify it: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after ("from 27% to 21%").';
const PITCH = 'The pitch names no result. Give your flagship project one metric (%, $, time saved, users, before → after): an activity is not an achievement.';

const star = (result: string, situation = 'Our fraud model flagged 3% of all card transactions for review.'): string =>
  `## Tell me about a time you improved a model?\n\n**Situation:** ${situation}\n\n**Action:** I retrained it with a cost-sensitive loss and moved the threshold.\n\n**Result:** ${result}\n`;

describe('hasMetric', () => {
  const yes = [
    'Churn went from 27% to 21%.',
    'It saves $1.2M a year.',
    'We kept €300K of revenue.',
    'Inference is 3x faster.',
    'p95 latency is 45ms.',
    'It serves 50K predictions a day.',
    'Scoring got twice as fast.',
    'Review time halved.',
    'Three clients adopted it.',
    'Report turnaround went from hours to minutes.',
    'Refresh moved from weekly to daily.',
    'Freshness went from overnight to under an hour.',
    'We now ship in days instead of weeks.',
    'Zero downtime during the switch.',
    'Zero-result searches fell by a third.',
    'They signed a seven-figure contract.',
    'It doubled throughput.',
    'The error rate is down by half.',
    '2000 users signed up in the first week.',
    'Total-field errors: -62% on the audit sample.',
    'Scoring is now sub-second.',
    'It saves each manager about an hour a day.',
    'The cut-over happened on a single weekend without data loss.',
    'We switched over with no downtime.',
    'We had the service back within an hour.',
  ];
  const no = [
    // A figure of speech: "not 100% sure".
    "I'm not 100% sure, looking back, that a form was right, but it has gotten a lot better.",
    'It worked well and the team was happy.',
    'We moved to GPT-4 and F1 improved.',
    'p95 latency improved a lot.',
    'We launched it in 2023.',
    'Phase 2 is planned for Q3.',
    'I have 13 years of experience, the last six on LLM systems.',
    'Reporting went from manual to automated.',
    'It saved the team hours every week.',
    'We double-checked every join.',
    'We use zero-shot prompts.',
    'A two-tower model ranks the items.',
    'It was the 1st model in production.',
    'We run on EC2 and store data in S3.',
    'We met once a week and went through an hour of questions.',
  ];
  for (const t of yes) it(`counts: ${t}`, () => expect(hasMetric(t)).toBe(true));
  for (const t of no) it(`does not count: ${t}`, () => expect(hasMetric(t)).toBe(false));
});

ruleTester('result-needs-metric', {
  valid: [
    // What something can do is a capability, not a result claimed: nothing owes a number.
    '## How would you work with the data science team?\n\nMy approach would be to set up a cross-functional team with members from data engineering and QA.\n\n- Set clear goals so that everyone heads in the same direction. This, together with strong feedback loops, can create a productive and successful partnership.\n',
    // A result told as an accuracy figure is accuracy-only's finding, not a result left untold.
    '## Walk me through your most impactful project?\n\nMy most impactful project was a churn model for a telecom client. I pulled two years of billing and support data from the warehouse, built the features in pandas and trained an XGBoost model with a time-based split. The final model is 91% accurate.\n',

    star('False positives fell by 40% and analysts cleared the queue by noon.'),
    star('Review time halved, and three other teams adopted the threshold tool.'),
    star('Report turnaround went from hours to minutes.'),
    // How fast the result came is a measure of it.
    star('We restored the service within 30 minutes.'),
    star('It took us two weeks instead of the usual two months.'),
    // "Results & learnings" is a result: its number counts.
    '## Tell me about a time you improved a model?\n\n**Situation:** Our churn model was stale.\n\n**Action:** I retrained it monthly.\n\n**Results and learnings:** Churn fell 6 points; monitor before you tune.\n',
    // A letter line R with a number.
    '## Tell me about a time you sped up a job?\n\nS - The nightly job was slow and missed its deadline.\nA - I moved the joins into Spark and cached dimensions.\nR - It now finishes in 40 minutes instead of 6 hours.\n',
    // Technical explanations have no outcome.
    '## Explain the bias-variance trade-off\n\nExpected error is bias squared plus variance plus noise. Regularization reduces variance, and simpler models generalize better on small data.\n',
    '---\ntype: technical\n---\n\nAttention projects each token into a query, a key and a value, and the weights come from a softmax over scaled dot products. It improved translation a lot.\n',
    // Advice in the present tense is not a claimed outcome.
    '## How do you handle missing data?\n\nI diagnose the pattern first, then impute with a group median or add an unknown level. I add a missing indicator because missingness is often predictive, and I never forward-fill time series blindly.\n',
    // Unlabelled story with a quantified ending.
    '## Walk me through your credit project?\n\nUnderwriters decided by hand from bank statements. I parsed the statements into cash-flow features and trained a constrained boosting model. Since launch, review time is down from 40 to 12 minutes per application.\n',
    // The figure right before a general ending still quantifies it.
    '## Walk me through your search project?\n\nI rebuilt the retriever with hybrid BM25 and embeddings and ran a two-week test. Conversion rose 4.5% in the test group. Everyone was happy with it.\n',
    // A figure stated as a state in the second half, followed by the hand-over.
    "## Walk me through your pricing project?\n\nI built the markdown-pricing model for a retailer. I modelled elasticity per product family. The final policy had a 3.1-point higher margin than the planners' rules. After that, I wrote the documentation. I also set up a monthly review with the planners. The model is now part of their season planning.\n",
    // Reflections and offers at the end are not the outcome.
    '## Walk me through your churn project?\n\nI built the churn model behind FastAPI for a telecom. Churn fell from 27% to 21% in six months. I learned that monitoring matters as much as the model. Happy to go deeper on the monitoring.\n',
    // Impact first, as a headline: the rest may tell the approach.
    '## Walk me through your most impactful project?\n\nI built a churn system that cut churn by 40% and saved $1.2M a year. I pulled the data from their warehouse and engineered usage features. I compared three model families and deployed XGBoost behind FastAPI. Leadership was delighted with how it turned out and it was a big success.\n',
    // A pitch with one metric for its flagship.
    '## Tell me about yourself?\n\nI am an ML engineer with six years of experience. I led a churn platform that cut churn from 27% to 21%. Next I want to own modelling decisions.\n',
    // Near-empty drafts are not checked.
    star('TBD.').replace(/\*\*Situation:\*\*[^\n]*\n\n\*\*Action:\*\*[^\n]*\n/, ''),
    // A STAR answer with no Result is star-missing-result's finding, even when its Action reads like an outcome.
    '## Tell me about an A/B test that went wrong?\n\n**Situation:** We tested a new ranking model against the old one.\n\n**Task:** The goal was to see if it raised conversions.\n\n**Action:** We ran the test for about a week. The results were odd, because mobile and desktop moved in opposite directions, so we stopped it.\n\n**Learnings:** A/B tests need a plan.\n',
    // The activity and the state it reached are two clauses: "the final model got 81% recall" is the result.
    '## Walk me through your churn project?\n\nAt my last job I built a model to predict cancellations. I cleaned the data and engineered usage features. I tuned it with grid search and the final model got 81% recall on the test set. My manager was really impressed.\n',
    // A from-to change is a result however it is phrased.
    '---\ntype: pitch\n---\n\nI am a senior data scientist in lending. My main project was a default model with monotonic constraints; it brought the 90-day default rate down from 4.1% to 3.3% without cutting approvals. Now I want to own lending policy.\n',
    // "cutting fraud losses by 31%" is the flagship's outcome, said as a participle.
    '---\ntype: pitch\n---\n\nI am a machine learning engineer in payments. For four years I have owned the fraud-scoring platform. My flagship change moved scoring from nightly batches to real time, cutting fraud losses by 31%. Next I want a staff role.\n',
    // A question claims nothing.
    '## What questions do you have for us?\n\nFirst, how does a model get from a notebook to production here, and who reviews it? Second, what is the biggest risk in the ranking rebuild? And what does success look like for this role in the first six months?\n',
    // Why a move, told with no question and no word of who the candidate is: a motivation answer owes no flagship number.
    "I've valued my first job after graduating, but it's a small company and I can't see a clear path to grow there. I'm looking for a bigger organization where I can learn from more experienced engineers and work on more complex systems. Your mentorship program is one of the things that drew me to this role.\n",
    // A weakness answer does not need a metric.
    '## What is your biggest weakness?\n\nI used to say yes to every request, so my roadmap slipped. I now ask what the requester would drop to make room, and my manager and I plan the quarter together.\n',
    // A story with no outcome at all stops before its result: star-missing-result's one finding.
    '## Tell me about a time you made a mistake?\n\nI pushed a feature change without running the backtest. The category manager noticed the shift before I did. I rolled it back the same afternoon and added the backtest to our checklist. I learned there are no trivial changes to a model.\n',
    // What a method checks for is a question, not an outcome claimed.
    'Normally I take the feature importances from a tree model such as XGBoost to find the top features. I also check a correlation matrix and drop features that are strongly correlated. Once the features are picked, I train the model and look at whether its performance went up.\n',
    // A preamble is never an answer.
    '# Behavioural stories\n\nThese are my drafts; the project was a big success.\n\n## Tell me about yourself?\n\nI led a churn platform that cut churn by 6 points a year and saved $1.2M.\n',
  ],
  invalid: [
    // Work told with no outcome at all: the walk-through stops before saying what came of it.
    {
      code: '## Walk me through your most impactful project?\n\nMy most impactful project was a churn model for a telecom client. I pulled two years of billing and support data from the warehouse, built the features in pandas and trained an XGBoost model with a time-based split. I then packaged it as a FastAPI service.\n',
      errors: [
        {
          text: 'I then packaged it as a FastAPI service.',
          messageId: 'noResult',
          message:
            'This walk-through never says what came of the work. Close it with the result and its number: a % or $ figure, time saved, latency, users reached, or before → after.',
        },
      ],
    },
    {
      code: star('The analysts were much happier and the model worked well.'),
      errors: [{ text: '**Result:**', messageId: 'resultSection', message: SECTION('Result') }],
    },
    // The closing reflection goes on past its first sentence; the outcome owed sits before it.
    {
      code: '## Tell me about a time you solved a problem in a project\n\nDuring my internship I built an anomaly detector on an LSTM for building systems. Long gaps in the data were a problem for it. I read up on how recurrent networks handle gaps. I talked it over with my mentor and added four periodic features from the trend logs. After that, false alarms after gaps dropped sharply.\n\nFrom this I learned that good results come from knowing the data. I should not focus only on the algorithm.\n',
      errors: [{ text: 'After that, false alarms after gaps dropped sharply.', messageId: 'closingOutcome' }],
    },
    // How long the work took is not what it changed.
    {
      code: star('It took me two months from scratch, and I am proud of it.'),
      errors: [
        {
          text: '**Result:**',
          messageId: 'resultTimeOnly',
          message:
            'The Result section only says how long the work took. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.',
        },
      ],
    },
    { code: star('We spent three weeks on it and the team liked the result.'), errors: [{ text: '**Result:**', messageId: 'resultTimeOnly' }] },
    // Figures that count the work or state a finding measure no change.
    {
      code: star('I handled all 3 tasks myself, and the client was happy with the quality.'),
      errors: [
        {
          text: '**Result:**',
          messageId: 'resultNoMeasure',
          message:
            'The Result section has figures, but none measures what changed: they size the work, the setting or a finding. Say what changed and by how much: a % or $ figure, time saved, latency in ms, users or clients reached, or before → after.',
        },
      ],
    },
    {
      code: star('It turned out churn was falling overall, but one channel churned at a 15% higher rate. That led to targeted campaigns.'),
      errors: [{ text: '**Result:**', messageId: 'resultNoMeasure' }],
    },
    // A label that carries its own article.
    {
      code: '## Tell me about a time you fixed a leak?\n\nThe model scored 92% offline and 68% live, so I rebuilt the split by month.\n\n**The result:** the team trusted it again.\n',
      errors: [{ text: '**The result:**', message: SECTION('result') }],
    },
    // Numbers in the Situation do not quantify the result.
    { code: star('The review queue became manageable.', 'The queue held 12,000 alerts a week, 3% of all transactions.'), errors: [{ text: '**Result:**' }] },
    // Numbers in code or comments are not spoken.
    { code: star('It got much faster, see `p95 320 -> 45 ms`. <!-- 86% precision -->'), errors: [{ text: '**Result:**' }] },
    // Names with digits and years are not metrics.
    { code: star('We moved to GPT-4 embeddings in Q3 2024; phase 2 is planned.'), errors: [{ text: '**Result:**' }] },
    { code: star('Reporting went from manual to automated.'), errors: [{ text: '**Result:**' }] },
    {
      code: '## Tell me about a time you fixed a leak?\n\n## Context\n\nThe model scored 92% offline and 68% live.\n\n## Approach\n\nI rebuilt the split by month.\n\n## Impact\n\nProduction accuracy recovered and the team trusted it again.\n\n## Learning\n\nI now check every feature; it saved me 3 weeks later.\n',
      errors: [{ text: '## Impact', message: SECTION('Impact') }],
    },
    {
      code: '## Tell me about a time you sped up a job?\n\nS - The nightly job was slow.\nA - I moved the joins into Spark.\nR - It is much faster now and nobody waits.\n',
      errors: [{ text: 'R -', message: SECTION('Result') }],
    },
    {
      code: '## Walk me through your churn project?\n\nI joined a telecom that was losing a fifth of its customers.\nI pulled 100K records and built an XGBoost model behind FastAPI.\nThe project was a big success and the business loved it.\n',
      errors: [{ text: 'The project was a big success and the business loved it.', messageId: 'closingOutcome', message: CLOSING }],
    },
    // Figures of the work (how long it took, how many files) do not measure what it changed.
    {
      code: '## Tell me about a mistake you made\n\nI ran the archive clean-up job on the wrong folder. I only noticed after three days. About 3,000 customer files were gone. I rebuilt what I could from the backups. In the end my manager helped me recover the rest.\n',
      errors: [{ text: 'In the end my manager helped me recover the rest.', messageId: 'closingOutcome' }],
    },
    {
      code: '## Tell me about a time you disagreed with your manager?\n\nMy manager wanted to launch on Monday. I proposed a one-week test on a slice of traffic with a stop rule. He agreed to the test. In the end the launch went smoothly and the client was happy.\n',
      errors: [{ text: 'In the end the launch went smoothly and the client was happy.' }],
    },
    // A dashboard or a tool someone built is a story about work: the interviewer waits for its result.
    {
      code: '## Tell me about a dashboard you built that people actually used?\n\nI made a Tableau dashboard for the sales managers that showed the pipeline by region. I wired it to the CRM export and added a filter per rep. The managers said it looked nice, and some of them still use it.\n',
      errors: [{ text: 'The managers said it looked nice, and some of them still use it.' }],
    },
    // "We had six or seven clusters" counts what the team made; it is not the result.
    {
      code: '## Tell me about your most impactful project?\n\nMarketing sent the same emails to everybody. We joined the web, CRM and order data and cleaned it for weeks. We tried K-means, hierarchical clustering and DBSCAN. We had six or seven clusters at the end and gave them names. We built a dashboard in Tableau for the marketing team. Marketing started to use the segments for its campaigns. It was a big success for the team.\n',
      errors: [{ text: 'It was a big success for the team.' }],
    },
    // A figure in a scene-setting opener is not the result.
    {
      code: '## Walk me through your churn project?\n\nThe client was losing 20% of its customers a year. I pulled the data and engineered usage features. I deployed XGBoost behind FastAPI. It was a big success.\n',
      errors: [{ text: 'It was a big success.' }],
    },
    {
      code: '## Tell me about yourself?\n\nI am an AI engineer with 13 years of experience, the last six on LLM systems. At my last company I built an agentic analytics platform. Now I want to own system design.\n',
      errors: [{ text: 'At my last company I built an agentic analytics platform.', messageId: 'pitch', message: PITCH }],
    },
    // A motivation answer owes no flagship number, but a result it claims for its own work still owes one.
    {
      code: "I'm excited about this role because I love working on language problems. In my career assistant project I implemented TF-IDF features and a logistic regression, which improved user engagement significantly.\n",
      errors: [{ text: 'which improved user engagement significantly.', messageId: 'closingOutcome' }],
    },
    // Told with no question, a pitch that says who the candidate is is an introduction.
    {
      code: "I'm a data analyst with four years of experience in retail. At my last company I built the weekly demand dashboard for the store managers. Now I'm looking for a role where I own forecasting end to end.\n",
      errors: [{ text: 'At my last company I built the weekly demand dashboard for the store managers.', messageId: 'pitch' }],
    },
    // Career counts are not an achievement.
    {
      code: '---\ntype: pitch\n---\n\nHi, I am an ML engineer. I have worked on search at two e-commerce companies, mostly on modelling. I want to own models in production.\n',
      errors: [{ text: 'I have worked on search at two e-commerce companies, mostly on modelling.', messageId: 'pitch' }],
    },
    // A weakness answer that claims it got better owes the evidence.
    {
      code: '## What is your biggest weakness?\n\nI spend too long tuning models. My manager told me to timebox things, so now I try to do that. It has gotten a lot better and my team is happier with my speed.\n',
      errors: [{ text: 'It has gotten a lot better and my team is happier with my speed.', messageId: 'closingOutcome' }],
    },
    // "I tuned it and it got better": the state it reached is the first outcome, and has no figure either.
    {
      code: '## Walk me through your churn project?\n\nAt my last job I built a model to predict cancellations. I pulled 100K records and engineered usage features. I tuned it with grid search and the final model got better. My manager was really impressed.\n',
      errors: [{ text: 'I tuned it with grid search and the final model got better.' }],
    },
    // "It worked really well", "a big improvement": outcomes, with no number.
    {
      code: '## Have you used Kubeflow Pipelines in production?\n\nYes, at my last company we set up the whole MLOps stack on Kubernetes and we built pipelines for training and deployment. We had a lot of models running and it worked really well.\n',
      errors: [{ text: 'We had a lot of models running and it worked really well.' }],
    },
    // An opener about the company's layoffs is context, not the candidate's headline result.
    {
      code: '## Why did you leave your last role?\n\nI was laid off in January 2024, when the company closed its Berlin office and cut about 30% of engineering. In my last year I rebuilt the replenishment forecast and replaced the per-store ARIMA models with one LightGBM model. The new forecast was a big improvement, and the planners were much happier with it.\n',
      errors: [{ text: 'The new forecast was a big improvement, and the planners were much happier with it.' }],
    },
    // An outcome and a lesson in one sentence: the outcome still owes its number.
    {
      code: '## Tell me about a strategy you developed?\n\nI built revision-momentum features and trained a boosting model. I ran a walk-forward backtest and presented it to the portfolio manager. Overall it did better than the old model and the PM was happy with it, and I learned a lot about vendor data.\n',
      errors: [{ text: 'Overall it did better than the old model and the PM was happy with it, and I learned a lot about vendor data.' }],
    },
    // Adoption is an outcome: "the marketing team uses it" (by how much?).
    {
      code: '## Tell me about a data pipeline you built?\n\nSo I built our first Airflow pipeline; it loads the marketing spend into Postgres every morning. I just followed the docs for the DAG and I wrote the retries myself. It runs every day now and the marketing team uses it for their reports.\n',
      errors: [{ text: 'It runs every day now and the marketing team uses it for their reports.' }],
    },
    // minWords is an option.
    { code: star('It worked.'), options: { minWords: 5 }, errors: [{ text: '**Result:**' }] },
  ],
});
