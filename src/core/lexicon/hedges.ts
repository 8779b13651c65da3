/**
 * Hedges: the words that make a candidate sound unsure of their own work. Plain words; the
 * hedge rule (src/core/rules/hedge/) builds its phrase table from these lists and keeps the
 * guards that tell a hedge from a literal use of the same words.
 */

/** How far a candidate is "not sure": "not entirely sure", "not 100% sure". */
export const NOT_SURE_DEGREES = ['totally', 'entirely', 'completely', 'quite', 'exactly', 'fully', '100%'];

/** What a vague level of skill is "some" of: "some exposure to Spark". */
export const FAMILIARITY_NOUNS = ['familiarity', 'exposure', 'experience'];

/** Spoken spellings of "kind of" and "sort of". */
export const SPOKEN_SOFTENERS = ['kinda', 'sorta'];

/** Words a "pretty" waters down: "pretty familiar", "pretty good". */
export const PRETTY_WORDS = [
  'good', 'familiar', 'comfortable', 'confident', 'sure', 'solid', 'strong', 'decent', 'well', 'much', 'fast', 'quick',
  'quickly', 'experienced', 'proficient', 'knowledgeable', 'competent', 'fluent', 'happy', 'successful', 'big', 'large',
  'high', 'low', 'small', 'accurate', 'reasonable', 'close', 'standard', 'straightforward', 'simple', 'easy', 'similar',
  'important', 'useful', 'effective', 'efficient', 'stable', 'robust', 'clean', 'bad', 'poor', 'hard', 'difficult',
  'complex', 'basic', 'limited', 'involved', 'deep', 'heavy', 'heavily', 'significant', 'common', 'typical', 'rough',
  'okay', 'ok', 'nice', 'great', 'clear', 'certain', 'aware', 'versed', 'new', 'early', 'quickly', 'comfy', 'adept',
  'skilled', 'capable', 'handy', 'reliable', 'well-versed', 'passionate', 'excited', 'interested', 'motivated', 'eager',
  'keen', 'flexible', 'proud', 'open', 'positive', 'optimistic', 'messy', 'noisy', 'dirty', 'long', 'short',
];

/** The listener as subject: "as you'll probably have seen on my CV" guesses at the interviewer, not at one's own work. */
export const LISTENER_SUBJECTS = ['you', "you'll", "you've", "you'd", "you're"];

/** Adverbs that leave open whether it happened at all: "maybe", "probably". */
export const LIKELIHOOD_ADVERBS = ['maybe', 'perhaps', 'probably', 'hopefully', 'potentially'];

/** Modals that already say "might": after them "potentially" adds no doubt of its own ("could potentially save"). */
export const MODALS = ['could', 'would', 'might', 'may', 'can', 'will', 'should'];

/** The amount in "to some extent", "to a certain degree". */
export const EXTENT_AMOUNTS = ['some', 'a certain', 'a large', 'some small'];

/** The noun in "to some extent", "to a certain degree". */
export const EXTENT_NOUNS = ['extent', 'degree'];

/**
 * How hard a problem was: "it was a bit tricky because nothing showed in the logs". A degree
 * word before one of these describes the problem, not the candidate's claim about their work.
 */
export const DIFFICULTY_WORDS = [
  'tricky', 'hard', 'difficult', 'challenging', 'complicated', 'complex', 'messy', 'confusing', 'ambiguous', 'unclear',
];
