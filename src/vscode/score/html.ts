import type { AnswerScore, CriterionScore, RubricScore, ScoreReport } from '../../core/index.js';
import { escapeHtml, pageHead } from '../pure/webviewPage.js';

/**
 * The "Score this answer" webview, as pure functions of the score (no vscode import, so it
 * is unit-tested directly). Every piece of answer text is escaped; links carry offsets in
 * data attributes, never a URL, and the only script is the nonce-tagged one below.
 */

function fixed(n: number): string {
  return n.toFixed(2);
}

const FIX_FIRST = 'Fix first: ';

/** What to do next, under a label that says what it gets you ("To reach level 4:"). */
function nextHtml(next: string, level: number | null): string {
  const [label, text] = next.startsWith(FIX_FIRST)
    ? ['Fix first:', next.slice(FIX_FIRST.length)]
    : [level === null ? 'To do next:' : `To reach level ${level + 1}:`, next];
  return `<p class="next"><span class="label">${escapeHtml(label)}</span> ${escapeHtml(text)}</p>`;
}

function criterionHtml(c: CriterionScore): string {
  const level = c.level === null ? 'n/a' : `${c.level} / 5`;
  const bar = `<div class="bar" role="img" aria-label="${escapeHtml(`level ${level}`)}"><div class="fill lvl-${c.level ?? 0}"></div></div>`;
  const evidence = c.evidence.length
    ? `<ul class="evidence">${c.evidence
        .map(
          (e) =>
            `<li><a href="#" class="jump" data-start="${e.offsets.start}" data-end="${e.offsets.end}" ` +
            `title="Line ${e.range.start.line}, column ${e.range.start.column}">${escapeHtml(e.text)}</a></li>`,
        )
        .join('')}</ul>`
    : '';
  const notes = c.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  const next = c.next ? nextHtml(c.next, c.level) : '';
  const descriptor = c.descriptor ? `<p class="descriptor">${escapeHtml(c.descriptor)}</p>` : '';
  const head =
    `<div class="criterion-head"><span class="title">${escapeHtml(c.title)}</span>` +
    `<span class="weight">weight ${escapeHtml(String(c.weight))}</span><span class="level">${level}</span></div>`;
  return `<li class="criterion">${head}${bar}${descriptor}${evidence}${notes}${next}</li>`;
}

function rubricHtml(r: RubricScore): string {
  const findings = r.findings
    .map(
      (f) =>
        `<li class="finding ${f.kind}"><a href="#" class="jump" data-start="${f.offsets.start}" data-end="${f.offsets.end}">` +
        `${f.kind === 'misconception' ? 'Misconception' : 'Red flag'}</a>: ${escapeHtml(f.message)}</li>`,
    )
    .join('');
  const selection = r.selection.how === 'always' ? 'Scored on every answer.' : `Why this rubric: ${r.selection.reason}.`;
  return `<section class="rubric"><h2>${escapeHtml(r.title)} <span class="score ${r.pass ? 'pass' : 'fail'}">${fixed(r.score)} / 5</span></h2>
<p class="selection">${escapeHtml(selection)} Pass mark ${fixed(r.passMark)}.</p>
${findings ? `<ul class="findings">${findings}</ul>` : ''}<ul class="criteria">${r.criteria.map(criterionHtml).join('')}</ul></section>`;
}

/** An answer's progress over its saved drafts, from the story bank: the last change and every score. */
export interface AnswerProgress {
  change?: string;
  trend?: string;
}

function progressHtml(p: AnswerProgress | undefined): string {
  if (!p || (!p.change && !p.trend)) return '';
  const change = p.change ? `Since the last saved draft: ${escapeHtml(p.change)}.` : '';
  const trend = p.trend ? ` Drafts: ${escapeHtml(p.trend)}.` : '';
  return `<p class="progress">${change}${trend}</p>`;
}

function answerHtml(a: AnswerScore, many: boolean, progress?: AnswerProgress): string {
  const heading = many ? `<h2 class="answer-title">${escapeHtml(`Answer ${a.answerIndex + 1}${a.question ? `: ${a.question}` : ''}`)}</h2>` : '';
  const verdict =
    `<div class="overall ${a.pass ? 'pass' : 'fail'}"><span class="big">${fixed(a.score)}</span><span class="of">/ 5</span>` +
    `<span class="verdict">${a.pass ? 'Pass' : 'Below the pass mark'}</span><span class="mark">pass mark ${fixed(a.passMark)}</span></div>`;
  const notes = a.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('');
  return `<article class="answer">${heading}${verdict}${progressHtml(progress)}${notes}${a.rubrics.map(rubricHtml).join('')}</article>`;
}

/** The part of the page that changes as the answer is edited (sent to the open webview). */
export function renderScoreBody(report: ScoreReport, fileName: string, progress?: ReadonlyMap<number, AnswerProgress>): string {
  const many = report.answers.length > 1;
  const summary = many ? `<p>${report.answers.length} answers, mean ${fixed(report.score)} / 5: ${report.pass ? 'all pass' : 'not all pass'}</p>` : '';
  const title = `<header><h1>${escapeHtml(fileName)}</h1>${summary}</header>`;
  const body = report.answers.length
    ? report.answers.map((a) => answerHtml(a, many, progress?.get(a.answerIndex))).join('')
    : '<p class="note">No answer to score in this file.</p>';
  const problems = report.problems.map((p) => `<p class="problem">${escapeHtml(p.message)}</p>`).join('');
  return `${title}${problems}${body}`;
}

// The page's base rule, too long for a line of STYLE.
const BODY_STYLE =
  'body { color: var(--vscode-foreground); background: var(--vscode-editor-background); ' +
  'font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1em 2em; }';

/**
 * Verdict colours by theme kind, each at 4.5:1 or more against the editor backgrounds of the
 * shipped themes (checked in test/unit/score/html.test.ts); theme variables such as
 * `testing.iconPassed` are icon colours and fall near 2:1 as text on a light background.
 */
export const VERDICT_COLOURS = {
  light: { pass: '#1b6e2e', fail: '#b42318', warn: '#8a5a00' },
  dark: { pass: '#73c991', fail: '#ff8a80', warn: '#e9b949' },
} as const;

const { light: LIGHT, dark: DARK } = VERDICT_COLOURS;
const COLOUR_STYLE =
  `body { --il-pass: ${DARK.pass}; --il-fail: ${DARK.fail}; --il-warn: ${DARK.warn}; }\n` +
  `body.vscode-light, body.vscode-high-contrast-light { --il-pass: ${LIGHT.pass}; --il-fail: ${LIGHT.fail}; --il-warn: ${LIGHT.warn}; }`;

const STYLE = `
${BODY_STYLE}
${COLOUR_STYLE}
h1 { font-size: 1.2em; } h2 { font-size: 1.05em; margin-top: 1.4em; }
.toolbar { position: sticky; top: 0; padding: .5em 0; background: var(--vscode-editor-background); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .35em .9em; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.overall { display: flex; gap: .6em; align-items: baseline; margin: .6em 0; }
.overall .big { font-size: 2em; font-weight: 600; }
.pass .big, .score.pass, .overall.pass .verdict { color: var(--il-pass); }
.fail .big, .score.fail, .overall.fail .verdict { color: var(--il-fail); }
.mark, .weight, .selection, .descriptor, .note { color: var(--vscode-descriptionForeground); }
ul { padding-left: 0; list-style: none; }
.criterion { margin: .9em 0; }
.criterion-head { display: flex; gap: .8em; align-items: baseline; }
.criterion-head .title { flex: 1; font-weight: 600; }
.bar { height: .5em; background: var(--vscode-editorWidget-border, var(--vscode-input-background)); border-radius: 3px; margin: .3em 0; }
.fill { height: 100%; border-radius: 3px; background: var(--vscode-progressBar-background); }
.lvl-0 { width: 0; } .lvl-1 { width: 20%; } .lvl-2 { width: 40%; } .lvl-3 { width: 60%; } .lvl-4 { width: 80%; } .lvl-5 { width: 100%; }
.evidence li { display: inline; } .evidence li + li::before { content: " · "; color: var(--vscode-descriptionForeground); }
a { color: var(--vscode-textLink-foreground); } a:hover { color: var(--vscode-textLink-activeForeground); }
.next .label { font-weight: 600; }
.finding.misconception, .problem { color: var(--il-fail); }
.finding.red-flag { color: var(--il-warn); }
`;

// What a click on an evidence link asks the extension for: the range to reveal, from the link's
// data attributes, and the document version the offsets belong to.
const REVEAL =
  "vscode.postMessage({ type: 'reveal', start: Number(target.getAttribute('data-start')), end: Number(target.getAttribute('data-end')), " +
  "version: Number(root.getAttribute('data-version')) });";

// The page keeps only which document it scores (for the panel serializer after a window
// reload), never the score itself: the extension renders every page from a fresh score. After
// each render it tells the extension what it shows, so a stale page cannot go unnoticed.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
function theme() {
  const c = document.body.classList;
  return c.contains('vscode-high-contrast') ? 'high-contrast' : c.contains('vscode-dark') ? 'dark' : 'light';
}
function shown() {
  const state = { uri: root.getAttribute('data-uri'), version: Number(root.getAttribute('data-version')) };
  vscode.setState(state);
  const progress = root.querySelector('.progress');
  const score = root.getAttribute('data-score');
  vscode.postMessage({ type: 'shown', uri: state.uri, version: state.version, score, theme: theme(), progress: progress ? progress.textContent : undefined });
}
// VS Code sets the theme's class on the body; a theme change is reported like a render.
new MutationObserver(shown).observe(document.body, { attributes: true, attributeFilter: ['class'] });
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('a.jump, button[data-action]') : null;
  if (!target) return;
  event.preventDefault();
  if (target.matches('a.jump')) ${REVEAL}
  else vscode.postMessage({ type: target.getAttribute('data-action') });
});
window.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.type !== 'render' || typeof m.body !== 'string') return;
  root.innerHTML = m.body;
  root.setAttribute('data-version', String(m.version));
  root.setAttribute('data-score', String(m.score));
  shown();
});
shown();
`;

export interface ScorePageArgs {
  report: ScoreReport;
  fileName: string;
  /** A fresh random value per page: only tagged style and script run. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** The scored document (kept in the page state, so the panel can be restored after a reload). */
  uri: string;
  /** The document version the score, and every offset in it, was computed from. */
  version: number;
  /** Each answer's progress over its saved drafts, by answer index (when the story bank has it). */
  progress?: ReadonlyMap<number, AnswerProgress>;
}

function rootAttributes(args: ScorePageArgs): string {
  return `data-uri="${escapeHtml(args.uri)}" data-version="${args.version}" data-score="${escapeHtml(scoreLabel(args.report))}"`;
}

/** The whole webview page under a strict content security policy. */
export function renderScoreHtml(args: ScorePageArgs): string {
  const nonce = escapeHtml(args.nonce);
  const csp = [
    `default-src 'none'`,
    `style-src ${args.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${args.cspSource} data:`,
    `font-src ${args.cspSource}`,
  ].join('; ');
  return `${pageHead({ title: `Score: ${args.fileName}`, csp, nonce, style: STYLE })}<body>
<div class="toolbar"><button type="button" data-action="copy">Copy as markdown</button> <button type="button" data-action="refresh">Rescore</button></div>
<main id="root" ${rootAttributes(args)}>${renderScoreBody(args.report, args.fileName, args.progress)}</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** The score a page shows, as one string ("3.40 fail", or "none"): the page reports it back after each render. */
export function scoreLabel(report: ScoreReport): string {
  return report.answers.length === 0 ? 'none' : `${fixed(report.score)} ${report.pass ? 'pass' : 'fail'}`;
}

/** The status bar label for a score ("Score 4.20 ✓"). */
export function statusLabel(report: ScoreReport): string {
  if (report.answers.length === 0) return 'Score: no answer';
  return `Score ${fixed(report.score)}/5 ${report.pass ? '✓' : '✗'}`;
}
