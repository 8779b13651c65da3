import { ruleTester } from '../../helpers/ruleTester.js';

const msg = (we: string): string =>
  `The work here is all "${we}", with nothing you did yourself. Say whose work it was: "I was responsible for X, while my colleague did Y", and what you built, chose or led.`;

const q = (body: string): string => `## Walk me through your fraud project?\n\n${body}\n`;

ruleTester('vague-we', {
  valid: [
    // Drafts typed in lower case: "i wrote" is the candidate's own step.
    q('we shipped the feature store in 3 weeks. i wrote the feast definitions and the backfill jobs in spark.'),
    // "We" next to a clear "I did X".
    q('I rewrote the feature pipeline and chose a cost-sensitive loss; we then tuned the thresholds together with the fraud team.'),
    q('I was responsible for feature engineering and model training, while my colleague built the API. We shipped in six weeks.'),
    q('We built the fraud model as a team of three. My part was the feature store and the drift alerts.'),
    q('The team asked me to lead the rebuild. We moved the rules into a model and cut false declines by 30%.'),
    q('I carefully rebuilt the features. We then deployed the model behind the rules.'),
    // One "we" clause next to a weak "I" is not a hidden role (the tutorial is red-flag's finding).
    q('I just followed a tutorial for transfer learning and swapped in our images. It got to 94% accuracy, so we used it on the line.'),
    q('I read one paper a week with two colleagues, and last quarter we reproduced a retrieval paper on our own data.'),
    q('The launch slipped by six weeks because the vendor labels were inconsistent, and we only found out at the evaluation stage.'),
    q('So we had this leaky model. I dig into the logs, I find the leak, and we rebuilt the split together.'),
    q('I was the one who proposed the model. We deployed it behind the rules as a second opinion.'),
    q("We shipped a new model last year. I've designed the features and I personally wrote the evaluation harness."),
    // "We" as a state, not as work.
    q('We had two weeks and we were a team of four. I trained the model and wrote the rollout plan.'),
    q('We needed a model that the risk team could explain, and we wanted it live before the audit.'),
    // Generic "we" of a definition or of advice.
    '## Explain how attention works\n\nEach token gets a query, a key and a value. We take the dot product of each query with every key and apply a softmax.\n',
    '## How do you approach a new modelling problem?\n\nFirst we need to understand the decision the model supports. Then we build the simplest baseline we can defend and only add complexity when the data asks for it.\n',
    // Subjectless action bullets under "How I fixed it" narrate the candidate's own steps.
    '## Tell me about a time you failed?\n\n**Situation:** We shipped a leaky churn model.\n\n**How I fixed it:**\n\n- Rebuilt the split by month\n- Removed the leaky features\n\n**Result:** Accuracy held at 89%.\n',
    // Judged in the Action when there is one: "we" in the Situation or Result is context.
    '## Tell me about a time you reduced churn?\n\n**Situation:** We launched a subscription app and we lost 8% of users a month.\n\n**Action:** I built a survival model on the first 30 days of usage.\n\n**Result:** We cut churn to 6.3%.\n',
    // Learnings are not the work.
    '## Tell me about a time you reduced churn?\n\n**Action:** I built a survival model on the first 30 days.\n\n**Learning:** We learned that timing beats accuracy.\n',
    // Short drafts and preambles are skipped.
    q('We built it.'),
    '# Team stories\n\nWe built a lot of models together and we shipped them all.\n\n## Tell me about yourself?\n\nI build ML systems and I led the churn platform.\n',
  ],
  invalid: [
    {
      code: '## Tell me about a time you improved a model?\n\n**Situation:** Our fraud model flagged 3% of transactions.\n\n**Action:** We retrained the model with a cost-sensitive loss and we tuned the thresholds with the fraud team.\n\n**Result:** False positives fell by 40%.\n',
      errors: [
        { text: 'We retrained the model with a cost-sensitive loss and we tuned the thresholds with the fraud team.', messageId: 'vague', message: msg('we') },
      ],
    },
    {
      code: q('Our team pulled 100K records from the warehouse. We built an XGBoost model and deployed it behind FastAPI. I was involved in the modelling.'),
      errors: [{ text: 'Our team pulled 100K records from the warehouse.', message: msg('our team') }],
    },
    // A walk-through of one's own system told in the present is the team's work too.
    {
      code: '## Walk me through your RAG architecture end to end?\n\nOur system has three stages. We ingest the documents with semantic chunking and a BM25 index. When a query comes in, we run a hybrid search and rerank the results with a cross-encoder.\n',
      errors: [{ text: 'We ingest the documents with semantic chunking and a BM25 index.', message: msg('we') }],
    },
    // A hedge between "I" and the verb does not make "I helped" concrete.
    {
      code: '## Tell me about a time you built a model under a deadline?\n\n**Situation:** The client wanted a pricing model before its sale.\n\n**Action:** We used the sales mart and we trained a random forest. I kind of helped with the tuning, and we handed it over.\n\n**Result:** It went live in May.\n',
      errors: [{ text: 'We used the sales mart and we trained a random forest.' }],
    },
    // A spoken run-on holds several "we" clauses, fillers and all: one "I just followed a tutorial" does not settle it.
    {
      code: q(
        'Um, so yeah this was at my last company, we kind of wanted to predict churn and, um, I basically just followed a tutorial for the XGBoost part, like, the one on Medium, and we got the data from the warehouse, and then we, uh, trained it and it kind of worked, and the business was happy with it',
      ),
      errors: [
        {
          text: 'Um, so yeah this was at my last company, we kind of wanted to predict churn and, um, I basically just followed a tutorial for the XGBoost part, like, the one on Medium, and we got the data from the warehouse, and then we, uh, trained it and it kind of worked, and the business was happy with it',
        },
      ],
    },
    // A reflection is not the work: "the main thing I took from it" is no "I did".
    {
      code: q(
        'So we started by getting the data, and we spent a lot of time cleaning it. I was part of the team that did the cleaning. Then we tried a bunch of models and we went with XGBoost. Um, I guess the main thing I took from it is that teamwork is important.',
      ),
      errors: [{ text: 'So we started by getting the data, and we spent a lot of time cleaning it.' }],
    },
    // "I helped", "I was part of", "I think" are not concrete actions.
    {
      code: q(
        'I was part of the team that built the fraud system. We collected six months of chargebacks and trained a boosted model. I helped with the features. I think it went well.',
      ),
      errors: [{ text: 'We collected six months of chargebacks and trained a boosted model.' }],
    },
    // "My team and I" is still the team.
    {
      code: q('My team and I built a lead-scoring model. We cleaned the CRM stages and trained a classifier. Conversion rose from 11% to 19%.'),
      errors: [{ text: 'My team and I built a lead-scoring model.', message: msg('my team') }],
    },
    {
      code: q('The team decided to start with collaborative filtering. We were able to ship it in four weeks and it raised orders by 6%.'),
      errors: [{ text: 'The team decided to start with collaborative filtering.', message: msg('the team') }],
    },
    // An "I" outside the Action does not rescue an all-"we" Action.
    {
      code: '## Tell me about a pipeline you improved?\n\n**Situation:** I joined when the ETL failed twice a week.\n\n**Action:** We moved from cron to Airflow. The team rewrote the jobs as DAGs and we added retries.\n\n**Result:** Failures went from two a week to one a month.\n',
      errors: [{ text: 'We moved from cron to Airflow.' }],
    },
    {
      code: q('We carefully designed the fraud system and we thoroughly backtested it over a year of data.'),
      errors: [{ text: 'We carefully designed the fraud system and we thoroughly backtested it over a year of data.' }],
    },
    // Following a tutorial is not a decision of one's own.
    {
      code: '## Tell me about a time a model failed?\n\n**Situation:** We had a churn model that scored 92% offline.\n\n**Action:** We looked at the data and we retrained it with a time split. I just followed a tutorial on time-series validation, and we used all the features again.\n',
      errors: [{ text: 'We looked at the data and we retrained it with a time split.' }],
    },
    // Present-tense storytelling counts where a story is expected.
    {
      code: '## Tell me about a time you fixed a model?\n\nSo basically the sales model gave wrong predictions after the price change. Me and my colleague, we retrain it with the new data and we add the price as a feature.\n',
      errors: [{ text: 'Me and my colleague, we retrain it with the new data and we add the price as a feature.' }],
    },
    {
      code: q("We've rebuilt the fraud model twice and we've shipped both versions behind the rules engine."),
      errors: [{ text: "We've rebuilt the fraud model twice and we've shipped both versions behind the rules engine.", message: msg('we') }],
    },
  ],
});
