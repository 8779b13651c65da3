import type { BankAnswer, Coverage, TopicCoverage } from '../../core/index.js';

/** How a node is drawn: the adapter maps these to theme icons. */
export type BankIcon = 'pass' | 'fail' | 'gap' | 'covered' | 'group' | 'file';

/** A node of the story bank view, built without VS Code so the labels can be tested as text. */
export interface BankNode {
  /** Stable across refreshes, so the tree keeps what the user expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: BankIcon;
  /** Answer nodes: the answer a click opens. */
  answer?: BankAnswer;
  expanded?: boolean;
  children: BankNode[];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The last part of a path or URI: what a reader recognises a file by. */
export function baseName(file: string): string {
  const clean = file.replace(/[?#].*$/, '');
  return decodeURIComponent(clean.slice(clean.lastIndexOf('/') + 1)) || file;
}

/** "4.54 pass · 0 problems": what a reader checks first about an answer. */
export function answerDescription(a: BankAnswer): string {
  return `${a.score.toFixed(2)} ${a.pass ? 'pass' : 'fail'} · ${plural(a.problems, 'problem')}`;
}

/** An answer's progress over its saved drafts: the last change ("+0.60: hedges 5 -> 1") and the scores of all of them. */
export interface DraftProgress {
  change?: string;
  trend?: string;
}

function answerTooltip(a: BankAnswer, shownFile: string, progress: DraftProgress): string {
  const rubrics = a.rubrics.filter((r) => r.how !== 'always');
  const { change, trend } = progress;
  return [
    `${shownFile}${a.answersInFile > 1 ? `, answer ${a.number} of ${a.answersInFile}` : ''}`,
    a.question ? `Question: ${a.question}` : 'No question heading',
    `Score ${a.score.toFixed(2)} against a pass mark of ${a.passMark.toFixed(2)}: ${a.pass ? 'pass' : 'fail'}`,
    rubrics.length ? rubrics.map((r) => `Rubric ${r.id}: ${r.reason}`).join('\n') : 'Scored on delivery only',
    ...(change ? [`Since the last draft: ${change}`] : []),
    ...(trend ? [`Drafts: ${trend}`] : []),
  ].join('\n');
}

/** An answer under a topic or a file. `inFile`: the file is already its parent, so the label need not name it. */
function answerNode(args: { parent: string; a: BankAnswer; shownFile: string; inFile: boolean; progress: DraftProgress }): BankNode {
  const { parent, a, shownFile, inFile, progress } = args;
  // The score change since the draft before: "+0.60".
  const delta = progress.change?.split(':')[0];
  const base = delta ? `${answerDescription(a)} · ${delta}` : answerDescription(a);
  const name = baseName(shownFile);
  const label = inFile ? (a.question ?? `Answer ${a.number}`) : a.answersInFile > 1 ? `${name} #${a.number}` : name;
  return {
    id: `${parent}/${a.file}#${a.answer}`,
    label,
    description: inFile ? base : `${base}${a.question ? ` · ${a.question}` : ''}`,
    tooltip: answerTooltip(a, shownFile, progress),
    icon: a.pass ? 'pass' : 'fail',
    answer: a,
    children: [],
  };
}

type Progress = (a: BankAnswer) => DraftProgress;

function topicNode(group: string, row: TopicCoverage, answers: readonly BankAnswer[], shown: (file: string) => string, progress: Progress): BankNode {
  const id = `${group}/${row.topic.id}`;
  const n = row.answers.length;
  return {
    id,
    label: row.topic.title,
    description: row.gap ? (n === 0 ? 'gap: no answer' : `gap: ${plural(n, 'answer')}, none passing`) : `${plural(n, 'answer')}, ${row.passing.length} passing`,
    tooltip: row.gap ?? `${row.topic.title}: ${plural(row.passing.length, 'passing answer')}`,
    icon: row.gap ? 'gap' : 'covered',
    children: row.answers.map((i) =>
      answerNode({ parent: id, a: answers[i]!, shownFile: shown(answers[i]!.file), inFile: false, progress: progress(answers[i]!) }),
    ),
  };
}

/**
 * The story bank as a tree: the gaps, the competencies and the questions (each with the
 * answers that count for it), and every answer by file (a story bank file holds its answers).
 * `shown` names a file as the user sees it (a workspace-relative path).
 */
export function bankTree(args: { answers: readonly BankAnswer[]; coverage: Coverage; shown: (file: string) => string; progress?: Progress }): BankNode[] {
  const { answers, coverage, shown } = args;
  const progress: Progress = args.progress ?? (() => ({}));
  const covered = (rows: TopicCoverage[]): string => `${rows.filter((r) => !r.gap).length} of ${rows.length} with a passing answer`;
  const files = new Map<string, BankAnswer[]>();
  for (const a of answers) files.set(a.file, [...(files.get(a.file) ?? []), a]);
  const byFile = [...files.entries()]
    .sort(([a], [b]) => shown(a).localeCompare(shown(b)))
    .map(([file, list]): BankNode => {
      if (list.length === 1) return answerNode({ parent: 'files', a: list[0]!, shownFile: shown(file), inFile: false, progress: progress(list[0]!) });
      const passing = list.filter((a) => a.pass).length;
      return {
        id: `files/${file}`,
        label: baseName(shown(file)),
        description: `${plural(list.length, 'answer')}, ${passing} passing`,
        tooltip: shown(file),
        icon: 'file',
        children: list.map((a) => answerNode({ parent: `files/${file}`, a, shownFile: shown(file), inFile: true, progress: progress(a) })),
      };
    });
  return [
    {
      id: 'gaps',
      label: coverage.gaps.length ? `Gaps (${coverage.gaps.length})` : 'Gaps: none',
      icon: coverage.gaps.length ? 'gap' : 'covered',
      expanded: true,
      children: coverage.gaps.map((g) => ({ id: `gaps/${g}`, label: g, icon: 'gap', children: [] })),
    },
    {
      id: 'competencies',
      label: 'By competency',
      description: covered(coverage.competencies),
      icon: 'group',
      expanded: true,
      children: coverage.competencies.map((r) => topicNode('competencies', r, answers, shown, progress)),
    },
    {
      id: 'questions',
      label: 'By question',
      description: covered(coverage.questions),
      icon: 'group',
      children: coverage.questions.map((r) => topicNode('questions', r, answers, shown, progress)),
    },
    {
      id: 'files',
      label: 'All answers',
      description: `${plural(answers.length, 'answer')} in ${plural(files.size, 'file')}, ${answers.filter((a) => a.pass).length} passing`,
      icon: 'group',
      children: byFile,
    },
  ];
}
