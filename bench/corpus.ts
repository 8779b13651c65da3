/**
 * Deterministic generator of interview-answer markdown for the benchmark and the
 * incremental-lint property test. The same seed always yields the same text, so runs on
 * different days (and machines) measure the same input.
 *
 * The text mixes what real drafts hold: question headings, every STAR label style
 * (headings, bold, "Word:" prefixes, "S -" letters, synonyms), lists, fenced code with
 * heading-like lines inside, numbers, hedges, fillers, "we" sentences, blockquotes,
 * HTML comments, links and inline code.
 */

/** mulberry32: small, fast and good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

function pick<T>(r: Rand, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

const QUESTIONS = [
  'Tell me about a time you disagreed with a stakeholder?',
  'Describe a situation where a model failed in production?',
  'Give an example of a time you had to learn a tool quickly?',
  'Tell me about yourself',
  'Question: how would you explain bias and variance to a product manager',
  'What is the difference between RAG and fine-tuning?',
  'Tell us about a project you owned end to end?',
  'Q3: walk me through a data pipeline you built',
  'How do you handle missing data in a forecasting model?',
  'Describe a time you missed a deadline?',
  'Why do you want this role?',
  'Explain attention to a new engineer?',
];

const GROUPS = ['Behavioral', 'Technical deep dives', 'Pitches', 'Projects', 'Questions I expect'];

const SUBJECTS = ['I', 'I', 'I', 'I', 'We', 'We', 'My team', 'The analytics team', 'Our manager', 'I personally'];
// About one sentence in four carries a hedge, one in twelve a spoken filler: a weak draft, not a parody.
const OPENERS = ['I think ', 'I guess ', 'I believe ', 'Honestly, ', 'To be fair, ', 'In the end, '];
const ADVERBS = ['kind of ', 'basically ', 'probably ', 'sort of ', 'maybe ', 'just ', 'quickly ', 'carefully ', 'eventually '];
const VERBS = [
  'rebuilt the churn model',
  'moved the feature store to Postgres',
  'cut the nightly batch job',
  'trained a gradient boosted model',
  'wrote the evaluation harness',
  'migrated the dashboards',
  'deployed the ranking service',
  'profiled the ingestion pipeline',
  'cleaned the label noise',
  'set up drift monitoring',
  'ran an A/B test',
  'negotiated the scope with product',
];
const OUTCOMES = [
  'which reduced latency from 420 ms to 95 ms',
  'and churn dropped by 12%',
  'saving about $1.2M a year',
  'so precision went from 0.61 to 0.83',
  'and the team shipped two weeks early',
  'which improved accuracy to 94%',
  'and it was pretty good',
  'which made things better',
  'for 3,400 daily users',
  'and recall rose 2.5x',
  'with roughly 40% less compute',
  '',
  '',
  'before the quarterly review',
];
const FILLERS = ['Um, ', 'You know, ', 'Uh, '];
const TAILS = ['.', '.', '.', '.', '!', '. It went fine.', ' (see the [write-up](https://example.com/post)).', ', using `pandas` and `xgboost`.'];

function sentence(r: Rand): string {
  let s = '';
  const x = r();
  if (x < 0.08) s += pick(r, FILLERS);
  else if (x < 0.16) s += pick(r, OPENERS);
  const subject = pick(r, SUBJECTS);
  s += s === '' || subject === 'I' || subject.startsWith('I ') ? subject : subject.toLowerCase();
  s += ' ';
  if (r() < 0.25) s += pick(r, ADVERBS);
  s += `${pick(r, VERBS)} ${pick(r, OUTCOMES)}`;
  return s.replace(/\s+$/, '') + pick(r, TAILS);
}

function paragraph(r: Rand, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(r));
  let p = out.join(' ');
  // Wrap some paragraphs the way editors with a hard wrap do.
  if (r() < 0.3) p = p.replace(/(.{60,80}?) /g, '$1\n');
  if (r() < 0.2) p = p.replace(/(\S+ \S+ \S+)/, '*$1*');
  return p;
}

const LABEL_SETS: { kinds: string[] }[] = [
  { kinds: ['Situation', 'Task', 'Action', 'Result'] },
  { kinds: ['Context', 'Challenge', 'Approach', 'Result', 'Learning'] },
  { kinds: ['Background', 'Goal', 'What I did', 'Outcome'] },
  { kinds: ['Situation', 'Action', 'Impact', 'Lessons learned'] },
  { kinds: ['The problem', 'How I fixed it', 'The result'] },
];

const CODE_BLOCKS = [
  '```python\n# Situation: this comment is code, not a label\ndf = df.dropna(subset=["label"])\nmodel.fit(X_train, y_train)  # I think this is fine\n```',
  '```sql\nSELECT user_id, COUNT(*) AS n\nFROM events\nGROUP BY user_id;\n```',
  '~~~\n## Not a heading inside a fence\nmaybe_this = "stays code"\n~~~',
  '    indented_code = True  # kind of old-school\n    print(indented_code)',
];

function section(r: Rand, label: string, style: number, letter: string): string {
  const body = paragraph(r, 1 + Math.floor(r() * 4));
  switch (style) {
    case 0:
      return `### ${label}\n\n${body}`;
    case 1:
      return `**${label}:** ${body}`;
    case 2:
      return `${label}: ${body}`;
    default:
      return `${letter} - ${body}`;
  }
}

function extras(r: Rand): string {
  const x = r();
  if (x < 0.15) return CODE_BLOCKS[Math.floor(r() * CODE_BLOCKS.length)]!;
  if (x < 0.3) return ['- ' + sentence(r), '- ' + sentence(r), '- ' + sentence(r)].join('\n');
  if (x < 0.4) return ['1. ' + sentence(r), '2. ' + sentence(r), '3. ' + sentence(r)].join('\n');
  if (x < 0.5) return `> ${pick(r, QUESTIONS)}`;
  if (x < 0.58) return `> ${sentence(r)}\n> ${sentence(r)}`;
  if (x < 0.64) return `<!-- note to self: ${sentence(r)} -->`;
  if (x < 0.68) return `<!--\nlonger note\n## not a heading in a comment\n-->`;
  if (x < 0.72) return `Q: ${pick(r, QUESTIONS)}\nA: ${sentence(r)}`;
  if (x < 0.76) return '| metric | before | after |\n|---|---|---|\n| p95 latency | 420 ms | 95 ms |';
  return paragraph(r, 2 + Math.floor(r() * 4));
}

/** One answer: a question heading, then a STAR-labelled or free-form body. */
export function answer(r: Rand, index: number): string {
  const parts: string[] = [`## ${pick(r, QUESTIONS).replace(/^(Q)\d+/, `$1${index + 1}`)}`];
  if (r() < 0.7) {
    const set = pick(r, LABEL_SETS).kinds;
    const style = Math.floor(r() * 4);
    for (const label of set) {
      const letter = label[0]!.toUpperCase();
      // Letter style only makes sense for the four STAR letters.
      const s = style === 3 && !'STAR'.includes(letter) ? 1 : style;
      parts.push(section(r, label, s, letter));
      if (r() < 0.35) parts.push(extras(r));
    }
  } else {
    const n = 2 + Math.floor(r() * 5);
    for (let i = 0; i < n; i++) parts.push(r() < 0.5 ? paragraph(r, 2 + Math.floor(r() * 4)) : extras(r));
  }
  return parts.join('\n\n') + '\n';
}

/**
 * A story bank of about `bytes` characters: optional front matter, a title, answers
 * under occasional group headings. Never cut inside an answer.
 */
export function bank(seed: number, bytes: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  const push = (s: string): void => {
    parts.push(s);
    size += s.length + 1;
  };
  if (r() < 0.5) push('---\nrole: ML engineer\nformat: star\n---\n');
  push('# My story bank\n\nAnswers I rehearse before interviews.\n');
  let i = 0;
  while (size < bytes) {
    if (r() < 0.05) push(`# ${pick(r, GROUPS)}\n`);
    push(answer(r, i++));
  }
  return parts.join('\n');
}

/** One answer of about `bytes` characters (paragraphs added until it is long enough). */
export function singleAnswer(seed: number, bytes: number): string {
  const r = rng(seed);
  let text = '---\ntype: behavioral\n---\n\n' + answer(r, 0);
  while (text.length < bytes) text += '\n' + paragraph(r, 2 + Math.floor(r() * 3)) + '\n';
  return text;
}

/** The corpora the benchmark reports, by name. */
export function corpora(): { name: string; text: string }[] {
  return [
    { name: '2kb', text: singleAnswer(2, 2 * 1024) },
    { name: '100kb', text: bank(100, 100 * 1024) },
    { name: '1mb', text: bank(1000, 1024 * 1024) },
    { name: '10mb', text: bank(10000, 10 * 1024 * 1024) },
  ];
}
