/** Strong and weak answers per shipped rubric (written for these tests), scored against that rubric. */
export interface RubricCase {
  rubric: string;
  question: string;
  strong: string;
  weak: string;
}

export const CASES: RubricCase[] = [
  {
    rubric: 'tech-bias-variance',
    question: 'What is the bias-variance trade-off?',
    strong:
      'The expected test error decomposes into bias squared, variance and irreducible noise. High bias means the model underfits: both training error and test error stay high. High variance means it overfits: training error is low while test error is high. The irreducible error is a floor set by noise in the labels. As model complexity increases, bias falls and variance rises, so I pick the complexity where the validation error bottoms out using k-fold cross-validation and learning curves. L1 sets weak weights to exactly zero, while L2 shrinks all of them.',
    weak: 'Bias and variance are two kinds of error. You want a good balance between them, and regularization usually helps with that.',
  },
  {
    rubric: 'tech-attention',
    question: 'Explain self-attention.',
    strong:
      'Every token is projected into a query, a key and a value. The dot product of one query with all keys gives scores, which are divided by the square root of d_k, because the dot products grow with the dimension and would saturate the softmax, leaving vanishing gradients. The softmax turns the scores into weights, and the output is the weighted sum of the values. Multi-head attention runs several heads in parallel, each with its own projections, so one head can track syntax while another resolves co-reference, for example which noun a pronoun refers to.',
    weak: 'Attention helps the model focus on the important words in a sentence, which is why transformers are so good.',
  },
  {
    rubric: 'tech-transformer-ffn',
    question: 'What is the role of the feed-forward network in a transformer?',
    strong:
      'Each block has a position-wise feed-forward network after attention: the same two linear layers with a GELU between them, applied to every token on its own, expanding to four times the model dimension and projecting back. Attention mixes tokens as a weighted sum, which is linear in the values, so the FFN supplies the non-linearity and the capacity to store associations. The probabilities are not produced there: a softmax over the vocabulary runs once, in the output head after the final block.',
    weak: 'The FFN produces the probabilities for the next token with a softmax activation at the end of every block.',
  },
  {
    rubric: 'tech-bootstrap-oob',
    question: 'How do random forests use bootstrap sampling?',
    strong:
      'Each tree trains on a bootstrap sample drawn with replacement, the same size as the data, so it sees about 63% of the distinct rows. The roughly 37% it never sees are its out-of-bag rows; predicting them with the trees that skipped them estimates the generalization error without a separate validation set. At every split a random subset of features is considered, which decorrelates the trees so averaging reduces the variance, and the forest reports feature importance from the mean decrease in impurity.',
    weak: 'Each tree gets a bootstrap sample, which means a random sample drawn without replacement, and then the trees vote.',
  },
  {
    rubric: 'tech-rag-vs-finetuning',
    question: 'When would you use RAG instead of fine-tuning?',
    strong:
      'Retrieval fits when the documents change frequently, when every answer needs citations, and when the data is too sensitive to send to a training job. Fine-tuning fits when I need a consistent output format and have stable, high-quality examples. Fine-tuning changes behavior, not knowledge, so the model can still hallucinate facts. Retrieval adds latency on every request, while fine-tuning is a one-time training cost. I have combined them: I fine-tuned a model for valid JSON output and used retrieval for the product catalogue.',
    weak: 'It depends on the use case. Fine-tuning adds new knowledge to the model, so it is the better choice when you have a lot of data.',
  },
  {
    rubric: 'elevator-pitch',
    question: 'Tell me about yourself.',
    strong:
      "I'm a data scientist with seven years in pricing, focused on turning experiments into revenue decisions. At an online marketplace I led the dynamic pricing model for 30,000 sellers; it lifted gross margin by 3.2 points, about $9M a year. Before that I built the experimentation platform the pricing team still runs. I'm looking for a role where I own pricing strategy end to end, which is why your marketplace team is the one I want to join.",
    weak: 'I have worked at a few companies on different things. I like data and I am interested in machine learning.',
  },
  {
    rubric: 'honesty-floor',
    question: 'Have you used Spark at scale?',
    strong:
      "I haven't run Spark on a cluster at terabyte scale; my largest jobs were 200 GB on a single large machine with Polars. What I have built are partitioned batch pipelines with the same patterns, so partitioning, avoiding shuffles and profiling carry over. In the first two weeks I would pair with whoever owns your heaviest Spark job and review my first change with them before it ships.",
    weak: "Yes, I'm pretty familiar with Spark, I have used it a bit. I can learn anything quickly.",
  },
  {
    rubric: 'project-end-to-end',
    question: 'Walk me through a project you owned end to end.',
    strong:
      'The business was losing $3M a year to fraudulent refunds. I framed the target as whether a refund request would be charged back within 60 days, because that was the label finance trusted. I pulled two years of refund records from the warehouse with SQL and engineered features such as the gap between delivery scan and refund request. I compared a logistic regression baseline with LightGBM and chose LightGBM because it doubled precision at the same recall. I evaluated with precision, recall and calibration on a time-based holdout, and set the threshold from the cost of a manual review. It is served as an API behind the refund flow with drift monitoring and alerts, and after launch I was surprised that most losses came from a handful of accounts.',
    weak: 'We built a fraud model. We got the data from Kaggle, used all the features, and the accuracy was really good.',
  },
  {
    rubric: 'delivery',
    question: 'Tell me about a time you improved a process.',
    strong:
      '**Situation:** Our weekly sales forecast for 120 stores took two analysts a full day to assemble from Excel spreadsheets.\n\n**Task:** I owned the forecasting process and had to cut that time before peak season.\n\n**Action:** I mapped every manual step with the analysts and found that 70% of the day went on copying store exports. I chose to rebuild it as a scheduled Airflow pipeline with tested SQL models in dbt, rather than a faster spreadsheet macro, because the finance team needed an audit trail. I wrote data checks for missing store files, so a late export stops the run instead of skewing the forecast; my colleague moved the Tableau dashboards onto the new tables. I ran the old and new process side by side for three weeks with the planners, and we kept a list of every number that differed until the two matched to the unit. The finance lead signed off on the new numbers before peak season, and the analysts moved their Monday review to the dashboard. I handed the runbook to the data platform team, who now own the scheduler, and I still review the checks each quarter with the planners.\n\n**Result:** Preparation time fell from 8 hours to 20 minutes, which saved about 300 analyst hours a year.\n\n**Learning:** I learned to automate the boring parts first.',
    weak: '**Situation:** We had a slow process.\n\n**Action:** We kind of automated some of it, I think.',
  },
  {
    rubric: 'time-series-forecasting',
    question: 'How do you forecast demand?',
    strong:
      'Sales at store level are seasonal and non-stationary, with gaps from stock-outs, so I compared seasonal naive, ARIMA and LightGBM with rolling-origin backtests, because the error changes across seasons. LightGBM won, and I kept seasonal naive as a fallback for stores with short histories. Holidays and promotions cause sudden shifts, so changepoint detection runs on the residuals. A dashboard tracks MAE per region, alerts on drift past the error budget, and retraining is triggered when accuracy degrades.',
    weak: 'I use ARIMA because it is the standard model. It is usually pretty accurate.',
  },
  {
    rubric: 'data-modeling-analysis',
    question: 'How do you manage schema changes?',
    strong:
      'Every schema is versioned in a registry, and a change must stay backward compatible: we add fields, deprecate old ones over a transition period and keep both versions readable. Migrations run as backfills, and downstream owners are notified through a changelog. On top of that I set up governance with automated schema diffs in CI and lineage tracking, so schema drift between services is caught before it ships.',
    weak: 'The schema is defined at the start and we keep it as it is.',
  },
  {
    rubric: 'python-data-libraries',
    question: 'Tell me about a Python library you designed.',
    strong:
      'I wrote an internal library that abstracts our feature preprocessing workflow, with a typed config as input and a Parquet dataset as output, so teams reuse it instead of writing raw pandas. It processes data lazily in chunks with Polars, trading a little speed for memory, and it was 3x faster with 40% less memory on our 50M-row tables, measured with memray and py-spy; below a million rows the gain does not hold. Inputs are checked with a schema validator at the boundary, malformed rows go to a quarantine table, and every job has a timeout and logging.',
    weak: 'I wrote some helper functions to load and save data. We handle errors.',
  },
  {
    rubric: 'database-data-pipelines',
    question: 'How do you make a pipeline resilient?',
    strong:
      'Writes are idempotent, using upserts keyed on the event id, and retries use exponential backoff with a maximum of five attempts. Records that still fail go to a dead-letter queue, and we monitor error rates with alerts on bursts. For consistency between services we use change data capture with conflict detection, resolved by last-write-wins, and an audit log of every change.',
    weak: 'We just send it and hope it works, and we retry if it fails.',
  },
  {
    rubric: 'business-insight-communication',
    question: 'Tell me about an insight that changed a product decision.',
    strong:
      'We were losing 15% of new customers in their first month. My hypothesis was that onboarding friction drove it: if we cut the setup steps by half, churn would fall. I defined the KPI as 30-day retention with support tickets as a guardrail, and ran an A/B test on 2,000 users, segmented by plan so that enterprise accounts were not hurt. I compared two options, a guided setup against a shorter form, on cost and expected lift, and recommended the guided setup with a phased rollout, monitoring and a revert switch in case support load spiked.',
    weak: 'I told the product team we should improve performance and make things better.',
  },
];
