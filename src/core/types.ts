/**
 * Public types of the interview-lint engine. Rule ids, message shapes and ranges are a
 * contract shared by the CLI, the VS Code adapter and the scorer: change them with care.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A span of the document in UTF-16 code units (as JavaScript strings and VS Code count), end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** 1-based line, 1-based column in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A fix is data: replace the text in `range` with `text`. */
export interface Fix {
  range: OffsetRange;
  text: string;
}

/** An alternative edit the user may choose; never applied by "fix all". */
export interface Suggestion {
  title: string;
  fix: Fix;
}

export interface Diagnostic {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  source: 'interview-lint';
  /** Link to the rule's documentation. */
  url: string;
  range: Range;
  offsets: OffsetRange;
  /** What the rule saw (e.g. the hedge phrase). */
  actual?: string;
  /** What the rule expected instead, in a few words. */
  expected?: string;
  /** Safe fix, applied by "fix all". */
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Index of the answer (question) in the file this finding belongs to. */
  answerIndex: number;
}

/** Canonical section kinds. Context/Background map to situation, Challenge/Goal to task, Approach to action. */
export type SectionKind = 'situation' | 'task' | 'action' | 'result' | 'learning';

/** How a part is labelled; `trailing` is a label in brackets after the text it names ("... (Situation)."). */
export type SectionStyle = 'heading' | 'bold' | 'prefix' | 'letter' | 'trailing' | 'front-matter';

export interface Section {
  /** One label may name several parts ("Situation / Task"). */
  kinds: SectionKind[];
  /** The label as written, without markup. */
  label: string;
  style: SectionStyle;
  /** Where the label itself is written. */
  labelRange: OffsetRange;
  /** From the label to the next section label (or the end of the answer). */
  range: OffsetRange;
}

/**
 * What kind of answer this is; decides what the answer owes (a result, a story arc, a gap
 * named), the length budget and the rubric suggestions. `behavioral`: a story about one
 * situation; `project`: a walk-through of a project; `honesty`: an answer about a skill or
 * experience the candidate lacks; `general`: anything else (weaknesses, reasons to leave).
 */
export type AnswerType = 'pitch' | 'behavioral' | 'project' | 'technical' | 'honesty' | 'general';

export interface Sentence {
  /** Document offsets of the sentence's first and one-past-last character in the prose. */
  start: number;
  end: number;
  /** The sentence text as written (non-prose characters replaced by spaces). */
  text: string;
  /** Section kinds of the section the sentence sits in (empty when unlabelled). */
  sectionKinds: SectionKind[];
  /** True for the first sentence of a list item. */
  listItem?: true;
}

export interface Answer {
  index: number;
  /** `preamble`: text before the first question of a story bank, or under a group heading. */
  kind: 'answer' | 'preamble';
  /** The whole answer in the document, including its question heading. */
  range: OffsetRange;
  /** The interviewer's question, when the answer has one. */
  question?: { text: string; range: OffsetRange };
  type: AnswerType;
  /** Where the type came from: `content` when no question or front matter said. */
  typeSource: 'front-matter' | 'heading' | 'content' | 'default';
  /** True when the answer is STAR-shaped (two or more STAR parts labelled, or front matter says so). */
  starShaped: boolean;
  sections: Section[];
  /**
   * The candidate's prose: the answer's text with everything that is not the candidate's
   * (code, HTML, comments, front matter, link URLs, interviewer lines, labels and markup)
   * replaced by spaces. Same length as the answer, so `proseStart + i` is a document offset.
   */
  prose: string;
  proseStart: number;
  sentences: Sentence[];
  /** Spoken words in the prose. */
  wordCount: number;
  /** Indented code blocks (four spaces or a tab, no fence), which markdown keeps out of the prose. */
  indentedCode?: OffsetRange[];
  /** Inline code spans, kept out of the prose: the claims read them as names (`TotalCharges`). */
  inlineCode?: CodeName[];
}

/** An inline code span and what it holds. */
export interface CodeName extends OffsetRange {
  text: string;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  range: OffsetRange;
  /** Set when the front matter is not valid YAML; the text is then linted without it. */
  error?: string;
}

export interface DocumentModel {
  text: string;
  frontMatter?: FrontMatter;
  answers: Answer[];
}

/** What a rule reports; the engine adds the id, severity, message text, docs URL and ranges. */
export interface Finding {
  messageId: string;
  /** Values for `{name}` placeholders in the message. */
  data?: Record<string, string | number>;
  /** Document offsets. */
  start: number;
  end: number;
  actual?: string;
  expected?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** A JSON Schema (draft 2020-12 subset) describing a rule's options object. */
export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** Public, stable id (kebab-case). */
  id: string;
  /** One line: what the rule catches. */
  description: string;
  defaultSeverity: Severity;
  /** True when the rule can produce a safe fix applied by "fix all". */
  fixable: boolean;
  /** True when the rule offers suggestions the user picks from. */
  hasSuggestions: boolean;
  /** Schema of the options object (`type: object`, no extra properties). */
  optionsSchema: JsonSchema;
  /** Defaults merged under the user's options. */
  defaultOptions: Record<string, unknown>;
  /** Message templates by message id; `{name}` is replaced by `Finding.data.name`. */
  messages: Record<string, string>;
}

export interface LintSettings {
  /** Speaking rate used for the time estimates. */
  wordsPerMinute: number;
}

/**
 * What a rule sees: one answer. `text` is the answer's own text, and every offset in
 * `answer`, in findings and in fixes is relative to it; the engine moves them into the file.
 */
export interface RuleContext<O = Record<string, unknown>> {
  readonly text: string;
  readonly answer: Answer;
  /** The file's front matter (shared by every answer of a story bank). */
  readonly frontMatter: FrontMatter | undefined;
  readonly options: O;
  readonly settings: LintSettings;
  readonly report: (finding: Finding) => void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(context: RuleContext<O>): void;
}

/** A rule as configured for a run. */
export interface RuleConfig {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Record<string, RuleConfig>;
  settings: LintSettings;
  /** Extra rubric files or folders (scorer), resolved by the caller. */
  rubrics: string[];
  /** Questions the story bank covers besides the prepared ones (`questions` in the config). */
  questions: ConfiguredQuestion[];
}

/** A question a user adds to the story bank in `.interview-lint.jsonc` (`questions`). */
export interface ConfiguredQuestion {
  text: string;
  /** kebab-case; made from the text when absent. */
  id?: string;
  /** Other wordings of the same question. */
  aliases?: string[];
}

/** A problem with the input that is not a lint finding: bad config, a rule that misbehaved. */
export interface EngineProblem {
  /** `config`, `rubric`, `rule`, `input`. */
  kind: 'config' | 'rubric' | 'rule' | 'input';
  message: string;
  file?: string;
  /** Dotted path of the offending field, when known. */
  field?: string;
  ruleId?: string;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  model: DocumentModel;
  problems: EngineProblem[];
}
