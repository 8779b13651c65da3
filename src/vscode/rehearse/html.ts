import type { AnswerTiming, TimedPart, TimeBudget } from '../../core/index.js';
import { VERDICT_COLOURS } from '../score/html.js';
import { escapeHtml, pageHead } from '../pure/webviewPage.js';

/**
 * The "Rehearse this answer" webview, as a pure function of the answer's timing (no vscode
 * import, so it is unit-tested directly). Every sentence is in the page from the start,
 * hidden, with the second at which a speaker reaches it; the nonce-tagged script only runs the
 * clock and shows what is due. The answer's text is escaped and nothing in the page links out.
 */

/** The engine's wording of times and budgets (passed in: the extension loads the engine lazily). */
export interface RehearsalTexts {
  clock(seconds: number): string;
  budgetText(budget: TimeBudget): string;
  partTimeText(part: TimedPart): string;
  answerTimeText(timing: AnswerTiming, label?: string): string;
}

export interface RehearsalPageArgs {
  timing: AnswerTiming;
  fileName: string;
  texts: RehearsalTexts;
  /** A fresh random value per page: only tagged style and script run. */
  nonce: string;
  /** `webview.cspSource`. */
  cspSource: string;
  /** How many seconds of speech pass per second of clock (1 for a real rehearsal). */
  speed: number;
}

/** Seconds with the precision the page needs, as an attribute value. */
function secs(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

function partHtml(part: TimedPart, index: number, next: number, texts: RehearsalTexts): string {
  const budget = part.budget ? `budget ${texts.budgetText(part.budget)}` : 'no budget of its own';
  const sentences = part.sentences.map((s) => `<p class="sentence" data-at="${secs(s.at)}" hidden>${escapeHtml(s.text)}</p>`).join('');
  return (
    `<section class="part pending" data-index="${index}" data-at="${secs(part.at)}" data-end="${secs(next)}"` +
    `${part.budget ? ` data-max="${part.budget.maxSeconds}"` : ''} data-label="${escapeHtml(part.label)}">` +
    `<h2><span class="label">${escapeHtml(part.label)}</span> <span class="part-clock">0:00</span>` +
    `<span class="budget">${escapeHtml(`${budget} · planned ${texts.clock(part.seconds)}`)}</span></h2>${sentences}</section>`
  );
}

function summaryHtml(timing: AnswerTiming, texts: RehearsalTexts): string {
  const total = texts.answerTimeText(timing, 'Total');
  const parts = timing.parts.map((p) => `<li class="${p.verdict === 'over' ? 'over' : ''}">${escapeHtml(texts.partTimeText(p))}</li>`).join('');
  return (
    `<section id="summary" hidden data-total="${escapeHtml(total)}"><h2>Done</h2>` +
    `<p class="total ${timing.verdict === 'over' ? 'over' : ''}">${escapeHtml(total)}</p><ul>${parts}</ul></section>`
  );
}

const { light: LIGHT, dark: DARK } = VERDICT_COLOURS;
// The page's base rule, too long for a line of STYLE.
const BODY_STYLE =
  'body { color: var(--vscode-foreground); background: var(--vscode-editor-background); ' +
  'font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 1em 2em; }';
const STYLE = `
${BODY_STYLE}
body { --il-over: ${DARK.fail}; }
body.vscode-light, body.vscode-high-contrast-light { --il-over: ${LIGHT.fail}; }
h1 { font-size: 1.2em; } h2 { font-size: 1.05em; margin: 1em 0 .4em; display: flex; gap: .8em; align-items: baseline; }
.toolbar { position: sticky; top: 0; z-index: 1; padding: .5em 0; display: flex; gap: .8em; align-items: baseline; }
.toolbar { background: var(--vscode-editor-background); }
.clock { font-size: 2em; font-weight: 600; font-variant-numeric: tabular-nums; }
.of, .budget, .hint { color: var(--vscode-descriptionForeground); }
.part-clock { font-variant-numeric: tabular-nums; }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: .35em .9em; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
.part.pending { display: none; }
.part.current { border-left: 3px solid var(--vscode-progressBar-background); padding-left: .8em; }
.part.done { opacity: .65; padding-left: calc(.8em + 3px); }
.part.over .part-clock, .total.over, li.over { color: var(--il-over); }
.sentence { margin: .3em 0; line-height: 1.5; }
#summary ul { padding-left: 1.2em; }
`;

// The clock runs in the page, so a busy extension host never makes it stutter. Elapsed speech
// time is wall time times the speed; a part is over once its own time passes its budget. The
// page tells the extension which part it has reached and, at the end, the total it shows.
const SCRIPT = `
const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
const speed = Number(root.getAttribute('data-speed')) || 1;
const total = Number(root.getAttribute('data-total'));
const parts = Array.from(document.querySelectorAll('.part'));
const sentences = Array.from(document.querySelectorAll('.sentence'));
const clockEl = document.getElementById('clock');
const pauseEl = document.getElementById('pause');
const summary = document.getElementById('summary');
let elapsed = 0, last = performance.now(), running = true, current = -1, finished = false;
function fmt(s) { s = Math.max(0, Math.round(s)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }
function render() {
  const t = Math.min(elapsed, total);
  clockEl.textContent = fmt(t);
  for (const s of sentences) s.hidden = Number(s.getAttribute('data-at')) > t;
  let reached = -1;
  parts.forEach((p, i) => {
    const at = Number(p.getAttribute('data-at')), end = Number(p.getAttribute('data-end'));
    if (at <= t) reached = i;
    const own = Math.max(0, Math.min(t, end) - at);
    const max = p.hasAttribute('data-max') ? Number(p.getAttribute('data-max')) : Infinity;
    p.querySelector('.part-clock').textContent = fmt(own);
    p.classList.toggle('over', own > max);
  });
  if (finished) reached = parts.length;
  parts.forEach((p, i) => {
    p.classList.toggle('pending', i > reached);
    p.classList.toggle('current', i === reached);
    p.classList.toggle('done', i < reached);
  });
  if (reached !== current && reached < parts.length && reached >= 0) {
    current = reached;
    vscode.postMessage({ type: 'part', index: reached, label: parts[reached].getAttribute('data-label') });
    parts[reached].scrollIntoView({ block: 'nearest' });
  }
  if (!finished && elapsed >= total) {
    finished = true;
    running = false;
    pauseEl.disabled = true;
    summary.hidden = false;
    render();
    summary.scrollIntoView({ block: 'nearest' });
    const over = parts.filter((p) => p.classList.contains('over')).map((p) => p.getAttribute('data-label'));
    vscode.postMessage({ type: 'done', total: summary.getAttribute('data-total'), over });
  }
}
function tick() {
  const now = performance.now();
  if (running) elapsed += ((now - last) / 1000) * speed;
  last = now;
  render();
}
pauseEl.addEventListener('click', () => {
  running = !running;
  pauseEl.textContent = running ? 'Pause' : 'Resume';
});
document.getElementById('restart').addEventListener('click', () => {
  elapsed = 0; current = -1; finished = false; running = true;
  pauseEl.disabled = false; pauseEl.textContent = 'Pause'; summary.hidden = true;
  vscode.postMessage({ type: 'restart' });
  render();
});
setInterval(tick, 100);
render();
`;

/** The whole rehearsal page under a strict content security policy. */
export function renderRehearsalHtml(args: RehearsalPageArgs): string {
  const { timing, texts } = args;
  const nonce = escapeHtml(args.nonce);
  const csp = [`default-src 'none'`, `style-src ${args.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
  const title = timing.question ?? args.fileName;
  const total = (timing.words * 60) / timing.wordsPerMinute;
  const parts = timing.parts.map((p, i) => partHtml(p, i, timing.parts[i + 1]?.at ?? total, texts)).join('');
  const hint =
    `Say it aloud: each sentence appears when you would reach it at ${timing.wordsPerMinute} words a minute ` +
    `(${texts.clock(total)} in all). The clock of a part turns red when it runs past its budget.`;
  return `${pageHead({ title: `Rehearse: ${args.fileName}`, csp, nonce, style: STYLE })}<body>
<main id="root" data-speed="${secs(args.speed)}" data-total="${secs(total)}">
<h1>${escapeHtml(title)}</h1>
<p class="hint">${escapeHtml(hint)}</p>
<div class="toolbar"><span id="clock" class="clock" role="timer" aria-live="off">0:00</span><span class="of">/ ${escapeHtml(texts.clock(total))}</span>
<button type="button" id="pause">Pause</button> <button type="button" id="restart">Start over</button></div>
${parts}
${summaryHtml(timing, texts)}
</main>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}
