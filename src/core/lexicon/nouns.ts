/**
 * Nouns the claim model reads: what a number counts, what a sentence names, and the stock
 * phrases that say nothing about the candidate.
 */

/** Units of time; a number of them is a duration, a deadline or time saved, by its clause. */
export const TIME_UNITS = ['millisecond', 'ms', 'second', 'sec', 'minute', 'min', 'hour', 'hr', 'day', 'week', 'month', 'quarter', 'year', 'yr', 'sprint'];

/** Number words a count or a multiple is said in: "three clients", "twenty minutes". */
export const NUMBER_WORDS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
];

/** Words after which a number is an identifier, not a quantity: "phase 2", "tier 1", "Python 3", "GPT 4". */
export const NUMBERED_LABELS = [
  'phase', 'step', 'stage', 'version', 'tier', 'level', 'round', 'part', 'layer', 'chapter', 'figure', 'fig', 'section', 'item', 'option',
  'slide', 'page', 'sprint', 'week', 'day', 'q', 'no', 'number', 'python', 'java', 'spark', 'windows', 'ios', 'android', 'llama', 'gpt',
  'claude', 'gemini', 'series', 'class', 'grade',
];

/** Words that may stand between a figure and "accuracy": "92% test accuracy", "0.9 top-1 accuracy". */
export const ACCURACY_QUALIFIERS = [
  'test', 'testing', 'validation', 'val', 'holdout', 'overall', 'top-1', 'top-5', 'offline', 'online', 'production',
  'classification', 'model', 'balanced', 'training', 'train', 'cross-validated', 'cv', 'mean', 'average',
];

/** What a count counts when it measures reach or scale ("12 clients", "10M rows"). */
export const COUNTED_NOUNS = [
  'user', 'customer', 'client', 'account', 'row', 'record', 'event', 'request', 'prediction', 'transaction', 'query', 'queries', 'ticket',
  'call', 'document', 'model', 'team', 'analyst', 'engineer', 'store', 'product', 'sku', 'feature', 'pipeline', 'job', 'dashboard',
  'report', 'session', 'order', 'item', 'merchant', 'patient', 'site', 'market', 'country', 'countries', 'service', 'table', 'gpu', 'node',
  'people', 'person', 'hire', 'incident', 'alert', 'experiment', 'test', 'release', 'file', 'source', 'cluster', 'segment', 'member',
  'stakeholder', 'counterpart', 'colleague', 'teammate', 'developer', 'scientist', 'line', 'column', 'image', 'label', 'sample',
];

/**
 * Units of one's own workload: "kept all 3 tasks moving and delivered them on time" counts the
 * work, not what it changed, even in an outcome clause.
 */
export const WORKLOAD_NOUNS = ['task', 'project', 'deliverable', 'assignment', 'workstream', 'priority', 'priorities', 'sprint'];

/**
 * What money gained is called: "a net benefit of $24,000", "$300K in annual savings". A sum
 * named so is what the work brought in, not the size of a budget. Revenue alone is often the
 * size of a client, so only revenue that was added counts.
 */
export const GAIN_NOUNS = [
  'savings', 'saving', 'net benefit', 'benefit', 'profit', 'profits', 'uplift', 'return', 'roi',
  'additional revenue', 'incremental revenue', 'extra revenue', 'new revenue',
];

/** Nouns of a measure that can move: a figure beside one of them is a level or a change. */
export const MEASURE_NOUNS = [
  'accuracy', 'precision', 'recall', 'auc', 'f1', 'rmse', 'mae', 'mape', 'error', 'latency', 'throughput', 'revenue', 'cost', 'costs',
  'churn', 'retention', 'conversion', 'engagement', 'uptime', 'downtime', 'margin', 'profit', 'sales', 'spend', 'time', 'runtime',
  'rate', 'ratio', 'share', 'score', 'nps', 'csat', 'ctr', 'lift', 'uplift', 'roi', 'savings', 'losses', 'fraud', 'false positives',
  'false negatives', 'tickets', 'complaints', 'volume', 'coverage', 'adoption', 'usage', 'forecast error', 'bias', 'waste', 'stockouts',
];

/** Words of setting a deadline: a duration beside them is the time allowed, not time saved. */
export const DEADLINE_CUES = [
  'deadline', 'due', 'had', 'within', 'only', 'gave us', 'gave me', 'in just', 'timeline', 'timeframe', 'time frame', 'window',
  'left',
];

/** Words of a repeating schedule: "every two weeks" is a cadence, not a result. */
export const CADENCE_CUES = ['every', 'each', 'per', 'a', 'twice a', 'once a'];

/**
 * Stock phrases a coach strikes as generic: they could be said by anyone about anything, so
 * they are not evidence of what the candidate did or knows.
 */
/** What is raised or flagged to people, not raised as a measure: "I raised the data problems early". */
export const CONCERN_NOUNS = ['concern', 'issue', 'problem', 'question', 'alarm', 'objection', 'blocker', 'red flag'];

/**
 * What one has to offer, said of oneself: "my analytical and critical thinking skills", "my
 * people skills". With up to four words before the noun it is a stock phrase (claims/read.ts).
 */
export const OWN_SKILL_NOUNS = ['skills', 'skill set', 'skillset', 'abilities', 'strengths'];

export const GENERIC_PHRASES = [
  'actionable insights', 'data-driven decisions', 'data driven decisions', 'team player', 'fast learner', 'quick learner', 'hard worker',
  'hard-working', 'hardworking', 'detail-oriented', 'detail oriented', 'results-driven', 'results driven', 'self-starter', 'go-getter',
  'passionate about', 'passion for', 'think outside the box', 'outside the box', 'go above and beyond', 'above and beyond', 'wear many hats',
  'add value', 'adding value', 'make an impact', 'making an impact', 'drive impact', 'used my skills', 'use my skills', 'leverage my skills',
  'leveraged my skills', 'my skills', 'organized the workload', 'organised the workload', 'innovative solutions', 'innovative yet practical',
  'best practices', 'synergy', 'synergies', 'win-win', 'best of my ability', 'people person', 'perfectionist', 'problem solver',
  'problem-solver', 'problem solving skills', 'problem-solving skills', 'communication skills', 'strong communicator', 'excellent communication',
  'love working with data', 'love data', 'turning data into', 'complex data into', 'tell stories with data', 'storytelling with data',
  'grow and learn', 'learn and grow', 'growth mindset', 'continuous learning', 'exciting opportunity', 'great opportunity', 'dynamic environment',
  'fast-paced environment', 'fast paced environment', 'cutting-edge', 'cutting edge', 'state of the art', 'state-of-the-art', 'leverage data',
  'various tools', 'various projects', 'various stakeholders', 'different stakeholders', 'many projects', 'a lot of projects', 'lots of experience',
  'a lot of experience', 'extensive experience', 'vast experience', 'wealth of experience', 'strong background', 'solid background',
  'wide range of', 'variety of', 'everything went well', 'it went well',
  'worked hard', 'did my best', 'gave it my all', 'stay positive', 'stayed positive', 'stayed calm', 'keep calm', 'kept calm', 'handled it',
  'dealt with it', 'figured it out', 'made it work', 'got it done', 'get things done', 'getting things done', 'open communication',
  'communicated effectively', 'communicate effectively', 'worked together', 'work together', 'collaborated closely', 'teamwork',
];

/**
 * Named things a claim can point at. Capitalised words are found by shape; these are the
 * lower-case names candidates type ("pandas", "xgboost", "sql") and common kinds of data.
 */
export const THING_WORDS = [
  'python', 'sql', 'pandas', 'numpy', 'polars', 'spark', 'pyspark', 'scikit-learn', 'sklearn', 'xgboost', 'lightgbm', 'catboost', 'pytorch',
  'tensorflow', 'keras', 'airflow', 'dbt', 'kafka', 'flink', 'docker', 'kubernetes', 'terraform', 'mlflow', 'sagemaker', 'snowflake',
  'bigquery', 'redshift', 'postgres', 'postgresql', 'mysql', 'mongodb', 'redis', 'tableau', 'looker', 'excel', 'prophet', 'arima', 'sarima',
  'lstm', 'transformer', 'bert', 'llm', 'rag', 'embeddings', 'faiss', 'pinecone', 'langchain', 'fastapi', 'flask', 'aws', 'gcp', 'azure',
  'lambda', 's3', 'ec2', 'databricks', 'jupyter', 'git', 'ci/cd', 'grafana', 'prometheus', 'shap', 'optuna', 'statsmodels', 'scipy',
  'r', 'a/b test', 'a/b tests', 'ab test', 'regression', 'random forest', 'gradient boosting', 'logistic regression', 'k-means', 'kmeans',
  'clustering', 'time series', 'feature store', 'data warehouse', 'data lake', 'etl', 'elt', 'dashboard', 'api', 'schema', 'parquet',
  'cohort', 'holdout', 'cross-validation', 'cross validation', 'baseline', 'pr-auc', 'roc', 'auc', 'precision', 'recall', 'threshold',
  'product manager', 'pm', 'cfo', 'ceo', 'cto', 'vp', 'finance team', 'marketing team', 'sales team', 'ops team', 'support team',
  'legal', 'compliance', 'on-call', 'runbook', 'postmortem', 'post-mortem', 'sla', 'slo', 'alerting', 'monitoring', 'drift',
  // The working vocabulary of the field: a claim that names the method, the data or the failure is checkable.
  'regularization', 'regularisation', 'gradient', 'loss function', 'embedding', 'index', 'partition', 'join', 'window function',
  'grain', 'fact table', 'dimension table', 'primary key', 'foreign key', 'null', 'nulls', 'outlier', 'outliers', 'imputation', 'median',
  'variance', 'bias', 'overfitting', 'underfitting', 'cross-entropy', 'softmax', 'attention', 'token', 'tokens', 'chunk', 'chunking',
  'retriever', 'reranker', 'vector', 'p99', 'p95', 'false positive', 'false positives', 'false negative', 'false negatives',
  'confusion matrix', 'calibration', 'sample size', 'power', 'p-value', 'confidence interval', 'control group', 'treatment',
  'leakage', 'data leakage', 'feature importance', 'hyperparameter', 'hyperparameters', 'early stopping', 'dropout', 'batch',
  'streaming', 'micro-batch', 'backfill', 'idempotent', 'deduplication', 'schema evolution', 'data contract', 'lineage', 'sampling',
  'bootstrap', 'bagging', 'boosting', 'decision tree', 'neural network', 'fine-tuning', 'prompt', 'hallucination', 'guardrail',
  'rollback', 'canary', 'shadow mode', 'feature flag', 'retraining', 'labels', 'ground truth', 'holdout set', 'test set', 'validation set',
];

/** Capitalised words that start sentences or fill speech, never names of things. */
export const NOT_NAMES = [
  'i', 'we', 'the', 'a', 'an', 'my', 'our', 'it', 'this', 'that', 'they', 'he', 'she', 'then', 'so', 'and', 'but', 'when', 'after',
  'before', 'at', 'in', 'on', 'for', 'as', 'once', 'one', 'two', 'first', 'second', 'finally', 'also', 'because', 'while', 'if', 'there',
  'what', 'how', 'why', 'yes', 'no', 'well', 'sure', 'honestly', 'basically', 'situation', 'task', 'action', 'result', 'results',
  'outcome', 'impact', 'context', 'challenge', 'approach', 'learning', 'learnings', 'lesson', 'overall', 'today', 'now', 'later',
  'eventually', 'initially', 'during', 'over', 'by', 'with', 'from', 'to', 'of', 'these', 'those', 'each', 'every', 'some', 'most',
  'interviewer', 'q', 'a', 'me', 'you', 'your', 'their', 'his', 'her', 'its', 'monday', 'friday', 'january', 'june', 'december',
  // Letters that stand in for a name: "I might conclude X", "Y is a safe bet".
  'x', 'y', 'z',
  // Whole fields, not things in them: "I'm drawn to AI", "AI algorithms tend to".
  'ai', 'ml', 'nlp', 'ar', 'vr',
];

/**
 * Words that cannot make a head noun a particular thing when they stand before it: articles,
 * pronouns, quantifiers, praise and size words, and the closed classes a verb phrase or a
 * question brings in front of a noun ("understand what users ...", "how well data ...").
 */
export const NOT_MODIFIERS = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'their', 'his', 'her', 'its', 'your', 'some', 'any', 'every', 'each',
  'all', 'more', 'most', 'new', 'good', 'great', 'big', 'bad', 'better', 'best', 'whole', 'same', 'other', 'such', 'and', 'or', 'of',
  'to', 'in', 'on', 'for', 'with', 'from', 'by', 'at', 'as', 'is', 'was', 'were', 'be', 'been', 'it', 'we', 'i', 'they', 'you', 'no',
  'not', 'much', 'many', 'lot', 'kind', 'sort', 'type', 'way', 'real', 'right', 'different', 'various', 'certain', 'next', 'last',
  'first', 'final', 'main', 'key', 'overall', 'while', 'when', 'then', 'so', 'than', 'because', 'into', 'over', 'about', 'took', 'made',
  'got', 'had', 'did', 'used', 'ran', 'built', 'very', 'slow', 'fast', 'quick', 'large', 'small', 'huge', 'simple', 'complex', 'hard',
  'easy', 'important', 'old', 'long', 'short', 'high', 'low', 'entire', 'full', 'current', 'previous', 'existing', 'major', 'minor',
  'basic', 'general', 'common', 'usual', 'typical', 'standard', 'bigger', 'smaller', 'larger', 'proper', 'specific', 'particular',
  'actual', 'initial', 'original', 'later', 'early', 'single', 'multiple', 'several', 'few', 'little', 'own', 'messy', 'clean', 'nice',
  'poor', 'weird', 'interesting', 'dynamic', 'amazing', 'exciting', 'innovative', 'talented', 'strong', 'successful', 'wonderful',
  'awesome', 'fantastic', 'cool', 'fun', 'collaborative', 'diverse', 'global', 'fast-paced', 'growing', 'leading', 'modern', 'robust',
  'scalable', 'efficient', 'effective', 'reliable', 'meaningful', 'impactful', 'valuable', 'business', 'data-driven',
  // Question words, adverbs of degree, conjunctions and auxiliaries.
  'what', 'which', 'who', 'whom', 'whose', 'how', 'where', 'why', 'whether', 'well', 'just', 'also', 'only', 'even', 'still', 'too',
  'really', 'quite', 'both', 'either', 'if', 'though', 'although', 'since', 'until', 'unless', 'can', 'could', 'would', 'should', 'will',
  'may', 'might', 'must', 'do', 'does', 'are', 'am', 'has', 'have', 'being', 'there', 'here',
  // Participles that do not end in -ed: "I've done data analysis", "we've seen data drift".
  'done', 'seen', 'given', 'taken', 'written', 'shown', 'grown', 'chosen',
  // Verbs and prepositions before a head noun: "keep data clean", "pull data", "across teams".
  'keep', 'put', 'build', 'follow', 'set', 'pull', 'cut', 'validate', 'add', 'chose', 'choose', 'analyse', 'analyze', 'make', 'handle',
  'see', 'get', 'stop', 'believe', 'enjoy', 'use', 'run', 'find', 'help', 'take', 'give', 'bring', 'brought', 'spot', 'track', 'check',
  'create', 'improve', 'reduce', 'fix', 'collect', 'combine', 'predicts', 'after', 'across', 'without', 'plus', 'before', 'between',
  'within', 'through', 'always', 'never', 'often', 'sometimes', 'thorough', 'critical', 'inconsistent', 'relevant', 'correct', 'wrong',
  'clear', 'acceptable', 'one', 'two', 'three', 'four', 'five', 'zero',
];

/**
 * Words in -ing that name a kind of thing before a head noun ("training data", "marketing
 * team", "pricing model"); any other -ing word there is a verb ("pulling data", "keeping
 * models").
 */
export const ING_MODIFIERS = [
  'training', 'marketing', 'missing', 'engineering', 'pricing', 'testing', 'recycling', 'learning', 'forecasting', 'serving',
  'streaming', 'billing', 'ranking', 'matching', 'scheduling', 'rating', 'banking', 'lending', 'shipping', 'onboarding', 'monitoring',
  'reporting', 'logging', 'tracking', 'accounting', 'advertising', 'staffing', 'housing', 'manufacturing', 'computing', 'processing',
  'labeling', 'labelling', 'modeling', 'modelling', 'clustering', 'funding', 'self-driving', 'decision-making', 'booking', 'parsing',
  'pre-processing', 'preprocessing', 'operating', 'recruiting', 'hiring', 'planning', 'routing', 'scoring', 'sampling', 'tagging',
  'warehousing', 'underwriting', 'trading', 'retraining', 'consulting', 'messaging', 'search', 'caching', 'ingestion', 'networking',
];

/**
 * Nouns that turn the head noun before them into the name of a field or a trade: "data science",
 * "machine learning engineering" name what a career is about, not a thing the listener could check.
 */
export const FIELD_NOUNS = ['science', 'scientist', 'scientists', 'engineering', 'engineer', 'engineers', 'literacy'];

/**
 * Head nouns of the things a data answer is about. With a modifier in front ("market research
 * data", "knowledge distillation setup", "edge devices") they name a particular thing; alone
 * ("the data", "a model") they do not.
 */
export const THING_HEADS = [
  'model', 'system', 'pipeline', 'setup', 'infrastructure', 'device', 'data', 'dataset', 'feature', 'dashboard', 'campaign', 'api',
  'service', 'database', 'table', 'report', 'query', 'metric', 'experiment', 'algorithm', 'architecture', 'engineering', 'compression',
  'inference', 'training', 'deployment', 'research', 'demographic', 'audience', 'trial', 'test', 'cluster', 'job', 'workflow', 'schema',
  'warehouse', 'lake', 'platform', 'tool', 'library', 'framework', 'network', 'layer', 'index', 'store', 'stack', 'check', 'alert',
  'monitor', 'log', 'logs', 'script', 'notebook', 'forecast', 'classifier', 'regression', 'segment', 'cohort', 'funnel', 'channel',
  'customer', 'user', 'team', 'review', 'process', 'policy', 'threshold', 'budget', 'rate', 'score', 'latency', 'error', 'loss',
  'distribution', 'sample', 'split', 'baseline', 'prototype', 'migration', 'integration', 'release', 'launch', 'rollout', 'incident',
  // The concepts of statistics and ML an explanation names: "a novelty effect", "the sample size",
  // "class weights", "a rolling window".
  'effect', 'size', 'interval', 'bias', 'variance', 'drift', 'skew', 'leakage', 'matrix', 'vector', 'embedding',
  'token', 'weight', 'gradient', 'parameter', 'estimate', 'estimator', 'window', 'partition', 'join', 'constraint',
];

/**
 * What candidates call themselves or their knowledge ("I'm skilled in drift detection", "my AWS
 * experience fits your needs"): a claim about oneself, not a detail the listener could check.
 */
export const SELF_ASSESSMENT_WORDS = [
  'skilled', 'proficient', 'experienced', 'familiar', 'good', 'strong', 'expert', 'comfortable', 'well-versed', 'fluent', 'adept',
  'knowledgeable', 'competent', 'confident', 'passionate',
  // What draws one to a field: "I'm particularly interested in computer vision" names a wish, not a detail.
  'interested', 'excited', 'eager', 'keen', 'fascinated', 'curious',
];
export const SELF_KNOWLEDGE_NOUNS = ['experience', 'expertise', 'skills', 'skill set', 'skillset', 'background', 'knowledge', 'hands-on work'];

/** Praise put before a thing with no figure ("good accuracy metrics"): a claim of quality, not a detail. */
export const PRAISE_MODIFIERS = [
  'good', 'great', 'high', 'solid', 'strong', 'nice', 'excellent', 'decent', 'impressive', 'amazing', 'very good', 'really good',
];
