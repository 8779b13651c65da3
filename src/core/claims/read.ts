import type { Answer, CodeName, SectionKind } from '../types.js';
import {
  ABILITY_MARKERS,
  AGREEMENT_VERBS,
  AIM_NOUNS,
  AIM_VERBS,
  CAREER_MOVES,
  SELF_NARRATIVE,
  DECISION_VERBS,
  GENERIC_PHRASES,
  ING_MODIFIERS,
  IRREGULAR_WORK_PAST,
  LEARNING_MARKERS,
  LEARNING_VERBS,
  MEASURE_NOUNS,
  NOT_NAMES,
  NOT_PAST_ED,
  OUTCOME_VERBS,
  PHRASAL_WORK_PAST,
  PLAN_MARKERS,
  POSSIBILITY_MODALS,
  PROJECTION_MARKERS,
  PROJECTED_CHANGE_VERBS,
  STATE_VERBS,
  SEEKING_VERBS,
  TARGET_MET_VERBS,
  TARGET_NOUNS,
  NOT_MODIFIERS,
  OWN_SKILL_NOUNS,
  SELF_KNOWLEDGE_NOUNS,
  THING_HEADS,
  FIELD_NOUNS,
  GAIN_NOUNS,
  THING_WORDS,
  TIME_UNITS,
  COUNTED_NOUNS,
  VAGUE_WORK,
  WORK_PRESENT,
  WORD_START,
  WORKLOAD_NOUNS,
  alternation,
  wordsPattern,
} from '../lexicon/index.js';
import { findMagnitudes } from '../rules/util/metric.js';
import { NOT_TO_A_PERSON, isOutcomeSentence, isSetback, withoutConcernsRaised } from '../rules/util/outcome.js';
import { atMostThreeWords, splitClauses } from './clauses.js';
import type { Act, Actor, Claim, Quantity, QuantityRole, Thing } from './types.js';

// Openers that stand before the subject: "And then", "In the end,", "Within a month".
const OPENER = String.raw`(?:(?:and|but|so|then|also|where|right now|currently|today|these days|at the moment|eventually|finally|ultimately|afterwards|later|first|firstly|secondly|thirdly|lastly|additionally|moreover|furthermore|meanwhile|next|once|overall|basically|honestly|actually|after that|in the end|as a result|by the end|at the end|in total|from there|on top of that|within (?:a|an|one|two|three|four|six|the first|the next) \w+|over the next \w+(?: \w+)?|after (?:a|an|one|two|three|four|six) \w+|because of (?:this|that)|because|since|when|after|before|while|once|um|uh|so yeah|yeah|well|sure|of course|yes|okay|ok|right|absolutely|definitely)[\s,!]+)*`;

const SUBJECTS: { actor: Actor; source: string }[] = [
  { actor: 'we', source: String.raw`(?:(?:my|the|a|an|our) (?:\p{L}+ )?\p{L}+|\p{Lu}\p{L}+) (?:and|&) i\b` },
  { actor: 'i', source: String.raw`i(?:['’](?:m|ve|d|ll))?\b` },
  // "My biggest project there was rebuilding the risk model": the candidate's own work, told through its noun.
  {
    actor: 'i',
    source: String.raw`my (?:\p{L}+ ){0,2}(?:project|work|job|role|task|contribution|part|focus|responsibility)(?: there| here)? (?:was|is|has been)(?= \p{L}+ing\b)`,
  },
  // "What I'm proudest of is implementing the architecture", "the thing I enjoyed most was building it".
  {
    actor: 'i',
    source: String.raw`(?:what |the (?:thing|part|project|work) (?:that )?)i(?:['’]m| am| was)? (?:\p{L}+ ){0,3}?(?:is|was|has been)(?= \p{L}+ing\b)`,
  },
  { actor: 'we', source: String.raw`we(?:['’](?:re|ve|d|ll))?\b` },
  { actor: 'team', source: String.raw`(?:our|the|my) (?:whole |data |ml |engineering |analytics )?(?:team|group|squad|department|org)\b` },
  {
    actor: 'other',
    source: String.raw`(?:they|he|she|(?:my|our|the) (?:manager|colleague|lead|boss|pm|product manager|stakeholders?|client|company|business|engineers?|analysts?|users?|customers?|director|vp|cto|ceo))\b`,
  },
];
// A short scene-setting lead may stand before the subject: "At a regional telecom I owned ...".
// So may a longer introductory phrase closed by a comma: "To deal with it, I ...", "By focusing
// on what we agreed, we ...", or a purpose said first with no comma: "To hit the deadline I
// cut scope". A short lead holds no modal verb: in "That could cost the team" the team is not
// the subject.
const LEAD = String.raw`(?:(?:at|in|on|for|during|with|after|before|over|from|by|as|within|across|two|three|four|six|a few|last|this|that|one)\s+(?:(?!(?:would|could|might|will|can|may|should)\b)[\p{L}\p{N}'’&-]+\s+){0,5}?,?\s*|(?:to|by|in|at|on|for|as|from|under|over|across|within|throughout|alongside|during|after|before|while|when|once|since|despite|with|without|through|using|given|instead of|rather than)\s+[^,;]{1,80},\s*|to\s+(?:(?!(?:would|could|might|will|can|may|should)\b)[\p{L}\p{N}'’-]+\s+){1,6}?(?=(?:i|we)\s))?`;
// "On my last project, for example, I ran a blur over the images": an example marker after the lead.
const EXAMPLE_MARK = String.raw`(?:(?:for example|for instance),?\s+)?`;
const SUBJECT = new RegExp(`^${OPENER}${LEAD}${EXAMPLE_MARK}(?:${SUBJECTS.map((s) => `(${s.source})`).join('|')})`, 'iu');

// Words that stand between the subject and its verb: adverbs and the hedges a draft puts there.
const BETWEEN = String.raw`(?:(?:kind of|sort of|kinda|sorta|just|also|then|first|personally|myself|really|actually|basically|mostly|quickly|finally|eventually|initially|ultimately|later|jointly|together|all|still|even|never|always|\p{L}+ly|have|had|has)\s+){0,3}`;

const PAST_ED = String.raw`(?!${alternation(NOT_PAST_ED)}\b)(?!${alternation(STATE_VERBS)}\b)\p{L}+ed\b`;
// A gerund after the subject is work in progress: "I'm leading the migration", "was rebuilding the model".
const WORK_VERB = new RegExp(
  `^${BETWEEN}(?:re-?)?(?:${alternation([...IRREGULAR_WORK_PAST, ...PHRASAL_WORK_PAST])}\\b|${PAST_ED}|${alternation(WORK_PRESENT)}\\b|\\p{L}{3,}ing\\b)`,
  'iu',
);
// A lower-case word that starts no phrase of its own: a verb, after a subject.
const ANY_VERB = new RegExp(
  String.raw`^${BETWEEN}(?!(?:and|or|but|too|myself|ourselves|alone|as|at|in|on|for|with|from|to|not|never|also|the|a|an|this|that|it|so|then|just|really|only|both|all)\b)(?!\p{Ll}+ly\b)\p{Ll}{2,}\b`,
  'u',
);
// "I'm leading the migration", "I'm responsible for the forecast": work, or a role held.
const PROGRESSIVE = new RegExp(
  `^${BETWEEN}(?:\\p{L}{2,}ing\\b|(?:responsible|accountable|in charge|the (?:lead|owner|founder|manager|head)|currently (?:leading|running|building))\\b)`,
  'iu',
);
const NEGATED = new RegExp(`^${BETWEEN}(?:do|does|did|can|could|was|were|am|have|had|has)(?:n['’]t| not)\\b|^(?:can['’]t|cannot|won['’]t|never)\\b`, 'iu');
const SEEKING = new RegExp(`^${BETWEEN}(?:am\\s+)?${alternation(SEEKING_VERBS)}\\b`, 'iu');
// "We're talking about potentially saving over $100K a year": a change projected, not made.
const PROJECTED = new RegExp(`${WORD_START}${alternation(PROJECTION_MARKERS)}\\s+(?:\\p{L}+ly\\s+)?(?:be\\s+)?${alternation(PROJECTED_CHANGE_VERBS)}\\b`, 'iu');
const RELATIVE_TAIL = /\s(?:that|which|who)\b.*$/is;
const CHOSEN_OVER = /\b(?:rather than|instead of)\b/i;
const DECISION = new RegExp(`^${BETWEEN}${alternation(DECISION_VERBS)}\\b`, 'iu');
const VAGUE = new RegExp(`^${BETWEEN}(?:was |were |am |got )?${alternation(VAGUE_WORK)}\\b`, 'iu');
const PLAN = new RegExp(`^(?:['’]d|['’]ll|\\s)*${BETWEEN}${alternation(PLAN_MARKERS.map((p) => p.replace(/^'/, '')))}\\b`, 'iu');
// Another subject's modal verb, a few words in: "it would mean", "the model could leak".
// The subject may hold a phrase set off by commas: "this, together with feedback loops, can ...".
const MODAL_MAIN = new RegExp(
  `^(?:[\\p{L}'’-]+,?\\s+){1,6}?(?:${alternation(PLAN_MARKERS.filter((p) => !p.startsWith("'")))}|${alternation(POSSIBILITY_MODALS)}(?!\\s+now\\b))\\b`,
  'iu',
);
// "They agreed", "the whole team bought in", a few words in; "they had only approved ..." is background.
// "..., which finance valued", "that cut churn": a relative pronoun. "That contract has to be
// kept" opens on a noun with its own verb: "that" is pointing at a thing, and the clause is new.
const RELATIVE_OPENER = /^(?:which|that)\b(?!\s+[\p{L}-]+\s+(?:has|have|had|is|was|are|were|will|would|can|could|must|should)\b)/iu;
const GENERIC_YOU = /\byou\b/i;
const AGREED = new RegExp(`^(?:[\\p{L}'’-]+,?\\s+){0,5}?(?<!\\bhad\\s+(?:\\p{L}+\\s+)?)(?:${alternation(AGREEMENT_VERBS)})\\b`, 'iu');
// "Where I can grow", "I can build the pipeline": an ability, not a step; "we can now serve it
// in 50 ms" is what the work made possible, and is read as an outcome first.
const ABILITY = new RegExp(`^(?:['’]m|['’]re|\\s)*${BETWEEN}${alternation(ABILITY_MARKERS.map((p) => p.replace(/^'m |^'re /, '')))}\\b(?!\\s+now\\b)`, 'iu');
const CAREER_MOVE = new RegExp(`^${BETWEEN}(?:${CAREER_MOVES.join('|')})\\b`, 'iu');
const SELF_STORY = new RegExp(`^${BETWEEN}(?:${SELF_NARRATIVE.join('|')})\\b`, 'iu');
const STATE = new RegExp(`^${BETWEEN}${alternation(STATE_VERBS)}\\b`, 'iu');
const LEARNING = new RegExp(`${wordsPattern(LEARNING_MARKERS, 'iu').source}|${WORD_START}i(?:['’]ve)?\\s+${BETWEEN}${alternation(LEARNING_VERBS)}\\b`, 'iu');
// "A gradient-boosted model": after a hyphen the participle is an adjective.
const OUTCOME_VERB = new RegExp(`(?<![-‐])${wordsPattern(OUTCOME_VERBS).source}${NOT_TO_A_PERSON}`, 'iu');
// A subjectless line opens with its verb: "Rebuilt the split by month", "Led the migration".
const LEADING_VERB = new RegExp(`^${OPENER}(?:re-?)?(?:${alternation([...IRREGULAR_WORK_PAST, ...PHRASAL_WORK_PAST, ...DECISION_VERBS])}\\b|${PAST_ED})`, 'iu');
// "I set up check-ins, built a dashboard, and dealt with the blockers": each verb after a comma
// (or "and") is a step of its own, done by the subject of the clause it continues.
const NEXT_PREDICATE = new RegExp(
  `(?:,\\s+(?:and\\s+|then\\s+|and then\\s+)?|\\s+and\\s+(?:then\\s+)?)(?=(?:re-?)?(?:${alternation([...IRREGULAR_WORK_PAST, ...PHRASAL_WORK_PAST, ...DECISION_VERBS])}\\b|${PAST_ED}))`,
  'giu',
);
const PASSIVE = new RegExp(
  String.raw`${WORD_START}(?:was|were|been|being|got|gets|is|are)\s+(?:\p{L}+ly\s+)?(?:${alternation(IRREGULAR_WORK_PAST)}|${PAST_ED})`,
  'iu',
);
// "which cut churn by 18%", "cutting fraud losses by 31%": an outcome told of the work before it.
const RELATIVE_OUTCOME =
  /^(?:which|and which|that|this|cutting|reducing|saving|increasing|lifting|boosting|raising|lowering|improving|shrinking|growing|bringing|resulting|leading|freeing)\b/i;

const GENERIC = wordsPattern(GENERIC_PHRASES, 'giu');
const THING = wordsPattern(THING_WORDS, 'giu');
// A head noun with a modifier before it names a particular thing: "market research data".
// A listed word or a past participle before a head noun does not make it a particular thing, and
// a field named after it ("I first met data science") makes it no thing at all. The first word
// starts after a letter, a digit or an apostrophe: "I've done data analysis" has no word "ve".
const NOT_MODIFIER = String.raw`(?:${alternation(NOT_MODIFIERS)}|\p{L}+ed|(?!${alternation(ING_MODIFIERS)}\b)\p{L}+ing)`;
const COMPOUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’])(?!${NOT_MODIFIER}\b)[\p{L}][\p{L}\p{N}-]+\s+(?:(?!${NOT_MODIFIER}\b)[\p{L}][\p{L}\p{N}-]+\s+)?${alternation(THING_HEADS)}(?:e?s)?(?![\p{L}\p{N}])(?!\s+${alternation(FIELD_NOUNS)}\b)`,
  'giu',
);
const NOT_NAME = new Set(NOT_NAMES);
// A name from code: "scale_pos_weight", "fillna()", "df.groupby", "predictProba".
const IDENTIFIER =
  /(?<![\p{L}\p{N}_.])(?:\p{Ll}[\p{Ll}\p{N}]*(?:_[\p{L}\p{N}]+)+|\p{Ll}+(?:\p{Lu}\p{Ll}+)+|\p{Ll}{2,}\.\p{Ll}[\p{L}_]+(?:\(\))?|\p{Ll}[\p{Ll}_]+\(\))(?![\p{L}\p{N}_])/gu;
const CODE_MARK = /[_.(]|\p{Ll}\p{Lu}/u;
const CAPITALISED = /(?<![\p{L}\p{N}'’])(?:\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*|[\p{L}]*\p{Lu}{2,}[\p{L}\p{N}]*)/gu;

const TIME_UNIT = new RegExp(`^\\s*(?:${alternation(TIME_UNITS)})s?\\b`, 'iu');
const COUNTED_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(COUNTED_NOUNS)})s?\\b`, 'iu');
const MEASURE = wordsPattern(MEASURE_NOUNS, 'iu');
// "6.2% revenue per session": the measure named right after the figure.
const MEASURE_AFTER = new RegExp(`^\\s*(?:%|percent)?\\s*(?:[\\p{L}-]+\\s+)?${alternation(MEASURE_NOUNS)}\\b`, 'iu');
// "All 3 tasks", "both of the two projects": the size of the workload.
const WORKLOAD_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(?:${alternation(WORKLOAD_NOUNS)})s?\\b`, 'iu');
const UNIT_AFTER = new RegExp(`^\\s+(?:${alternation(TIME_UNITS)}|${alternation(COUNTED_NOUNS)})(?:e?s)?\\b`, 'iu');
const CHANGE_AFTER =
  /^\s*(?:%|percent|pp|percentage points?|points?|x|×|-?fold)?\s*(?:(?:\p{L}+\s+)?(?:increase|decrease|reduction|drop|lift|uplift|improvement|gain|boost|jump|fewer|more|less|faster|slower|cheaper|higher|lower|better|savings?|off|down|up|reduction|cut)\b|(?:yoy|mom|qoq|year[\s-]+(?:over|on)[\s-]+year)\b)/iu;
const CHANGE_BEFORE =
  /\b(?:by|saved|saving|save|saves|cut|reduced|increased|improved|lifted|boosted|dropped|fell|rose|grew|growing|increasing|reducing|improving|down to|up to|instead of|versus|vs\.?|compared to|compared with)\s+(?:about|around|roughly|nearly|over|almost|more than|up to|an extra|another|just|only)?\s*[$€£]?$/i;
// One end of a from-to pair: "from 27% to 21%", "from 10 days to 4".
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?[$€£]?$/i;
const TO_BEFORE = /\bfrom\s+[^,;]{1,40}?\bto\s+(?:about\s+|around\s+|under\s+|just\s+|only\s+)?[$€£]?$/i;
const TO_AFTER = /^[^,;]{0,30}?\bto\s+(?:about\s+|around\s+|under\s+|just\s+|only\s+)?[$€£]?\d/i;
const DEADLINE_BEFORE =
  /\b(?:due in|deadline(?: of| was| is)?|within|had|have|has|gave (?:us|me|them)|given|in just|only|timeline of|in under|with|took|takes|for|over|spent|spend|after|last|past|next|first)\s+(?:only\s+|just\s+|about\s+|roughly\s+|around\s+|less than\s+|under\s+)?(?:a\s+|an\s+)?$/i;
const DEADLINE_AFTER =
  /^\s*(?:\p{L}+\s+)?(?:deadline|to (?:deliver|ship|build|launch|finish|fix|get|do|migrate|prepare|make|come up)|until|left|before (?:the|a|launch)|notice)\b/iu;
const WORK_TIME_BEFORE =
  /\b(?:(?:took|take|takes)\s+(?:me|us|them|him|her|the team|my team)|spent|spend|spending)\s+(?:only\s+|just\s+|about\s+|roughly\s+|around\s+|nearly\s+|over\s+|less than\s+)?(?:a\s+|an\s+)?$/i;
// "I finished the whole system in about two months": how long building it took, not how fast a
// problem was put right ("fixed within 30 minutes"), unless set against the plan ("finished in
// five weeks against the eight planned").
const BUILT_IN =
  /\b(?:finished|completed|built|developed|designed|implemented|created|wrote|wrapped up|put together)\b[^.;]{0,60}?\b(?:in|within|over)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|only\s+|under\s+|less than\s+)?(?:a\s+|an\s+)?$/i;
const AGAINST_PLAN = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:against|instead of|rather than|versus|vs\.?|compared|ahead of|than|earlier|sooner)\b/iu;
// "The main objective, a 20% improvement, wasn't reached": a figure named as the aim is what
// the work was for; it is a result only when the clause says the aim was met.
const AIM_BEFORE = new RegExp(
  `${WORD_START}(?:${alternation([...TARGET_NOUNS, ...AIM_NOUNS])})\\b[\\s,:]*(?:(?:of|was|is|were|set at|set to)\\s+)?(?:about\\s+|around\\s+|roughly\\s+|an?\\s+)?[$€£]?$`,
  'iu',
);
// "We missed the deadline by two weeks": by how much a target was missed is a setback's size.
// As in the setback pattern, a space after the word start fails before the look back runs.
const TARGET_MISSED = new RegExp(
  `${WORD_START}(?!\\s)(?<!(?:\\bnot|\\bnever|n't)\\s+)missed\\s+(?:the|our|its|their|an?|every|each)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(TARGET_NOUNS)})\\b`,
  'iu',
);
// "My manager wanted to cut costs by 20%": a change set as the aim, a few words after its verb.
const AIM_VERB_BEFORE = new RegExp(`${WORD_START}(?:${alternation(AIM_VERBS)})\\s+to\\s+(?:[\\p{L}-]+\\s+){1,4}(?:by\\s+|to\\s+)?[$€£]?$`, 'iu');
const AIM_MET = new RegExp(
  `${WORD_START}(?:${alternation([...TARGET_MET_VERBS.filter((v) => v !== 'missed'), 'hit', 'beat', 'reached', 'achieved'])})\\b`,
  'iu',
);
const AIM_UNMET = /\b(?:not|never|missed|short of)\b|n't\b/i;
const CADENCE_BEFORE = /\b(?:every|each|once|twice)\s+(?:a\s+)?$/i;
const CADENCE_AFTER = /^\s*(?:times?\s+)?(?:a|per|each|every)\s+(?:day|week|month|quarter|year|hour|minute|run|night|sprint|release)\b/iu;
// What analysis found rather than what the work changed.
const FINDING =
  /\b(?:turned out|found (?:that|out)|(?:i|we) (?:also |then )?found (?:the|a|an|our|that)|showed (?:that|us)|revealed|discovered|we saw that|i saw that|noticed that|the data showed|the analysis showed)\b/i;
// The candidate's own finding, said first: "I saw that ...", "we dug in and found that ...".
const FOUND_THAT = /^(?:[\p{L},'’-]+\s+){0,4}?(?:i|we)\s+(?:[\p{L}-]+\s+){0,3}?(?:saw|found|noticed|discovered|realized|realised)\s+that\b/iu;
// "I know FedEx has earned a name for being dependable": what the candidate knows of the
// world, told to show interest, is no outcome of their work.
const KNOWN_THAT =
  /^(?:[\p{L},'’-]+\s+){0,2}?i(?:\s+(?:already|also|really))?\s+(?:know|understand|(?:have|'ve|’ve)\s+(?:heard|read|seen)|(?:am|'m|’m)\s+aware)\b/iu;
// "5X year over year" is a growth rate, not years of experience.
const EXPERIENCE_AFTER = /^\s*\+?\s*(?:years?|yrs?)(?![\s-]+(?:over|on)[\s-]+year)(?:\s+of|\s+in|\s+as|\s+working|\s+experience)?\b/i;

const RELATIVE = /\b(?:that|which|who|whose|whom)\b/i;
// "To hit the deadline, I cut scope": the purpose said first is what the act was for.
const PURPOSE_LEAD = /^\s*(?:in order )?to\s+(?:[^,;]{1,80},\s*|(?:[\p{L}\p{N}'’-]+\s+){1,6}?(?=(?:i|we)\s))/iu;
const AIM_TAIL = /\s+(?:before|until|so that|so it|so they|in case|to make sure|to ensure|to prevent|to avoid|to stop|to keep|how|why|whether)\b.*$/i;

const HAD_PARTICIPLE = new RegExp(
  `^(?:(?:already|just|never|not|\\p{L}+ly)\\s+)?(?:\\p{L}+ed|${alternation(IRREGULAR_WORK_PAST)}|been|had|done|gone|seen|made|taken)\\b`,
  'iu',
);
const STAGE_DIRECTION = /^\s*[([](?:\p{L}+\s?){1,3}[)\]]\s*/u;

// "that I built", "the model I trained"; a clause of time or reason ("when I joined") is not a name.
const OWN_WORK_NAMED = new RegExp(
  `^(?!(?:which|that|who)\\b)(?:[\\p{L}\\p{N}$%.,'-]+\\s+){1,8}?(?:that\\s+|which\\s+)?(?<!\\b(?:when|while|after|before|until|since|because|if|as|so|than|where|and|but|or|what|how|why|whether|once)\\s+)i\\s+(?:(?:\\p{L}+ly|also|then)\\s+)?(?:re-?)?(?:${alternation([...IRREGULAR_WORK_PAST, ...PHRASAL_WORK_PAST])}|${PAST_ED})`,
  'iu',
);

const normalized = (s: string): string => s.replace(/[’‘]/g, "'");

const LEADING_OPENER = new RegExp(`^${OPENER}`, 'iu');

// "**Sensitivity Analysis:** Found the factors ...", "**Retrieval**: when a query comes in, we
// ...": a step's own title, in title case, before its verb (the colon may follow the blanked
// bold). "Found data leakage: features used future data" is a claim, not a title.
const STEP_LABEL = /^(?:\d{1,2}[.)]\s+)?\p{Lu}[\p{L}\p{N}&/+-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&/+-]*|&|and|of|for|to|the)){0,3}\s*:\s+/u;
const RUN_IN_TITLE = /^[\p{L}\p{N}][\p{L}\p{N}&/+'’-]*(?:\s+[\p{L}\p{N}&/+'’-]+){0,4}\s*:\s+/u;
// "I think I proposed", "I guess it worked": the opinion opener is a hedge; the claim follows it.
const OPINION = /^(?:i (?:think|guess|believe|feel like|suppose|reckon)|i'm (?:pretty )?sure)(?: that)?,?\s+(?=\S)/i;

function actorOf(whole: string): { actor: Actor; rest: string } {
  // A quoted or bracketed line ("\u201cI chose to map ...") has its subject after the mark.
  // A transcript's stage direction ("(pause) I don't have it") is not part of the claim.
  const clause = whole
    .replace(STAGE_DIRECTION, '')
    .replace(/^[\s"'\u201c\u201d\u2018\u2019([*_]+/u, '')
    .replace(STEP_LABEL, '')
    .replace(OPINION, '');
  const m = SUBJECT.exec(clause);
  if (m) {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    const rest = clause.slice(m[0].length).trimStart();
    // "I'm really weak at maths" says what the candidate is; "I'm leading the migration" is work.
    if (/['’]m$/i.test(m[0]) && !PROGRESSIVE.test(rest)) return { actor: SUBJECTS[idx]!.actor, rest: `am ${rest}` };
    // "I'd start with", "we'll add": the contraction is the modal, so the act is a plan.
    // "I'd already built it" is "I had": a participle after it keeps the past.
    if (/['’](?:d|ll)$/i.test(m[0]) && !HAD_PARTICIPLE.test(rest)) return { actor: SUBJECTS[idx]!.actor, rest: `would ${rest}` };
    return { actor: SUBJECTS[idx]!.actor, rest };
  }
  // "**Key decision**: I chose Postgres", "Feature store pattern: to keep them in step, I built
  // one service": a short title before a colon, in any case, leaves the subject after it.
  // "Found data leakage: features used future data" keeps its verb: nothing acts after the colon.
  const titled = RUN_IN_TITLE.exec(clause);
  if (titled) {
    const after = actorOf(clause.slice(titled[0].length));
    if (after.actor !== 'other') return after;
  }
  if (LEADING_VERB.test(clause)) return { actor: 'none', rest: clause.replace(LEADING_OPENER, '') };
  // "The highlight was an automated pipeline I built", "the model I trained cut churn": the
  // thing is the candidate's own work, named with the work in a relative clause.
  if (OWN_WORK_NAMED.test(clause)) return { actor: 'i', rest: clause };
  if (PASSIVE.test(clause)) return { actor: 'passive', rest: clause };
  return { actor: 'other', rest: clause };
}

// "I've got strong SQL experience on several platforms": what one has to offer, however it is
// praised, is no step taken.
const GOT_STATE = new RegExp(
  String.raw`^(?:(?:have|has|had)\s+)?(?:got|gotten)\s+(?:(?!(?:buy-in|approval|promoted|adopted|signed|approved|hired)\b)\p{L}+ed\b|stuck|lost|caught|(?:a lot of|lots of|extensive|some|years of|\d+ years)\b|(?:[\p{L}/-]+\s+){0,3}(?:${alternation(SELF_KNOWLEDGE_NOUNS)})\b)`,
  'iu',
);

// "I laid out the options (cut scope or slip by a week)": alternatives in an aside are what could
// be done, not what was.
const OPTIONS_ASIDE = /\([^()]{0,120}\bor\b[^()]{0,120}\)/g;

// "As soon as I realised the error, I told my manager": the realising only says when.
// (A bounded run before one comma: linear.)
const TIME_LEAD = /^\s*(?:as soon as|when|once|after|before|while|until|the moment)\b[^,;]{1,80},\s*/i;
// "Rather than dropping them (which throws away data), I imputed them with 0": the option turned
// down, put first, leaves the claim to the clause after it.
const CONTRAST_LEAD = /^\s*(?:rather than|instead of)\b[^,;]{1,120},\s*/i;

function actOf(clause: string, actor: Actor, rest: string): { act: Act; vague: boolean } {
  if (LEARNING.test(clause)) return { act: 'learning', vague: false };
  const owned = actor === 'i' || actor === 'we' || actor === 'team' || actor === 'none';
  // "It would mean half the buyers", "this can leak labels": a modal main verb tells what
  // could be, whoever its subject, so no outcome or step is claimed.
  if (owned ? PLAN.test(rest) : MODAL_MAIN.test(rest)) return { act: 'plan', vague: false };
  if (/^\s*if\b/i.test(clause.replace(LEADING_OPENER, ''))) return { act: 'plan', vague: false };
  // "I got caught in that trap", "I've got extensive experience": what befell the candidate, or
  // what they have, is not something they did.
  if (owned && (GOT_STATE.test(rest) || SELF_STORY.test(rest))) return { act: 'state', vague: false };
  // The outcome patterns are the costliest test here: run once per clause.
  // "I dealt with bottlenecks before they grew", "each defect had to be classified before the
  // sheet reached packing": a change inside a clause of time or purpose is what the act was
  // for, or when it was due, not what it achieved.
  const main = withoutConcernsRaised(clause.replace(PURPOSE_LEAD, '').replace(AIM_TAIL, '').replace(OPTIONS_ASIDE, ''));
  // A projection is a plan; "I documented a plan that could save us time" is still the act of documenting it.
  if (PROJECTED.test(main) && PROJECTED.test(main.replace(RELATIVE_TAIL, ''))) return { act: 'plan', vague: false };
  const saysOutcome = isOutcomeSentence(main);
  const outcomeLike = saysOutcome || OUTCOME_VERB.test(main) || isSetback(main);
  if (saysOutcome && RELATIVE_OUTCOME.test(main)) return { act: 'outcome', vague: false };
  if (outcomeLike) {
    // "I helped the team ship it" is vague work, not an outcome of one's own.
    if (owned && VAGUE.test(rest)) return { act: 'action', vague: true };
    return { act: 'outcome', vague: false };
  }
  // "The client signed off", not "when you sign up, you sign a contract": the listener or anyone
  // at all agreeing is an example, not how the story ended.
  if (actor !== 'i' && actor !== 'we' && actor !== 'none') {
    const agreed = AGREED.exec(rest);
    if (agreed && !GENERIC_YOU.test(agreed[0])) return { act: 'outcome', vague: false };
  }
  if (owned) {
    // "I don't remember the details", "we never tested it": what was not done is no act.
    if (NEGATED.test(rest) || SEEKING.test(rest) || ABILITY.test(rest) || CAREER_MOVE.test(rest)) return { act: 'state', vague: false };
    if (VAGUE.test(rest)) return { act: 'action', vague: true };
    if (DECISION.test(rest)) return { act: 'decision', vague: false };
    // "Rather than insisting, I asked for a trial": an act chosen over another is a decision.
    if (CHOSEN_OVER.test(clause) && WORK_VERB.test(rest)) return { act: 'decision', vague: false };
    // A subjectless line's rest is the line past its opener: a decision in it was read above.
    if (actor === 'none') return { act: 'action', vague: false };
    if (STATE.test(rest)) return { act: 'state', vague: false };
    if (WORK_VERB.test(rest)) return { act: 'action', vague: false };
    // Any other verb after the subject tells what was done ("I went through each one", "I told
    // my manager"): the lists above only sort out the states, the plans and the vague verbs.
    if (ANY_VERB.test(rest)) return { act: 'action', vague: false };
  }
  if (actor === 'passive') return { act: 'action', vague: false };
  return { act: 'state', vague: false };
}

// "1000x optimization", "3x faster": a multiplier said with what it multiplied is a change;
// "4x A100 GPUs" is the size of the hardware.
const MULTIPLIER = /^\d[\d.,]*\s?x$/i;
const MULTIPLIED =
  /^\)?\s*(?:faster|quicker|cheaper|smaller|larger|bigger|more|less|fewer|better|speed-?ups?|optimi[sz]ation|improvement|increase|reduction|lift|gain|boost|throughput)\b/i;
// "Halved", "tenfold", "twice as fast": a multiple of a measure. "We rebuilt it twice" counts
// the times the work was done.
const MULTIPLE_WORD = /^(?:halved|doubled|tripled|\w+fold|twice\s+(?:as|the)\b)/i;
const speedup = (span: string, after: string): boolean => MULTIPLIER.test(span) && MULTIPLIED.test(after.trimStart());

const MODAL_BEFORE = new RegExp(
  String.raw`${WORD_START}(?:would|could|might|will|may|going to)\s+(?:[\p{L}-]+\s+){0,3}(?:about\s+|around\s+|roughly\s+|[$€£])?$`,
  'iu',
);

const POTENTIAL_BEFORE = /\b(?:potential(?:ly)?|projected)\s+(?:[\p{L}-]+\s+){0,2}[$€£]?$/iu;
const POTENTIAL_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:in\s+)?(?:potential|projected)\b/iu;
// Money or a share: what a projection is told in ("caught potential problems twice" counts what happened).
const VALUE_FIGURE = /^[$€£]|%$|\d\s?(?:[kKmMbB]|million|billion)$/;

// "A net benefit of $24,000", "$300K in annual savings", "$5,000 profit a week": money named as
// a gain is what the work brought in.
const GAIN_BEFORE = new RegExp(
  `\\b${alternation(GAIN_NOUNS)}\\s+(?:of|worth)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|over\\s+|more than\\s+)?$`,
  'iu',
);
const GAIN_AFTER = new RegExp(
  `^\\s*(?:(?:a|per)\\s+(?:year|month|week|quarter|day)\\s+)?(?:(?:in|of)\\s+)?(?:[\\p{L}-]+\\s+)?${alternation(GAIN_NOUNS)}\\b`,
  'iu',
);

const NOW_AT = /\bnow\s+(?:(?:at|under|below|above|over|about|around|just|only|down to|up to|less than|more than)\s+)+$/i;

function roleOf(clause: string, at: number, end: number, act: Act, where: { setup: boolean; result: boolean; finding: boolean }): QuantityRole {
  const { setup } = where;
  const before = clause.slice(Math.max(0, at - 30), at);
  const after = clause.slice(end, end + 40);
  if (EXPERIENCE_AFTER.test(after) && !/\b(?:saved|saving|cut|faster|earlier|ahead)\b/i.test(clause)) return 'experience';
  if (CADENCE_BEFORE.test(before) || (CADENCE_AFTER.test(after) && act !== 'outcome')) return 'cadence';
  const span = clause.slice(at, end);
  const isTime = TIME_UNIT.test(after) || TIME_UNIT.test(span.replace(/^[\d.,\s]+|^\p{L}+\s+/u, ''));
  // "The launch slipped two weeks": the size of a setback is not a result achieved. Only the
  // setback beside the figure: "the gap fell from 11 points to 2, launch slipped by eight days".
  if (act === 'outcome') {
    const segment = commaSegment(clause, at, end);
    if (isSetback(segment) || TARGET_MISSED.test(segment)) return isTime ? 'time' : 'scale';
  }
  // Money or a share is read by the words around it. The figure's own form is tested first: a
  // few characters, where the patterns below scan the words around it.
  if (VALUE_FIGURE.test(span)) {
    // "$2M in potential savings", "potentially $150,000 a month": a figure told as what could
    // come is a projection, whatever the verb beside it.
    if (POTENTIAL_BEFORE.test(before) || POTENTIAL_AFTER.test(after)) return 'scale';
    if (act !== 'plan' && !setup && (GAIN_BEFORE.test(before) || GAIN_AFTER.test(after))) return 'change';
  }
  // In the Result part, "fixed within 30 minutes" is how fast the result came, not a deadline.
  // "It took me two months", "we spent three weeks" there is still the time the work took.
  if (where.result && isTime && act !== 'plan' && !WORK_TIME_BEFORE.test(before) && !(BUILT_IN.test(clause.slice(0, at)) && !AGAINST_PLAN.test(after)))
    return 'change';
  if (act !== 'outcome' && isTime && (DEADLINE_BEFORE.test(before) || DEADLINE_AFTER.test(after))) return 'deadline';
  if ((AIM_BEFORE.test(before) || AIM_VERB_BEFORE.test(clause.slice(Math.max(0, at - 60), at))) && (!AIM_MET.test(clause) || AIM_UNMET.test(clause)))
    return 'scale';
  // "It turned out one channel churned at a 15% higher rate": a fact found, not a change made.
  if (where.finding) return 'baseline';
  const fromTo = (FROM_BEFORE.test(before) && TO_AFTER.test(after)) || TO_BEFORE.test(before);
  if (fromTo || CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(before) || MULTIPLE_WORD.test(span + after) || speedup(span, after))
    // "... know the project would slip by 2 weeks": a change said after a modal is foreseen, not made.
    return act === 'plan' || MODAL_BEFORE.test(clause.slice(Math.max(0, at - 40), at)) ? 'scale' : 'change';
  // "Two weeks after launch", "within a month": when it happened, not what changed.
  // "Restored in 40 minutes": a duration after an outcome verb is how fast the result came;
  // "Two weeks after launch, precision fell" opens with a time frame instead.
  if (isTime && act === 'outcome' && /\b(?:in|within|under)\s+(?:about\s+|around\s+|just\s+|only\s+|less than\s+)?$/i.test(before) && at > 0) return 'change';
  // "The review wait is now under half a day": the value a measure stands at now.
  if (NOW_AT.test(before)) return 'level';
  if (isTime) return 'time';
  if (WORKLOAD_AFTER.test(span.replace(/^\S+/, '') + after)) return 'scale';
  if (act === 'outcome') return 'change';
  if (setup) return 'baseline';
  if (MEASURE_AFTER.test(after) || (MEASURE.test(clause) && !COUNTED_AFTER.test(after))) return 'level';
  // "After cleaning, less than 2% of the data was missing": a share the Result states is where a measure stands.
  if (where.result && (span.endsWith('%') || /^\s*(?:%|percent)/i.test(after))) return 'level';
  return 'scale';
}

/** The stretch of the clause between the commas around a figure. */
function commaSegment(clause: string, at: number, end: number): string {
  const from = Math.max(clause.lastIndexOf(',', at), clause.lastIndexOf(';', at)) + 1;
  let to = clause.slice(end).search(/[,;]/);
  to = to < 0 ? clause.length : end + to;
  return clause.slice(from, to);
}

const INFINITIVE_BEFORE = /\bto\s$/i;

const AFTER_COLON = /:[\s*_]*$/;
// "✅ Listen to every side", "👉 Idempotency means": a mark before the first word leaves it the sentence's first.
const FIRST_WORD = /[\p{L}\p{N}]/u;
// "1. Model packaging", "steps are: 2. Hosting": the number of a point opens it as a sentence would.
const AFTER_ENUMERATOR = /[:.!?]\s*\d{1,2}[.)][\s*_]*$/;
function things(text: string, base: number, sentenceStart: boolean): Thing[] {
  const out: Thing[] = [];
  THING.lastIndex = 0;
  let m: RegExpExecArray | null;
  // "I want to join this company", "to index the docs": after "to" the word is a verb.
  while ((m = THING.exec(text)) !== null)
    if (!INFINITIVE_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)))
      out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  // A compound or a code name that overlaps a thing found before it adds nothing.
  const addUnlessOverlapping = (found: RegExpExecArray): void => {
    const start = base + found.index;
    const end = start + found[0].length;
    if (!out.some((t) => t.start < end && t.end > start)) out.push({ start, end, text: found[0] });
  };
  COMPOUND.lastIndex = 0;
  while ((m = COMPOUND.exec(text)) !== null) addUnlessOverlapping(m);
  // Most clauses hold no code name: a scan for its marks first spares the costlier pattern.
  if (CODE_MARK.test(text)) {
    IDENTIFIER.lastIndex = 0;
    while ((m = IDENTIFIER.exec(text)) !== null) addUnlessOverlapping(m);
  }
  CAPITALISED.lastIndex = 0;
  // A step's title ("Stress Testing:") and the word after a colon open a sentence of their own:
  // their capitals are not names.
  const title = STEP_LABEL.exec(text)?.[0].length ?? 0;
  const first = sentenceStart ? text.search(FIRST_WORD) : -1;
  while ((m = CAPITALISED.exec(text)) !== null) {
    const opens =
      m.index === first ||
      m.index < title ||
      AFTER_COLON.test(text.slice(Math.max(0, m.index - 6), m.index)) ||
      // The clause's own start counts as a sentence's end before it.
      AFTER_ENUMERATOR.test((m.index <= 12 ? ':' : '') + text.slice(Math.max(0, m.index - 12), m.index));
    if (opens && !/\p{Lu}{2}/u.test(m[0])) continue;
    if (NOT_NAME.has(m[0].toLowerCase())) continue;
    if (out.some((t) => t.start <= base + m!.index && t.end >= base + m!.index + m![0].length)) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "I used my analytical and critical thinking skills": the words before the noun do not make it
// less of a stock phrase. "My Python skills" names a skill, so the words are lower case (and the
// pattern is case-sensitive for it).
const OWN_SKILLS = new RegExp(String.raw`(?<![\p{L}\p{N}_])[Mm]y\s+(?:[\p{Ll}-]+\s+){1,4}?(?:${alternation(OWN_SKILL_NOUNS)})\b`, 'gu');

function generic(text: string, base: number): Thing[] {
  const out: Thing[] = [];
  let m: RegExpExecArray | null;
  for (const pattern of [GENERIC, OWN_SKILLS]) {
    pattern.lastIndex = 0;
    while ((m = pattern.exec(text)) !== null) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (!out.some((t) => t.start < end && start < t.end)) out.push({ start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function movedBy<T extends { start: number; end: number }>(spans: T[], by: number): T[] {
  return spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by }));
}

/**
 * A claim of an answer moved to another place in its file: the same clause, `by` code units
 * further on. What it holds is read from the claim it was moved from, so whichever of the
 * two is asked first reads it for both.
 */
class MovedClaim implements Claim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly sectionKinds: SectionKind[];
  readonly actor: Actor;
  readonly act: Act;
  readonly vague: boolean;
  private quantitiesRead: Quantity[] | undefined = undefined;
  private thingsRead: Thing[] | undefined = undefined;
  private genericRead: Thing[] | undefined = undefined;

  constructor(
    private readonly from: Claim,
    private readonly by: number,
  ) {
    this.start = from.start + by;
    this.end = from.end + by;
    this.text = from.text;
    this.sentence = from.sentence;
    this.sectionKinds = from.sectionKinds;
    this.actor = from.actor;
    this.act = from.act;
    this.vague = from.vague;
  }

  get quantities(): Quantity[] {
    return (this.quantitiesRead ??= movedBy(this.from.quantities, this.by));
  }

  get things(): Thing[] {
    return (this.thingsRead ??= movedBy(this.from.things, this.by));
  }

  get generic(): Thing[] {
    return (this.genericRead ??= movedBy(this.from.generic, this.by));
  }
}

const cache = new WeakMap<Answer, Claim[]>();
const bySentence = new WeakMap<Answer, (Claim[] | undefined)[]>();
const movedFrom = new WeakMap<Answer, { answer: Answer; by: number }>();

/** The claims of one sentence of the answer, read once; lint rules ask for a few sentences only. */
export function claimsOfSentence(answer: Answer, index: number): Claim[] {
  let read = bySentence.get(answer);
  if (!read) {
    read = [];
    bySentence.set(answer, read);
  }
  if (read[index]) return read[index];
  const from = movedFrom.get(answer);
  return (read[index] = from ? claimsOfSentence(from.answer, index).map((c) => new MovedClaim(c, from.by)) : readSentence(answer, index));
}

/**
 * `copy` is `answer` with every offset moved `by` code units (an answer linted on its own,
 * then placed in its file to be scored): its claims are `answer`'s, moved, not read again.
 */
export function claimsMoveWith(answer: Answer, copy: Answer, by: number): void {
  movedFrom.set(copy, { answer, by });
}

/**
 * The answer's candidate prose as claims, clause by clause: who acts, what kind of act,
 * the numbers with their roles, the things named and the stock phrases. Read once per
 * answer and shared by every rule and rubric that asks.
 */
export function claimsOf(answer: Answer): Claim[] {
  const known = cache.get(answer);
  if (known) return known;
  // A loop, not flatMap: flatMap over a bank's thousands of sentences cost as much as a pattern.
  const out: Claim[] = [];
  for (let index = 0; index < answer.sentences.length; index++) for (const c of claimsOfSentence(answer, index)) out.push(c);
  cache.set(answer, out);
  return out;
}

/**
 * A clause or one step of it: `who` when its subject was read already (a clause kept whole),
 * `actor` when it shares the subject of the step before it.
 */
interface Predicate {
  start: number;
  end: number;
  actor?: Actor;
  who?: { actor: Actor; rest: string };
}

/**
 * The sentence's clauses, with a clause whose subject acts ("I", "we", the team) cut again at
 * each further verb it coordinates: those steps share its subject. A piece of three words or
 * fewer stays with the one before it ("I cleaned and merged the tables" is one step).
 */
function predicates(sentence: string): Predicate[] {
  const out: Predicate[] = [];
  for (const c of splitClauses(sentence)) {
    const text = normalized(sentence.slice(c.start, c.end));
    const who = actorOf(text);
    const { actor } = who;
    if (actor !== 'i' && actor !== 'we' && actor !== 'team') {
      out.push({ start: c.start, end: c.end, who });
      continue;
    }
    const cuts: number[] = [];
    // Every match holds a comma or an "and", so none is empty. An exec loop, not matchAll:
    // matchAll copies the pattern on each call, which costs more than the scan of a clause.
    NEXT_PREDICATE.lastIndex = 0;
    for (let m = NEXT_PREDICATE.exec(text); m !== null; m = NEXT_PREDICATE.exec(text)) {
      const at = m.index + m[0].length;
      const before = text.slice(cuts.length ? cuts[cuts.length - 1] : 0, m.index);
      // "a model that started as a notebook and ended up in the workflow": the verb after a
      // relative clause goes on with that clause, not with the subject.
      if (RELATIVE.test(before)) break;
      if (!atMostThreeWords(before)) cuts.push(at);
    }
    let from = c.start;
    cuts.forEach((cut, i) => {
      out.push({
        start: from,
        end:
          c.start +
          text
            .slice(0, cut)
            .trimEnd()
            .replace(/(?:,|\s+and|\s+then|,\s+and|,\s+then|,\s+and then)$/i, '').length,
        ...(i > 0 ? { actor } : {}),
      });
      from = c.start + cut;
    });
    out.push({ start: from, end: c.end, ...(cuts.length ? { actor } : { who }) });
  }
  return out;
}

/** Where a clause stands, for the roles of its numbers. */
interface Setting {
  setup: boolean;
  result: boolean;
  finding: boolean;
}

/** The numbers of a clause (`raw`, starting at document offset `base`) with their roles. */
function quantitiesOf(raw: string, base: number, act: Act, where: Setting): Quantity[] {
  const text = normalized(raw);
  return findMagnitudes(text).map((q) => {
    // "two weeks", "four analysts": a number word is quoted with what it counts.
    const unit = /^\p{L}/u.test(text.slice(q.start, q.end)) ? UNIT_AFTER.exec(text.slice(q.end, q.end + 40)) : null;
    const end = unit ? q.end + unit[0].length : q.end;
    return { start: base + q.start, end: base + end, text: raw.slice(q.start, end), role: roleOf(text, q.start, q.end, act, where) };
  });
}

/**
 * A claim whose numbers, named things and stock phrases are read when first asked for: a
 * rule that asks only who acts and what kind of act it is never pays for them, and the lint
 * rules never ask for the things or the stock phrases (the scorer does).
 */
class ReadClaim implements Claim {
  private quantitiesRead: Quantity[] | undefined = undefined;
  private thingsRead: Thing[] | undefined = undefined;
  private genericRead: Thing[] | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly sentence: number,
    readonly sectionKinds: SectionKind[],
    readonly actor: Actor,
    public act: Act,
    readonly vague: boolean,
    /** The clause opens its sentence (a capital there names nothing). */
    private readonly opensSentence: boolean,
    /** The act the numbers' roles are read against (before a measured change makes a state an outcome). */
    private readonly roleAct: Act,
    private readonly where: Setting,
    /** Inline code inside the clause: blank in the prose, but a name all the same. */
    private readonly codeNames: readonly CodeName[],
  ) {}

  get quantities(): Quantity[] {
    return (this.quantitiesRead ??= quantitiesOf(this.text, this.start, this.roleAct, this.where));
  }

  get things(): Thing[] {
    return (this.thingsRead ??= withCodeNames(things(this.text, this.start, this.opensSentence), this.codeNames));
  }

  get generic(): Thing[] {
    return (this.genericRead ??= generic(normalized(this.text), this.start));
  }
}

function withCodeNames(found: Thing[], codeNames: readonly CodeName[]): Thing[] {
  if (codeNames.length === 0) return found;
  return [...found, ...codeNames.map((c) => ({ start: c.start, end: c.end, text: c.text }))].sort((a, b) => a.start - b.start);
}

const LEAD_IN_TITLE = /^[^\p{N}:]{1,40}:\s*$/u;

// A sentence that ends on a question mark, inside quotes or brackets or not.
const ASKED = /\?[\s"'’”)*_]*$/u;

/** The sentence asks rather than tells: no outcome or result figure is read from it. */
export function asksQuestion(sentence: string): boolean {
  return ASKED.test(sentence);
}

function readSentence(answer: Answer, index: number): Claim[] {
  const s = answer.sentences[index]!;
  // "**STAR Answer:**", "My approach:", "Key principles:": a title that leads into what follows
  // says nothing of its own.
  if (LEAD_IN_TITLE.test(s.text)) return [];
  const out: ReadClaim[] = [];
  const where: Omit<Setting, 'finding'> = {
    setup: s.sectionKinds.length > 0 && s.sectionKinds.every((k) => k === 'situation' || k === 'task'),
    result: s.sectionKinds.includes('result'),
  };
  // Whether the clause before this one tells a finding.
  let finding = false;
  const findingInSentence = FINDING.test(s.text);
  const asked = asksQuestion(s.text);
  for (const c of predicates(s.text)) {
    const raw = s.text.slice(c.start, c.end);
    const text = normalized(raw);
    // A step that shares the subject before it is all predicate; any other piece has its own.
    // A clause of time put first ("As soon as I saw the error, I told my manager") says when;
    // the claim is the clause after it.
    const afterTime = text.replace(TIME_LEAD, '');
    const core = afterTime.replace(CONTRAST_LEAD, '');
    // A step taken over the option turned down before it is a choice made.
    const chosenOver = core !== afterTime;
    const subject = c.actor ? { actor: c.actor, rest: text.replace(/^(?:and|then)\s+/i, '') } : core !== text ? actorOf(core) : (c.who ?? actorOf(text));
    // "We collected the chargebacks, engineered features, and trained a model": a step with
    // no subject of its own goes on with the subject of the step before it.
    const prev = out[out.length - 1];
    const { actor, rest } =
      subject.actor === 'none' && prev && (prev.actor === 'i' || prev.actor === 'we' || prev.actor === 'team')
        ? { actor: prev.actor, rest: subject.rest }
        : subject;
    const read = actOf(core, actor, rest);
    let act = chosenOver && read.act === 'action' && !read.vague ? 'decision' : read.act;
    // "..., which finance valued at $1.2M": a relative clause goes on with the outcome before it.
    if (act === 'state' && prev && prev.act === 'outcome' && RELATIVE_OPENER.test(text)) act = 'outcome';
    // "I now keep the log running all year", after the story: a habit the story taught. In the
    // first sentence "I now lead the team" is where the candidate stands today.
    if (index > 0 && /^i now\s+(?!(?:work|lead|manage|run|own|am|have)\b)/i.test(text) && act !== 'plan') act = 'learning';
    // "Our churn model slipped a month." A setback the story opens on, or one in its Situation,
    // is the problem it goes on to solve, not what came of it.
    if (act === 'outcome' && (index === 0 || where.setup) && isSetback(text) && !isOutcomeSentence(text)) act = 'state';
    // "I found that Q4 brings in 40%; promotions raised conversion by 12%": what was found is
    // the clause that says so and what goes on with it ("..., and that the top 20 customers
    // ..."), not every figure of its sentence.
    finding = (findingInSentence && FINDING.test(text)) || (finding && /^(?:and\s+)?(?:that|which|whereas|while)\b/i.test(text));
    // "I saw that I had turned into the bottleneck", "I investigated and found that the feed had
    // doubled the dividends": what the candidate found is the problem's diagnosis, not what the
    // work changed.
    if (act === 'outcome' && (FOUND_THAT.test(text) || KNOWN_THAT.test(text))) act = 'state';
    // "Is 1-second latency worth $4.5k a month to the business?": a question asks; it reports
    // no outcome, whatever figure it holds.
    if (act === 'outcome' && asked) act = 'state';
    const start = s.start + c.start;
    const end = s.start + c.end;
    const codeNames = answer.inlineCode?.filter((n) => n.start >= start && n.end <= end) ?? [];
    const claim = new ReadClaim(start, end, raw, index, s.sectionKinds, actor, act, read.vague, c.start === 0, act, { ...where, finding }, codeNames);
    // "It drove a 15% increase in sales": a clause that states a measured change is an
    // outcome, whatever its verb.
    if (act === 'state' && actor !== 'i' && !asked && claim.quantities.some((q) => q.role === 'change')) claim.act = 'outcome';
    out.push(claim);
  }
  return out;
}
