import { METHOD_PRESENT, WORK_PRESENT, alternation } from '../lexicon/index.js';
import type { Answer, AnswerType } from '../types.js';

/**
 * What kind of answer this is, from the question when it says, else from the content. The
 * type decides what the answer owes: a story owes its own actions and a result, a pitch a
 * flagship project with a number, an honest gap answer the gap, the adjacent experience and a
 * plan; an explanation owes none of them.
 */

/** Text as the cue patterns read it: lower case, straight apostrophes. */
function cueText(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

// The question itself, without "Q3:" or "Interviewer:" in front of it or quotes around it.
function bareQuestion(text: string): string {
  return cueText(text)
    .replace(/^(?:q(?:uestion)?\s*\d*\s*[:.)\-–—]|question\b|interviewer\s*:)\s*/, '')
    .replace(/^["'“*_\s]+/, '');
}

// "Tell me about yourself", a 30-second pitch: the introduction that has a word budget and owes a flagship number.
const INTRODUCTION =
  /elevator pitch|(?:tell|talk|pitch|say|share)\b(?: [\w-]+){0,4} about yourself|introduce yourself|self[- ]introduction|\d+[- ]second (?:pitch|intro)|walk (?:me|us) through (?:your|you) (?:background|resume|cv|career)/;

const QUESTION_TYPES: [AnswerType, RegExp][] = [
  // "Why are you looking to leave?" is about leaving, not the pitch "why are you looking at us".
  ['general', /\bwhy (?:are|were|did|do|would) you (?:\w+ ){0,3}(?:leave|leaving|left|quit|quitting)\b|reason for leaving/],
  [
    'pitch',
    new RegExp(
      `${INTRODUCTION.source}|` +
        String.raw`why (?:should we hire|do you want (?:to work|this|to join)|this (?:role|job|company|team)|are you (?:interested|applying|looking|moving|changing)|did you (?:want to become|move|choose|decide|get into|switch)|data science)|what (?:attracts|draws|led|brought|excites) you|what does your \w+ (?:background|experience) bring`,
    ),
  ],
  [
    'honesty',
    /^(?:have you (?:ever )?(?:used|worked (?:with|on)|shipped|deployed|built|done|trained|run|managed|led)|do you (?:have (?:any )?experience|know)|what(?:'s| is) your experience (?:with|in)|can you (?:write|code|work)|are you familiar)|you don't have|you have no|(?:lack|without) (?:of )?(?:experience|background)|(?:more|less|light on|little) experience/,
  ],
  [
    'general',
    /weakness|strengths?\b|\bgaps?\b.*\b(?:cv|resume|employment)\b|what would you do|^if (?:i|we|your|a|the) |why (?:are you|did you) (?:leave|leaving)|worst (?:manager|boss)|like least|where do you see yourself|salary|questions for (?:me|us)|first (?:30|60|90) days/,
  ],
  [
    'behavioral',
    /tell (?:me|us) about (?:a|an|the) (?:time|situation|occasion|moment|difficult|tough|hard|challenging|conflict|mistake|failure)|walk (?:me|us) through (?:a|an|the) (?:\w+ )?(?:incident|outage|failure|conflict|situation|mistake)|(?:tell (?:me|us)|talk) about your experience \w+ing|describe (?:a|an) (?:time|situation|occasion|conflict|disagreement)|give (?:me |us )?an example|a time (?:when |you )|(?:can|could) you (?:tell|share|describe) .*(?:time|situation|when you)|how do you (?:handle|deal with|respond to|manage|cope with) (?:pressure|stress|criticism|feedback|disagreements?|conflict|deadlines|difficult|a difficult|stakeholders|ambiguity|mistakes|failure|working under)|conflict|failed|failure|disagree|(?:went|go|gone|goes) (?:wrong|badly)|(?:did not|didn't) go (?:well|as planned)|\b(?:biggest|greatest|hardest|toughest|main) (?:challenge|obstacle|setback|mistake)s?\b|\bdecision (?:i|you) (?:\w+ ){0,2}(?:made|advocated|pushed|championed|took|had to make)\b/,
  ],
  [
    'project',
    /walk (?:me|us) through (?:a|an|one) (?:\w+ )?(?:project|model|system|pipeline)|walk (?:me|us) through (?:your|one of your) (?:[\w-]+ ){0,3}(?:project|model|system|pipeline|architecture|platform|stack|solution|setup|service|dashboard|workflow)|tell (?:me|us) about (?:a|an|your|one) (?:\w+ ){0,2}(?:project|system|model|pipeline|dashboard|product|platform)(?! (?:that|which|where|when) (?:failed|went wrong))|(?:your|the) (?:\w+ ){0,3}project\b|(?:most|proudest) (?:impactful|proud|successful|challenging) (?:project|work|model)|proudest|(?:biggest|greatest) (?:achievement|accomplishment)|projects? (?:are you|you are|you're) (?:most )?proud|describe (?:a|an|your) (?:\w+ )?project/,
  ],
  [
    'technical',
    /^(?:explain(?! (?:how|why|what|when) (?:you|your|i)\b| (?:a|one) (?:time|project|decision)| your)|what (?:is|are|does)(?! (?:your|you)\b)|how (?:does|do|would|can|should) (?:it|a|an|the|one)\b|how (?:do|would|should|can) you (?:handle|deal with|approach|make sure|ensure|keep|maintain|guarantee|choose|pick|decide|evaluate|validate|detect|prevent|avoid|measure|monitor|test|debug|tune|select|impute|encode|scale|deploy|design|build|architect|implement|investigate|structure)\b|define|describe the difference|compare|why (?:is|does|do|would)(?! (?:you|we)\b)|when (?:would|should|do) you|should we|design (?:a|an)\b|how does \w+|how do .* work|(?:why|when) (?:would|should|do) you (?:choose|use|pick|prefer))|\b(?:choose|use|pick|prefer) [\w-]+(?: [\w-]+)? over\b|\bvs\.?\b|versus|difference between|trade-?off/,
  ],
];

/** The answer type a question asks for, when it says. */
export function answerTypeFromQuestion(text: string): AnswerType | undefined {
  const q = bareQuestion(text);
  for (const [type, pattern] of QUESTION_TYPES) if (pattern.test(q)) return type;
  return undefined;
}

// Who the candidate is: a role, the years behind it, a degree or year of study, the current
// job, a name. Lower case, straight apostrophes.
const ROLE_NOUNS =
  '(?:scientist|engineer|analyst|developer|manager|student|graduate|professional|lead|consultant|researcher|specialist|architect|teacher|marketer|candidate|designer|administrator|intern)';
const WHO_SOURCE = [
  String.raw`\b(?:i'm|i am|i've been|i have been|i work as|i worked as) (?:a|an) (?:[\w/.+#]+[ -]){0,3}${ROLE_NOUNS}\b`,
  // "My skills as a service manager"; "As a platform engineer, I roll back ..." opens any answer.
  String.raw`\b(?:work|worked|working|skills|career|years|experience|time) as (?:a|an) (?:[\w/.+#-]+ ){0,3}${ROLE_NOUNS}\b`,
  String.raw`\bi (?:have|bring|'ve got) (?:\w+[ -]){0,2}(?:years?|decades?) of\b`,
  String.raw`\bmy (?:background|career|journey|experience) (?:is|has been|started|began|spans|includes)\b`,
  String.raw`\b(?:currently|right now|today) (?:i'm|i am|working)\b`,
  String.raw`\bmy name is\b`,
  String.raw`\b(?:i'm|i am) in my (?:first|second|third|fourth|final|last) year\b`,
  String.raw`\b(?:degree|diploma|bachelor's|bachelors|master's|masters|phd|mba|major|b\.e\.|b\.tech|m\.tech|b\.sc|m\.sc) (?:in|of|at)\b`,
  String.raw`\bi (?:studied|graduated|majored|hold a|have a (?:degree|master|phd|bachelor))`,
].join('|');
// Why the candidate chose the field: a pitch's, though it does not say who they are.
const DRIVE_SOURCE = String.raw`\b(?:hire me|i bring|my (?:career|background|skill ?set|passion)|career (?:change|switch|changer)|bootcamp|(?:became|become|becoming) (?:a|an) (?:data|ml|machine|analytics)|(?:transition\w*|mov\w+|switch\w*) (?:into|to) (?:data|analytics|ml|machine|tech)|(?:hooked|drew|drawn|attracted) me|i (?:love|enjoy) (?:working with |digging into )?data|(?:got into|chose|choose|pursue|pursued|qualify as|being|teach myself|taught myself|studying) (?:a |an )?(?:data (?:science|scientist|analyst|analytics|engineering|engineer)|analytics|machine learning))\b`;
const WHO = new RegExp(WHO_SOURCE);
// "I'm Purvesh", "Hi, I'm Yiming": a name, read before the text is lower-cased.
const NAMED = /\bI['’]m (?:\p{Lu}\p{Ll}+|\[[A-Z]+\])(?=[ ,.])/u;

// Content cues, each counted over the candidate's prose (lower case, straight apostrophes).
const CUES: Record<'identity' | 'want' | 'gap' | 'episode' | 'trouble' | 'ownPast' | 'build' | 'general' | 'method' | 'firstPerson' | 'reflexive', RegExp> = {
  // "I'm a data scientist", "I have five years of experience", "my background is in".
  identity: new RegExp(`${WHO_SOURCE}|${DRIVE_SOURCE}`, 'g'),
  // What the candidate wants next: the close of a pitch.
  want: /\b(?:i'm|i am) (?:looking for|excited|drawn|interested|eager|keen|hoping)\b|\b(?:next|now) i (?:want|'d like|would like|hope)\b|\bi want (?:to (?:join|grow|work|move|bring|build|be)|a (?:role|team|place))|\b(?:this|your) (?:role|team|company|position|mission)\b|\bwhy i(?:'m| am)? (?:here|applying|interested)\b|\bin the (?:short|long) term\b/g,
  // A gap named: "I haven't", "I've never", "no direct experience".
  gap: /\bi (?:haven't|have not|hadn't|never|don't have|do not have|didn't get)\b|\bi've never\b|\b(?:no|limited|little) (?:direct |hands-on |real |production |professional )?(?:experience|exposure)\b|\bnot (?:yet )?in production\b|\bi'm not (?:an? )?(?:expert|familiar)|\b(?:is|was) (?:new|not something) (?:to|i)\b|\bhaven't had the (?:chance|opportunity)\b/g,
  // A particular past episode: when and where.
  episode:
    /\b(?:at|in) my (?:last|previous|former|first|current|old) (?:job|role|company|team|position|internship|employer)\b|\b(?:one|a) (?:time|day|week|month|quarter|year) (?:when|where|i|we)\b|\blast (?:year|quarter|month|spring|summer|fall|autumn|winter|week)\b|\bthere was (?:a|one) (?:time|project|situation|case)\b|\bi remember\b|\bonce\b|\bwhen i was (?:at|working|an?)\b|\b(?:in|back in) (?:19|20)\d\d\b|\b(?:two|three|a few|several) (?:weeks|months|days) (?:before|after|into|later)\b/g,
  // Trouble a story turns on.
  trouble:
    /\b(?:conflict|disagree\w*|deadline|mistake|failed|failure|outage|incident|complain\w*|upset|angry|frustrat\w*|pushed back|push ?back|escalat\w*|broke|broken|crisis|behind schedule|under pressure|tough|difficult|skeptic\w*|pushback|bug|issue|problem)\b/g,
  // Past work of one's own.
  ownPast:
    /\b(?:i|we)(?: (?:\w+ly|just|also|then|first|personally))? (?:re-?)?(?:\w+ed|was responsible|built|made|ran|chose|wrote|took|found|led|drove|set up|rebuilt|shipped|cut|got|went|spent|began|sent|brought|kept|put|did|gave|met|sold|told|sat|caught|won)\b/g,
  // Work on a system: what a project walk-through is about.
  build:
    /\b(?:built|designed|developed|deployed|shipped|trained|implemented|architected|created|launched|productioni[sz]ed|put together) (?:\w+,?[ -]){0,6}(?:model|pipeline|system|platform|dashboard|service|api|app|tool|recommender|classifier|forecast|feature store|warehouse|agent|chatbot|assistant|engine|framework|architecture|network|case study)s?\b|\b(?:proudest|most proud)\b/g,
  // Statements in general: how things are, what one does, what you would do.
  general:
    /\b(?:is|are) (?:when|a|an|the|how|what|used|about|basically|essentially|defined)\b|\byou (?:can|could|would|should|need|want|have to|might)\b|\bit depends\b|\bthe (?:idea|key|goal|trick|point) is\b|\b(?:i|we) would\b|\bi'd\b|\bif (?:you|the|it|we)\b|\bin general\b|\btypically\b|\busually\b|\byou (?:compute|calculate|get|use|look at|take|divide|pick|choose|measure|train|split|check)\b|\bit(?:'s| is) about\b|\btells you\b|\b(?:refers to|stands for|is called|also called|is defined as)\b/g,
  // A method in the present, told as one's habit: "I reach for RAG when", "I handle it in layers".
  method: new RegExp(
    String.raw`\b(?:i|we) (?:usually |normally |typically |always |generally |first |then |often )?(?:${alternation([...METHOD_PRESENT, ...WORK_PRESENT])}|'ll|will)\b|\b(?:first|then|next|finally),? (?:i|you|we)\b`,
    'g',
  ),
  // Any first person: an answer with none is an explanation.
  firstPerson: /\b(?:i|i'm|i've|i'd|my|me|we|our)\b/g,
  // About oneself as a worker: weaknesses, strengths, reasons to leave. "My manager" is left out:
  // stories of a disagreement name one as often as reasons for leaving do.
  reflexive:
    /\bmy (?:biggest |greatest |main |real )?(?:weakness|weaknesses|strength|strengths)\b|\bi tend to\b|\bi'm (?:too|very|always|someone who)\b|\b(?:leave|leaving|left) (?:my|the|this) (?:job|company|role|position)\b/g,
};

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * The answer type read from the content, for an answer with no question or front matter
 * that says. A weighted vote of cues; ties go to the type with the fewest demands.
 */
export function answerTypeFromContent(prose: string): AnswerType {
  const text = cueText(prose);
  const c = Object.fromEntries(Object.entries(CUES).map(([k, re]) => [k, count(re, text)])) as Record<keyof typeof CUES, number>;
  if (NAMED.test(prose)) c.identity++;
  const votes: Record<AnswerType, number> = {
    // A pitch says who the candidate is and what they built: with two or more identity cues, the
    // systems built speak for the pitch as much as for a walk-through.
    pitch:
      2 * c.identity +
      c.want +
      (c.identity > 0 ? 0.5 * Math.min(c.ownPast, 2) : 0) +
      (c.identity >= 2 ? 1.5 * c.build : 0) -
      (c.identity === 0 ? 2 : 0) -
      0.5 * c.trouble,
    honesty: 2.5 * c.gap + (c.gap > 0 ? 0.5 * c.general : 0) - (c.gap === 0 ? 3 : 0),
    behavioral: 1.5 * c.episode + c.trouble + 0.5 * c.ownPast - (c.ownPast < 2 ? 2 : 0),
    project: 1.5 * c.build + 0.5 * c.ownPast - 0.5 * c.trouble - (c.build === 0 ? 2 : 0),
    technical: c.general + c.method - c.ownPast - 2 * c.identity - (c.general + c.method < 2 ? 1 : 0) + (c.firstPerson === 0 && text.length > 120 ? 3 : 0),
    general: 2 * c.reflexive - (c.reflexive === 0 ? 2 : 0),
  };
  let best: AnswerType = 'general';
  let top = 0;
  for (const type of ['general', 'technical', 'honesty', 'pitch', 'project', 'behavioral'] as const) {
    if (votes[type] > top) {
      best = type;
      top = votes[type];
    }
  }
  // No cue wins, but work was done and told: the answer is a story, however thin.
  if (top <= 0 && c.ownPast >= 2) return 'behavioral';
  return best;
}

const TYPE_NAMES: Record<AnswerType, string> = {
  behavioral: 'a story',
  project: 'a project walk-through',
  pitch: 'a pitch',
  technical: 'a technical explanation',
  honesty: 'an answer about a gap',
  general: 'an answer of another kind',
};

/** The answer type as a reader would say it: "a story", "an answer about a gap". */
export function describeAnswerType(type: AnswerType): string {
  return TYPE_NAMES[type];
}

/**
 * An introduction pitch: a pitch asked as "tell me about yourself", or written with no
 * question and saying who the candidate is. "Why this role?" and "why are you moving?" are
 * pitches about motivation: no 30-second budget, and no flagship number owed.
 */
export function isIntroduction(answer: Answer): boolean {
  if (answer.type !== 'pitch') return false;
  if (answer.typeSource === 'front-matter') return true;
  // With no question, the content tells.
  if (!answer.question) return NAMED.test(answer.prose) || WHO.test(cueText(answer.prose));
  return INTRODUCTION.test(bareQuestion(answer.question.text));
}
