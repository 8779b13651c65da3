/**
 * Verbs the claim model reads: what kind of act a clause tells. Plain words, no patterns;
 * src/core/lexicon/build.ts turns the lists into the expressions the model uses.
 */

/**
 * Irregular past forms of doing work ("I built", "we ran"); regular "-ed" forms are found by
 * shape. "Got" is left out: "I got burned out", "I got the offer" tell no work.
 */
export const IRREGULAR_WORK_PAST = [
  'built', 'made', 'ran', 'chose', 'wrote', 'took', 'found', 'led', 'drove', 'rebuilt', 'rewrote', 'shipped', 'cut',
  'spent', 'began', 'broke', 'caught', 'sent', 'won', 'brought', 'kept', 'put', 'gave', 'met', 'sold', 'did', 'split', 'hit',
  'dug', 'threw', 'sought', 'taught', 'bought', 'held', 'set', 'ran', 'overhauled', 'undertook', 'withdrew', 'fought', 'sat down',
  'dealt', 'drew', 'spoke', 'told',
];

/** Phrasal work verbs in the past ("set up", "rolled out"). */
export const PHRASAL_WORK_PAST = [
  'set up', 'rolled out', 'came up with', 'stood up', 'laid out', 'worked out', 'figured out', 'dug into', 'pushed back',
  'reached out', 'sat down', 'walked through', 'broke down',
];

/** Present forms that narrate the candidate's own work or method ("so I dig into the logs"). */
export const WORK_PRESENT = [
  'build', 'train', 'deploy', 'fix', 'ship', 'add', 'move', 'migrate', 'create', 'launch', 'collect', 'clean', 'design', 'implement',
  'test', 'tune', 'own', 'lead', 'run', 'manage', 'drive', 'write', 'analyze', 'analyse', 'model', 'automate', 'maintain', 'develop',
  'retrain', 'rebuild', 'rewrite', 'decide', 'choose', 'set up', 'roll out', 'ingest', 'combine', 'merge', 'rerank', 'embed', 'index',
  'compute', 'score', 'serve', 'monitor', 'validate', 'store', 'load', 'transform', 'orchestrate', 'schedule', 'filter', 'join',
];

/**
 * The steps of a method told as a habit, in the present ("I read the pipeline end to end, then I
 * make the smallest change"): beside WORK_PRESENT, what the answer-type vote counts as a method.
 */
export const METHOD_PRESENT = [
  'handle', 'use', 'start', 'check', 'reach', 'pick', 'look', 'split', 'treat', 'prefer', 'compare', 'set', 'apply', 'impute', 'drop',
  'evaluate', 'measure', 'track', 'define', 'frame', 'ask', 'clarify', 'spend', 'make', 'read', 'review', 'map', 'profile', 'trace',
  'document', 'note', 'talk', 'sit', 'walk', 'break', 'scope', 'confirm', 'align', 'prototype', 'debug', 'investigate', 'explore',
  'plot', 'visualize', 'visualise',
];

/** Words that look like a regular past tense and are not one. */
export const NOT_PAST_ED = [
  'need', 'feed', 'seed', 'speed', 'proceed', 'succeed', 'exceed', 'embed', 'shed', 'bleed', 'breed', 'heed', 'weed', 'bed', 'red',
  'wed', 'indeed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'based',
];

/**
 * Verbs that say the candidate was near the work without saying what they did: interviewers
 * discount "I helped", "I was involved in", "I worked on".
 */
export const VAGUE_WORK = [
  'helped', 'assisted', 'supported', 'participated', 'contributed', 'joined', 'worked', 'collaborated', 'involved', 'was part of',
  'were part of', 'was involved', 'got involved', 'had the chance', 'got to',
];

/** Decisions of one's own: the act interviewers listen for under "what did you do?". */
export const DECISION_VERBS = [
  'chose', 'decided', 'proposed', 'picked', 'recommended', 'pushed for', 'pushed back', 'argued', 'convinced', 'persuaded',
  'prioritised', 'prioritized', 'framed', 'defined', 'negotiated', 'insisted', 'opted', 'scoped', 'escalated', 'suggested',
  'opted for', 'went with', 'settled on', 'ruled out', 'traded off', 'vetoed', 'declined', 'challenged', 'set the',
  // Putting one option in place of another, or a bound on one, is a choice made.
  'switched to', 'migrated to', 'replaced', 'swapped', 'limited', 'capped', 'restricted',
  // Taking a job on unasked is a choice of one's own.
  'took it on myself', 'took it upon myself', 'took the initiative', 'volunteered', 'stepped up',
];

/**
 * Someone else coming round: in a story of influence, "they agreed", "the team chose on their
 * own to pause the launch" is how it ended, not a step the candidate took.
 */
export const AGREEMENT_VERBS = [
  'agreed', 'approved', 'accepted', 'bought in', 'bought into', 'greenlit', 'green-lit', 'came around', 'came round', 'went ahead',
  'decided', 'chose', 'opted', 'changed their mind', 'changed his mind', 'changed her mind', 'backed', 'endorsed', 'signed', 'renewed',
];

/** States, feelings and opinions: after a subject, these narrate no work. */
export const STATE_VERBS = [
  'had', 'has', 'have', 'was', 'were', 'is', 'are', 'am', 'needed', 'wanted', 'hoped', 'seemed', 'liked', 'loved', 'felt',
  'thought', 'believed', 'knew', 'agreed', 'realized', 'realised', 'noticed', 'learned', 'learnt', 'called', 'named', 'lived',
  'think', 'feel', 'guess', 'believe', 'know', 'like', 'love', 'want', 'need', 'hope', 'wish', 'enjoy', 'enjoyed', 'care', 'cared',
  'prefer', 'preferred', 'remember', 'recall', 'suppose', 'assume', 'mean', 'meant', 'tend', 'saw', 'see', 'heard', 'understand',
  'figured', 'wondered', 'guessed', 'assumed', 'supposed', 'expected',
  // Feelings about the work are no step in it: "I definitely regretted that".
  'regretted', 'regret', 'hated', 'hate', 'wished', 'admired', 'appreciated', 'doubted', 'worried', 'feared', 'dreaded',
  // Copular: "stayed calm", "remained focused" describe the candidate, not a step they took.
  'stayed', 'remained', 'stay', 'remain',
];

/** What a candidate is after, said in the progressive ("I'm looking for a team where ..."): a want, not work in progress. */
export const SEEKING_VERBS = ['looking for', 'looking forward to', 'hoping', 'seeking', 'searching for', 'looking to', 'aiming', 'trying to find'];

/**
 * Outcome verbs: a measure or a state changed because of the work. Past tense or "now ...",
 * so advice in the present ("regularization reduces variance") is never read as a result.
 */
export const OUTCOME_VERBS = [
  'reduced', 'increased', 'improved', 'cut', 'saved', 'grew', 'boosted', 'lifted', 'dropped', 'fell', 'rose', 'decreased', 'lowered',
  'raised', 'shortened', 'accelerated', 'sped up', 'speeded up', 'eliminated', 'prevented', 'avoided', 'recovered', 'restored',
  'generated', 'doubled', 'halved', 'tripled', 'led to', 'resulted in', 'paid off', 'went live', 'delivered', 'achieved', 'exceeded',
  'beat', 'unlocked', 'freed up', 'adopted', 'landed', 'signed off', 'climbed', 'shrank', 'jumped', 'declined', 'slashed', 'trimmed',
  'went down', 'went up', 'came down', 'brought down', 'brought up', 'drove up', 'drove down', 'stabilized', 'stabilised', 'stopped',
  'caught', 'flagged', 'surfaced', 'identified', 'uncovered', 'earned', 'secured', 'reached',
  // "Were able to meet the deadline"; a target met in so many words is TARGET_MET_VERBS' below.
  // "Hit" is also the present ("that's how we hit our deadlines"): only these read as past.
  'able to meet', 'hit the deadline', 'hit the target', 'hit our target',
  // Participles whose past tense differs, for the perfect: "output has gone up 40%", "revenue has grown".
  'gone up', 'gone down', 'come down', 'risen', 'grown', 'fallen', 'shrunk',
];

/**
 * Setbacks are outcomes too: a failure story ends on what went wrong ("the timeline was
 * pushed back", "the launch slipped", "the project was shelved"). Patterns in
 * rules/util/outcome.ts take "was", "were" or "got" before the participles.
 */
export const SETBACK_PAST = ['slipped', 'fell through', 'fell apart', 'backfired', 'went badly'];
export const SETBACK_PARTICIPLES = ['delayed', 'cancelled', 'canceled', 'shelved', 'scrapped', 'rolled back', 'pulled', 'abandoned'];

/**
 * A problem put right, told as the state it was left in: "we had it fixed in 3 hours", "the
 * outage was resolved by noon". The patterns (rules/util/outcome.ts) take "had" or "got" and an
 * object, or "was", "were" or "got" before these.
 */
export const RESOLVED_PARTICIPLES = [
  'fixed', 'resolved', 'restored', 'repaired', 'patched', 'back up', 'back online', 'up and running', 'running again', 'working again',
];

/**
 * A target met or missed is an outcome, whatever sits between the verb and the target:
 * "we met the latency requirement", "made every milestone", "missed the launch date". The
 * pattern (rules/util/outcome.ts) takes one of these verbs, a determiner, up to two words
 * and one of TARGET_NOUNS.
 */
export const TARGET_MET_VERBS = ['met', 'made', 'missed', 'exceeded', 'surpassed'];
/** A figure named as the aim before the work: "the main objective, a 20% lift". */
export const AIM_NOUNS = ['objective', 'objectives', 'aim', 'ambition'];
/** Verbs that set an aim before "to": "I was asked to cut costs by 20%", "we wanted to double sign-ups". */
export const AIM_VERBS = [
  'asked', 'wanted', 'needed', 'aimed', 'tried', 'hoped', 'planned', 'supposed', 'expected', 'required', 'tasked', 'challenged',
  'set out', 'meant', 'going', 'had', 'have', 'has',
];
export const TARGET_NOUNS = [
  'deadline', 'deadlines', 'requirement', 'requirements', 'target', 'targets', 'goal', 'goals', 'sla', 'slas', 'slo', 'slos',
  'budget', 'kpi', 'kpis', 'benchmark', 'quota', 'bar', 'launch date', 'milestone', 'milestones', 'expectations',
];

/**
 * Work finished against its schedule: "the project shipped on time", "we delivered it ahead of
 * schedule". The pattern (rules/util/outcome.ts) takes one of the verbs, up to three words and
 * one of the marks.
 */
export const FINISHED_VERBS = ['shipped', 'delivered', 'launched', 'finished', 'completed', 'released', 'went live', 'landed', 'wrapped up'];
export const ON_SCHEDULE = ['on time', 'on schedule', 'ahead of schedule', 'on budget', 'under budget', 'within budget', 'early'];

/**
 * What a thing became: "our working relationship got better", "the hand-offs became smoother".
 * The pattern (rules/util/outcome.ts) takes "got", "became" or "grew", with "has" or "have"
 * or without, an optional degree word and one of these.
 */
export const BETTER_STATES = [
  'better', 'worse', 'faster', 'slower', 'easier', 'smoother', 'stronger', 'clearer', 'cheaper', 'simpler', 'calmer',
  'more reliable', 'more stable', 'more accurate', 'more efficient', 'more productive', 'more collaborative',
];

/**
 * Single-word changes that open an outcome sentence ("reduced", "sped up", "paid off"), in the
 * order the outcome test tries them; its phrases ("went live", "a big improvement") are
 * patterns kept beside it in rules/util/outcome.ts.
 */
export const CHANGE_PAST = [
  'reduced', 'increased', 'improved', 'cut', 'saved', 'grew', 'boosted', 'lifted', 'dropped', 'fell', 'rose', 'decreased', 'lowered',
  'raised', 'shortened', 'accelerated', 'sped up', 'speeded up', 'eliminated', 'prevented', 'avoided', 'recovered', 'restored',
  'generated', 'won', 'doubled', 'halved', 'tripled', 'led to', 'resulted in', 'resulting in', 'paid off',
  // The perfect of the irregular ones: "output has gone up 40%", "costs have come down".
  'gone up', 'gone down', 'come down', 'risen', 'grown', 'fallen', 'shrunk',
];

/**
 * Irregular and phrasal past forms that narrate work after "we" or "I have" ("we built", "we set up"),
 * in the order vague-we tries them; regular "-ed" forms are found by shape.
 */
export const TEAM_WORK_PAST = [
  'built', 'made', 'ran', 'chose', 'wrote', 'took', 'found', 'led', 'drove', 'set up', 'rebuilt', 'rewrote', 'shipped', 'cut', 'got',
  'went', 'spent', 'began', 'broke', 'caught', 'sent', 'won', 'brought', 'kept', 'put', 'saw', 'gave', 'met', 'sold', 'did',
  'came up with', 'stood up', 'laid out', 'split', 'hit', 'fed', 'dug', 'threw', 'sped', 'sought', 'taught', 'bought', 'held',
  'left', 'lost', 'paid', 'rolled out', 'worked out', 'figured out',
];

/**
 * Irregular past forms that tell a story of past work after "I" or "we" ("we shipped", "I was",
 * "I told"), beside any regular "-ed" form: result-needs-metric reads two such sentences as a
 * story, not advice in the present.
 */
export const STORY_PAST = [
  'built', 'made', 'ran', 'chose', 'wrote', 'took', 'found', 'led', 'drove', 'set up', 'rebuilt', 'shipped', 'cut', 'got', 'had',
  'was', 'were', 'did', 'went', 'spent', 'began', 'broke', 'caught', 'sent', 'won', 'brought', 'kept', 'put', 'saw', 'knew', 'thought',
  'told', 'gave', 'met', 'sold',
];

/** Irregular past forms of doing the work ("I pulled", "we built"): a figure beside one sizes the work, not what it changed. */
export const ACTIVITY_PAST = [
  'built', 'made', 'ran', 'chose', 'wrote', 'took', 'found', 'led', 'set up', 'rebuilt', 'shipped', 'spent', 'began', 'sent', 'brought',
  'kept', 'put', 'had',
];

/** After "we", states and wishes rather than work: "we had 3 weeks", "we needed a model". */
export const STATE_PAST = [
  'found out', 'had', 'has', 'have', 'were', 'was', 'needed', 'wanted', 'hoped', 'seemed', 'liked', 'loved', 'felt', 'thought',
  'believed', 'knew', 'agreed', 'realized', 'realised', 'noticed', 'learned', 'learnt', 'called', 'named', 'lived',
];

/** Words that make a change a projection rather than a result: "potentially saving $100K a year". */
export const PROJECTION_MARKERS = [
  'potentially', 'projected to', 'estimated to', 'expected to', 'forecast to', 'forecasted to', 'on track to', 'set to', 'likely to',
  'could', 'would', 'might', 'may',
];

/** Verbs of a change that a projection marker can put in the future: "potentially saving", "expected to cut". */
export const PROJECTED_CHANGE_VERBS = [
  'save', 'saves', 'saving', 'saved', 'cut', 'cutting', 'reduce', 'reducing', 'reduced', 'increase', 'increasing', 'increased',
  'improve', 'improving', 'improved', 'lift', 'lifting', 'boost', 'boosting', 'lower', 'lowering', 'raise', 'raising', 'generate',
  'generating', 'bring', 'bringing', 'add', 'adding', 'grow', 'growing',
];

/** Plans and hypotheticals: a clause about what would or will be done claims no past result. */
export const PLAN_MARKERS = [
  'would', "'d", 'will', "'ll", 'going to', 'plan to', 'planning to', 'want to', 'hope to', 'intend to', 'aim to', 'could', 'might',
  'should', 'would like to', 'if i were', 'if i had',
];

/**
 * Moves of a career, told as biography: "I studied finance", "took an analyst job", "was
 * promoted", "left to do an MBA". They say where the candidate was, not what they did there.
 */
export const CAREER_MOVES = [
  'studied', 'graduated', 'majored', 'took (?:a|an|the|my) (?:[\\p{L}-]+ ){0,3}?(?:job|role|position|offer)', 'was promoted', 'got promoted',
  'left (?:to|for)', 'moved (?:to|into|over to)', 'relocated', 'switched (?:to|into)', 'transitioned (?:to|into)',
  'did (?:a|an|my) (?:[\\p{L}-]+ ){0,2}?(?:mba|master|masters|master\'s|degree|phd|bachelor|bachelor\'s|internship|bootcamp)',
  'work (?:at|for|today|now|there|here)', 'am (?:now )?(?:at|with)', 'started (?:at|my career|out)', 'been (?:with|at|part of)',
];

/**
 * How a career feels to the one in it: "I've grown a great deal", "I've reached the point
 * where ...". Said of oneself, these are no outcome of work, though "grew" and "reached" are
 * outcome verbs when a measure is their subject or object. Where one grew up, and what one
 * brings to a team ("I bring an international perspective"), tell who the candidate is, not
 * what they did.
 */
export const SELF_NARRATIVE = [
  '(?:grown|grew) (?:a lot|a great deal|so much|a ton|tremendously|enormously|professionally|personally|as an?)',
  '(?:reached|got to|come to|came to) (?:the|a) (?:point|stage)',
  'grew up',
  '(?:was|were) (?:born|raised)',
  'bring',
  // A trait told as a habit: "I pick up new technologies fast", "I learn quickly", "I work well under pressure".
  String.raw`(?:learn|adapt|picks?(?: [\p{L}-]+){0,3} up|work|communicate|get along)\b[^.,;]{0,40}?\b(?:fast|quickly|easily|well|independently)\b`,
];

/** What one is able to do, said in the present: "a team where I can grow" tells no act. */
export const ABILITY_MARKERS = ['can', 'am able to', "'m able to", 'are able to', "'re able to"];

/**
 * What another subject can do: "this can create a productive partnership" tells a capability,
 * not what came of the work. "Can now" is read as an outcome ("customers can now check out in
 * one click"). "May" is left out: the patterns ignore case, and "it shipped in May" is a date.
 */
export const POSSIBILITY_MODALS = ['can'];

/** Verbs of a lesson after "I", with any adverb between: "I also learned", "I quickly realised". */
export const LEARNING_VERBS = ['learned', 'learnt', 'realized', 'realised'];

/** Openers of a reflection: what the candidate learned or would change. */
export const LEARNING_MARKERS = [
  'i learned', 'i learnt', "i've learned", "i've learnt", 'i have learned', 'i have learnt', 'i realized', 'i realised', "i've realised",
  "i've realized", 'taught me', 'showed me', 'reminded me', 'lesson', 'lessons', 'my takeaway',
  'the takeaway', 'in hindsight', 'looking back', 'next time', 'going forward', 'i would do', "i'd do", 'if i did it again',
  'the biggest learning', 'key learning', 'i took away', 'what i took from', 'since then i', 'i now always', 'i now make', 'i now check',
  'reinforced for me', 'it reinforced', 'made me realise', 'made me realize', 'what mattered most', 'i came away',
  'takeaway', 'would do differently', "'d do differently", 'in future i', 'in the future i', 'from now on', 'a good reminder',
  'a reminder that', 'a useful reminder', 'an important reminder', 'a reminder of',
  // "The main insight was that the strategies cover for each other": the story's lesson.
  'the main insight', 'the key insight', 'the biggest insight', 'my main insight', 'my key insight', 'my biggest insight',
];
