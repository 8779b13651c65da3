/**
 * Red flags: the words of the phrases interviewers hear as a warning sign (a slogan for a
 * reason, a copied tutorial, practice data, no feature selection, blame, a bare "it
 * depends"). Plain words; the red-flag rule (src/core/rules/red-flag.ts) builds its phrase
 * patterns from these lists and keeps the guards that read the context.
 */

/** Words that introduce the slogan as a reason: "because it's the best". */
export const SLOGAN_BECAUSE = ['because', 'since', 'as', "'cause", 'cause'];

/** Adverbs that only stress the slogan: "it's simply the best". */
export const SLOGAN_ADVERBS = ['simply', 'just', 'literally', 'obviously', 'clearly', 'honestly'];

/** Generic nouns that belong to the slogan: "because it's the best model". */
export const SLOGAN_NOUNS = [
  'one', 'model', 'tool', 'algorithm', 'library', 'framework', 'option', 'choice', 'approach', 'method', 'database', 'platform',
  'classifier', 'solution',
];

/** Nouns of "the best tool for that", said as a claim. */
export const BEST_FOR_NOUNS = ['tool', 'model', 'library', 'framework', 'option', 'choice', 'approach', 'platform', 'solution'];

/** A genre, not this problem's constraint: "the best model for tabular data". */
export const BEST_FOR_GENRES = ['data', 'problems', 'tasks', 'text', 'images', 'use case', 'use cases'];

/** Words that shrink a copied tutorial to all there was: "I just followed a tutorial". */
export const TUTORIAL_MINIMIZERS = ['just', 'simply', 'basically', 'only', 'mostly'];

/** Copying someone else's steps. */
export const TUTORIAL_VERBS = ['followed', 'copied', 'replicated', 'reproduced', 'cloned'];

/** Where the tutorial came from: "a YouTube tutorial", "a Keras tutorial". */
export const TUTORIAL_SOURCES = [
  'online', 'youtube', 'medium', 'blog', 'kaggle', 'udemy', 'coursera', 'step-by-step', 'standard', 'random', 'hugging face',
  'langchain', 'keras', 'pytorch', 'tensorflow', 'sklearn', 'scikit-learn',
];

/** What was copied. */
export const TUTORIAL_NOUNS = ['tutorial', 'tutorials', 'blog post', 'youtube video', 'course notebook'];

/** Taking a data set from somewhere: "downloaded the dataset from Kaggle". */
export const DATA_FETCH_VERBS = ['got', 'downloaded', 'took', 'pulled', 'grabbed', 'used', 'found', 'sourced', 'fetched'];

/** Names of a data set. */
export const DATA_SET_NOUNS = ['data', 'dataset', 'datasets', 'data set', 'data sets'];

/** Words that frame the work as practice, where data from Kaggle is expected. */
export const PRACTICE_FRAMES = [
  'competition', 'side project', 'personal project', 'hobby', 'course', 'bootcamp', 'capstone', 'hackathon', 'practice project',
  'portfolio', 'learning project', 'school project', 'class project', 'university project', 'group project', 'student project',
  'kaggle grandmaster', 'thesis', 'coursework', 'assignment', 'semester',
];

/** The same, as whole words only ("uni", not "unit"), and the candidate's degrees. */
export const PRACTICE_FRAME_WORDS = ['uni', 'university'];
export const PRACTICE_DEGREES = ['my degree', "my master's", 'my masters', 'my phd'];

/** Other people who hand the candidate work: "the data team gave us". */
export const BLAMED_TEAMS = ['team', 'teams', 'engineers', 'vendor', 'vendors', 'people', 'folks', 'guys'];

/** Handing work over. */
export const HANDED_OVER = ['gave', 'sent', 'handed', 'provided', 'delivered', 'shipped', 'passed', 'fed'];

/** What the handed-over work was called. */
export const BAD_QUALITY = [
  'bad', 'dirty', 'wrong', 'broken', 'garbage', 'messy', 'poor', 'corrupt', 'corrupted', 'incomplete', 'low-quality', 'poor-quality',
  'terrible', 'awful', 'inconsistent', 'unusable', 'faulty', 'useless', 'junk', 'bad-quality', 'crappy',
];

/** What was handed over. */
export const HANDED_OVER_WORK = [
  'data', 'schema', 'schemas', 'table', 'tables', 'file', 'files', 'labels', 'export', 'exports', 'feed', 'feeds', 'extract', 'extracts',
  'dump', 'dumps', 'pipeline', 'pipelines', 'features', 'code', 'spec', 'specs', 'requirements', 'embeddings', 'vectors', 'indexes',
  'events', 'logs', 'predictions',
];

/** Adverbs of a bare "it depends": "it really depends". */
export const DEPENDS_ADVERBS = ['all', 'really', 'always', 'just', 'totally', 'honestly'];

/** What "it depends on" names when it names nothing: "it depends on the situation". */
export const DEPENDS_ON_VAGUE = [
  'situation', 'context', 'problem', 'project', 'case', 'scenario', 'requirement', 'requirements', 'data', 'team', 'company',
  'business', 'need', 'needs', 'circumstances', 'application', 'task', 'domain', 'specifics',
];

/** Words that give "it depends" its criteria: "it depends: if the data is small ...", "as long as". */
export const DECISION_CONDITIONS = ['if', 'when', 'whenever', 'whether', 'unless', 'once', 'provided', 'as long as', 'depending on', 'depends on'];
