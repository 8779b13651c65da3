import type { Answer, Rule } from '../types.js';
import {
  BAD_QUALITY,
  BEST_FOR_GENRES,
  BEST_FOR_NOUNS,
  BLAMED_TEAMS,
  DATA_FETCH_VERBS,
  DATA_SET_NOUNS,
  DEPENDS_ADVERBS,
  DECISION_CONDITIONS,
  DEPENDS_ON_VAGUE,
  HANDED_OVER,
  HANDED_OVER_WORK,
  oneOf,
  PRACTICE_DEGREES,
  PRACTICE_FRAME_WORDS,
  PRACTICE_FRAMES,
  SLOGAN_ADVERBS,
  SLOGAN_BECAUSE,
  SLOGAN_NOUNS,
  TUTORIAL_MINIMIZERS,
  TUTORIAL_NOUNS,
  TUTORIAL_SOURCES,
  TUTORIAL_VERBS,
} from '../lexicon/index.js';
import { sentenceAfter, sentenceAt } from './util/context.js';
import { compilePhrases, findPhrases, isCustom, type PhraseEntry } from './util/phraseMatcher.js';

type FlagId = 'best' | 'tutorial' | 'kaggle' | 'allFeatures' | 'blame' | 'depends';

interface Hit {
  /** Offsets in the prose. */
  start: number;
  end: number;
  phrase: string;
  answer: Answer;
  /** The prose from the end of the phrase to the end of its sentence. */
  rest: string;
  /** The sentence that holds the phrase and the one after it. */
  sentence: string;
  next: string;
}

/** Its guard is false when the context shows the candidate already did what the flag asks for. */
interface FlagEntry extends PhraseEntry<Hit> {
  id: FlagId;
  /** The phrase starts with a noun whose modifiers ("the data engineering") belong to it. */
  extendBack?: boolean;
}

const ARTICLE = new Set(['the', 'our', 'their', 'a', 'an', 'that', 'this', 'his', 'her', 'my']);
const NOT_MODIFIER = new Set([
  'because',
  'so',
  'and',
  'but',
  'then',
  'that',
  'which',
  'when',
  'since',
  'as',
  'to',
  'be',
  'fair',
  'honestly',
  'was',
  'is',
  'were',
  'it',
  'i',
  'we',
  'they',
  'said',
  'with',
  'by',
  'from',
  'of',
  'on',
  'in',
  'for',
  'blame',
  'blamed',
]);

/** Where the words naming a team start before `at`: "[the data engineering] team", "[their] vendor". */
function teamPrefix(prose: string, at: number): number {
  const before = prose.slice(Math.max(0, at - 60), at);
  const clause = /[^.,;:!?()\n]*$/.exec(before)?.[0] ?? '';
  const words = [...clause.matchAll(/[\w'’-]+/g)].map((w) => ({ text: w[0].toLowerCase(), index: at - clause.length + w.index }));
  const tail = words.slice(-3);
  let article = -1;
  tail.forEach((w, i) => {
    if (ARTICLE.has(w.text)) article = i;
  });
  if (article >= 0) return tail[article]!.index;
  let start = at;
  for (const w of words.slice(-2).reverse()) {
    if (NOT_MODIFIER.has(w.text)) break;
    start = w.index;
  }
  return start;
}

// "because it's the best model." is a slogan; "because it was the best fit for our 45 ms budget" is a reason.
const GENERIC_AFTER_BEST = new Set([
  'model',
  'models',
  'one',
  'tool',
  'tools',
  'algorithm',
  'library',
  'framework',
  'option',
  'choice',
  'approach',
  'method',
  'out',
  'there',
  'available',
  'around',
  'on',
  'the',
  'market',
  'in',
  'industry',
  'field',
  'thing',
  'solution',
  'technique',
  'classifier',
  'database',
  'platform',
  'right',
  'now',
  'today',
  'period',
  'by',
  'far',
  'ever',
  'of',
  'all',
  'them',
  'overall',
  'everyone',
  'knows',
  'anyway',
  // "the best tool for that / for the job": still no reason given.
  'for',
  'that',
  'this',
  'it',
  'job',
  'task',
  'purpose',
  'use',
  'case',
  'work',
  // "the best model for tabular data / for text": a genre, not this problem's constraint.
  'tabular',
  'data',
  'text',
  'images',
  'vision',
  'nlp',
  'classification',
  'regression',
  'problems',
  'tasks',
  // "the best approach for our documents / for company docs": the same genre, said of one's own data.
  'our',
  'company',
  'documents',
  'docs',
  // "the best option for small teams / for us / for most people": an audience, not a constraint.
  'small',
  'teams',
  'team',
  'us',
  'startups',
  'beginners',
  'most',
  'people',
  'everything',
  // "the best approach these days", "the best model for this kind of thing".
  'these',
  'days',
  'nowadays',
  'currently',
  'kind',
  'sort',
  'type',
  'stuff',
  'things',
]);

// "Kubeflow is the best tool for that": the slogan said as a claim, with no "because". Checked on
// a bounded slice before the phrase, not with a look-behind in the pattern: the scan tries the
// pattern at every position, and a look-behind over whitespace made it quadratic on long runs.
const CLAIM_BEFORE = /(?:\bis|\bwas|['’]s)\s+(?:(?:simply|just|honestly|clearly|obviously)\s+)?$/i;

function claimedBest({ answer, start }: Hit): boolean {
  return CLAIM_BEFORE.test(answer.prose.slice(Math.max(0, start - 24), start));
}

function bestIsBare({ rest }: Hit): boolean {
  // "because it's the best and i just followed a tutorial": a new clause is no reason for the first.
  const clause = rest.split(/[.;:!?,—–(]|\s(?:and|but|so|then|while)\s/i)[0] ?? '';
  const words = clause.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return words.length <= 5 && words.every((w) => GENERIC_AFTER_BEST.has(w));
}

const ADAPTED =
  /\b(?:adapt\w*|modif\w*|extend\w*|rewr\w*|replac\w*|customi[sz]\w*|tun\w*|instead|tailor\w*|validat\w*|benchmark\w*|compar\w*|redesign\w*|re-?engineer\w*)/i;
const PRACTICE_FRAME = new RegExp(`\\b(?:${oneOf(PRACTICE_FRAMES)}|${oneOf(PRACTICE_FRAME_WORDS)}\\b|${oneOf(PRACTICE_DEGREES)})`, 'i');
// "I just followed a tutorial": the minimizer says the tutorial was all there was.
const MINIMIZED = new RegExp(`^${oneOf(TUTORIAL_MINIMIZERS)}\\b`, 'i');
// Words of choosing features, as stems: "selected", "dropping", "pruned", "regularised".
const SELECTION_STEMS = String.raw`select\w*|drop\w*|remov\w*|prun\w*|importance|correlat\w*|shap|ablat\w*|rfe|lasso|l1|regulari[sz]\w*|filter\w*|surviv\w*`;
const SELECTION = new RegExp(String.raw`\b(?:${SELECTION_STEMS}|kept only|cut (?:it|them) (?:down|to))`, 'gi');
const NEGATED = /(?:\bnot|n't|\bnever|\bno)\b[^.]{0,20}$/i;
const DEFINING_WHEN = /\b(?:is|are|['’]s)\s+(?:(?:basically|just|simply|essentially|kind of|sort of)\s+)?when\b/gi;
// "there was no time for feature selection", "you don't need to do any selection": no selection.
const SELECTION_DENIED = /(?:\b(?:no|not|never|without|any)\b|n't)[^.,;]{0,40}$/i;

/** The text says features were selected, not that selection was skipped. */
function selects(text: string): boolean {
  SELECTION.lastIndex = 0;
  for (let m = SELECTION.exec(text); m !== null; m = SELECTION.exec(text)) {
    if (!SELECTION_DENIED.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}
// Decision criteria: a condition, or a named factor the choice turns on.
const CRITERIA = new RegExp(
  String.raw`\b(?:${[...DECISION_CONDITIONS, String.raw`for (?:a|an) \w+ (?:with|where|that)`, 'the trade-?off', 'trade-?offs are'].join('|')})\b`,
  'i',
);

// What a bare "it depends" may go on to name without naming a criterion: "on the use case".
const DEPENDS_ON = `(?: on (?:the |your |my |our |a )?(?:use[ -]case|use[ -]cases|${oneOf(DEPENDS_ON_VAGUE)}))?`;

const ENTRIES: FlagEntry[] = [
  {
    id: 'best',
    // The generic noun after "best" belongs to the slogan: "because it's the best one".
    pattern:
      `${oneOf(SLOGAN_BECAUSE)} it(?:'s| is| was) (?:${oneOf(SLOGAN_ADVERBS)} )?the best(?: ${oneOf(SLOGAN_NOUNS)})?` +
      '|because (?:everyone|everybody) (?:else )?uses it' +
      `|the best ${oneOf(BEST_FOR_NOUNS)} for ` +
      '(?:(?:this|that) (?:kind|sort|type) of (?:thing|stuff|problem|task|work)s?|that|this|it|the job|everything|' +
      `(?:[\\w-]+ )?${oneOf(BEST_FOR_GENRES)})`,
    needs: 'best|uses',
    guard: (h) => /everyone|everybody/i.test(h.phrase) || (bestIsBare(h) && (!/^the/i.test(h.phrase) || claimedBest(h))),
  },
  {
    id: 'tutorial',
    pattern:
      `(?:${oneOf(TUTORIAL_MINIMIZERS)} )?${oneOf(TUTORIAL_VERBS)} (?:a|an|the|some|this|that|one) ` +
      `(?:${oneOf(TUTORIAL_SOURCES)} )?${oneOf(TUTORIAL_NOUNS)}`,
    needs: oneOf(TUTORIAL_NOUNS),
    guard: (h) => MINIMIZED.test(h.phrase) || !ADAPTED.test(h.rest + ' ' + h.next),
  },
  {
    id: 'kaggle',
    pattern:
      `${oneOf(DATA_FETCH_VERBS)} (?:the|a|this|that|some|our|my|all the) (?:[\\w-]+ ){0,2}?${oneOf(DATA_SET_NOUNS)} ` +
      '(?:[\\w-]+ ){0,2}?(?:from|off|on|via) kaggle' +
      '|(?:(?:the|our|this|that|my) )?(?:data|dataset|data set) (?:came|was|were) (?:\\w+ )?from kaggle',
    needs: 'kaggle',
    guard: (h) => !PRACTICE_FRAME.test(h.answer.prose),
  },
  {
    id: 'allFeatures',
    pattern:
      '(?:use|used|kept|included|fed|took|threw|dumped|put|using|keeping|feeding) (?:in )?all (?:of )?(?:the |our |my )?' +
      '(?:[\\d,]+ |available |raw |possible |\\w+ )?features',
    needs: 'features',
    guard: (h) => !/^\s*of\b/i.test(h.rest) && !selects(h.sentence + ' ' + h.next),
  },
  {
    id: 'blame',
    // Anchored on the team noun so the scan stays cheap; the words naming the team are added back by `teamPrefix`.
    pattern:
      `${oneOf(BLAMED_TEAMS)} ${oneOf(HANDED_OVER)} (?:me|us|my team|our team) (?:[\\w-]+ ){0,2}?${oneOf(BAD_QUALITY)} (?:\\w+ )?${oneOf(HANDED_OVER_WORK)}` +
      "|team's fault|blamed? (?:it )?(?:on )?(?:the |their )?(?:[\\w-]+ ){0,2}team",
    extendBack: true,
    needs: `fault|blame|${oneOf(HANDED_OVER)} (?:me|us|my team|our team)`,
    // "It wasn't the data team's fault" takes blame away; only the accusing forms count.
    guard: (h) => !/fault|blame/i.test(h.phrase) || !NEGATED.test(h.answer.prose.slice(Math.max(0, h.start - 30), h.start)),
  },
  {
    id: 'depends',
    pattern: `(?:it|that|this) (?:${oneOf(DEPENDS_ADVERBS)} )?depends${DEPENDS_ON}`,
    needs: 'depends',
    // "RAG is basically when you retrieve …" defines a word; its "when" is no condition.
    guard: (h) => !/^\s*on\b/i.test(h.rest) && !CRITERIA.test(h.rest) && !CRITERIA.test(h.next.replace(DEFINING_WHEN, ' ')),
  },
];

const PHRASES = compilePhrases(ENTRIES);

export const redFlag: Rule = {
  meta: {
    id: 'red-flag',
    description:
      'Phrases interviewers treat as red flags: "because it\'s the best", "I just followed a tutorial", data "from Kaggle", ' +
      '"all the features", blaming another team, a bare "it depends".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      best:
        '"{phrase}" is a slogan, not a reason. ' +
        'Name what made it fit this problem (the data, the latency budget, interpretability) and what you compared it with.',
      tutorial:
        '"{phrase}" tells the interviewer you made no decisions. ' +
        'Say what you took from it, what you changed for your data and constraints, and how you checked it worked.',
      kaggle:
        '"{phrase}" makes work experience sound like a practice project. ' +
        'Say which system the data came from and how you extracted it, or present it openly as a personal project.',
      allFeatures: '"{phrase}" suggests no feature selection. Say how many features you built, which you kept and how you chose them.',
      blame:
        '"{phrase}" puts the blame on another team. ' +
        'State the data problem as a fact, then what you did about it (checks you added, the fix you worked out with that team).',
      depends: '"{phrase}" with no criteria is a non-answer. Name the deciding factors ("X when ..., Y when ...") and say which you would pick here.',
    },
  },
  check({ answer, report }) {
    const prose = answer.prose;
    findPhrases<FlagEntry, Hit>(PHRASES, prose, {
      context: (m) => {
        const from = m.entry.extendBack && !/^blame/i.test(m.text) ? teamPrefix(prose, m.index) : m.index;
        const end = m.index + m.text.length;
        const sentence = sentenceAt(answer.sentences, answer.proseStart + from);
        const next = sentence ? sentenceAfter(answer.sentences, sentence.end - 1) : undefined;
        return {
          start: from,
          end,
          phrase: prose.slice(from, end),
          answer,
          rest: sentence ? prose.slice(end, sentence.end - answer.proseStart) : prose.slice(end, end + 200),
          sentence: sentence?.text ?? '',
          next: next?.text ?? '',
        };
      },
      found: (m, hit) => {
        if (!hit || isCustom(m.entry)) return;
        const phrase = hit.phrase.replace(/\s+/g, ' ');
        report({ messageId: m.entry.id, data: { phrase }, start: answer.proseStart + hit.start, end: answer.proseStart + hit.end, actual: phrase });
      },
    });
  },
};
