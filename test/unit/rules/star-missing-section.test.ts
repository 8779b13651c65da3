import { ruleTester } from '../../helpers/ruleTester.js';

const msg = (part: string, hint: string): string => `This STAR answer has no ${part}: add ${hint}.`;
const NO_SITUATION = msg('Situation', 'the context in 15-20 seconds: company, problem, why it mattered');
const NO_TASK = msg('Task', 'your responsibility in 10-15 seconds: the goal, the metric, the constraints');
const NO_ACTION = msg('Action', 'what you did, step by step, in 60-90 seconds: the most important part');

ruleTester('star-missing-section', {
  valid: [
    '**Situation:** The job took 6 hours.\n\n**Task:** I had to get it under one.\n\n**Action:** I moved it to Spark.\n\n**Result:** 40 minutes.\n',
    // Synonyms and combined labels.
    // "Conflict" and SOAR's "Obstacle" frame the story by its problem: the task (resolve it) goes without saying.
    '**Setup:** I led the pricing analysis for a subscription app.\n\n**Conflict:** The PM wanted to call the test after four days.\n\n**Action:** I showed her the lift fading in our last two tests.\n\n**Result:** We ran three weeks; revenue per visitor rose 3.4%.\n',
    '**SITUATION:** Our ETA model was off by 9 minutes.\n\n**OBSTACLE:** The traffic feed arrived late.\n\n**ACTION:** I added a nowcast from courier pings.\n\n**RESULT:** Error fell to 4 minutes.\n',
    '**Context:** The job took 6 hours.\n\n**Challenge:** Get it under one.\n\n**Approach:** I moved it to Spark.\n\n**Outcome:** 40 minutes.\n',
    '**Situation / Task:** The job took 6 hours and I had to fix it.\n\n**What I did:** I moved it to Spark.\n\n**Impact:** 40 minutes.\n',
    'S - The job took 6 hours. T - I owned the fix. A - I moved it to Spark. R - It takes 40 minutes.\n',
    // A Situation that states the assignment folds the Task into it.
    '**Situation:** The job took 6 hours and I was asked to fix it before the audit.\n\n**Action:** I moved it to Spark.\n\n**Result:** 40 minutes.\n',
    '**Background:** The forecast was stale and I had two weeks to rebuild it.\n\n**Approach:** I moved it to LightGBM.\n\n**Result:** Error fell 12%.\n',
    // A story framed by its problem implies the task (seed-style failure and conflict answers).
    '> **The mistake:** I split the data at random.\n>\n> **How I fixed it:** I split by month.\n>\n> **The result:** 89% in production.\n',
    '**The conflict:** Marketing wanted three tiers.\n\n**How I approached it:** I rolled up my clusters.\n\n**The result:** Open rates rose 28%.\n',
    // An unlabelled opening of some length is the Situation; with "I was asked to" it is the Task too.
    'I joined a retailer whose forecasting pipeline broke every week, and I was asked to rebuild it before the peak.\n\n**Action:** I rewrote it in dbt with tests.\n\n**Result:** No failures in 10 weeks.\n',
    // Not STAR-shaped: one label only, or none.
    '**Result:** Spend fell 38% after I moved the jobs to spot nodes.\n',
    'The job took 6 hours, so I moved it to Spark; it now takes 40 minutes.\n',
    // STAR front matter with no labels: nothing to place a part against.
    '---\nformat: STAR\n---\n\nThe job took 6 hours, so I moved it to Spark.\n',
  ],
  invalid: [
    {
      code: '**Situation:** The nightly job took 6 hours.\n\n**Result:** It now runs in 20 minutes.\n',
      errors: [
        { text: '**Result:**', messageId: 'missing', message: NO_TASK },
        { text: '**Result:**', messageId: 'missing', message: NO_ACTION },
      ],
    },
    {
      code: '**Task:** I had to lift recall.\n\n**Action:** I added SMOTE.\n\n**Result:** F1 went from 0.72 to 0.89.\n',
      errors: [{ text: '**Task:**', message: NO_SITUATION }],
    },
    {
      code: '## Situation\n\nThe nightly job took 6 hours.\n\n## Action\n\nI moved it to Spark.\n\n## Result\n\n40 minutes.\n',
      errors: [{ text: '## Action', message: NO_TASK }],
    },
    { code: 'S - The job was slow. A - I moved it to Spark. R - It takes 40 minutes.\n', errors: [{ text: 'A -', message: NO_TASK }] },
    // A short greeting before the labels is not a Situation.
    {
      code: 'Sure, happy to.\n\n**Action:** I moved the job to Spark.\n\n**Result:** It takes 40 minutes.\n',
      errors: [
        { text: '**Action:**', message: NO_SITUATION },
        { text: '**Action:**', message: NO_TASK },
      ],
    },
    // Missing Action with a trailing Learning: the finding goes where the Action belongs.
    {
      code: '**Situation:** The job took 6 hours and I had to fix it.\n\n**Result:** 40 minutes.\n\n**Learning:** Profile first.\n',
      errors: [{ text: '**Result:**', message: NO_ACTION }],
    },
  ],
});
