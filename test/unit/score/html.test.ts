import { describe, expect, it } from 'vitest';
import { lint, scoreLintResult, shippedRubrics } from '../../../src/core/index.js';
import { VERDICT_COLOURS, renderScoreBody, renderScoreHtml, scoreLabel, statusLabel } from '../../../src/vscode/score/html.js';
import { escapeHtml } from '../../../src/vscode/pure/webviewPage.js';

const HOSTILE = `---
question: "Tell me about a time you shipped a model?"
---

**Situation:** Our team was losing <script>alert("pwned")</script> 20% of customers.

**Action:** I built the model and I chose "XGBoost" <img src=x onerror=alert(1)> because recall mattered; see [my notes](javascript:alert(2)) and <a href="javascript:alert(3)">this</a>.

**Result:** Churn fell from 27% to 21% <b onmouseover="alert(4)">bold</b>, saving $1.2M a year. I learned to watch drift.
`;

function page(text: string, nonce = 'abc123'): string {
  const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
  return renderScoreHtml({ report, fileName: 'evil<script>.md', nonce, cspSource: 'vscode-webview://x', uri: 'file:///a/"evil".md', version: 3 });
}

describe('score webview html', () => {
  it('escapes every piece of answer text and the file name', () => {
    const html = page(HOSTILE);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script nonce="abc123">']);
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toMatch(/<b onmouseover/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('evil&lt;script&gt;.md');
    // Only the scorer's own links, with offsets and no URL.
    for (const a of html.match(/<a\b[^>]*>/g) ?? []) expect(a).toMatch(/^<a href="#" class="jump" data-start="\d+" data-end="\d+"/);
  });

  it('a quoted evidence phrase that contains markup is shown as text', () => {
    const text =
      '# Explain attention?\n\nEach token has a query <q>, a key and a value; the dot product goes through a softmax, scaled by the square root of d_k.\n';
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    const body = renderScoreBody(report, 'a.md');
    expect(body).not.toContain('<q>');
    expect(body).toContain('square root of d');
  });

  it("shows an answer's progress over its saved drafts under its score, as text", () => {
    const report = scoreLintResult(lint('# Tell me about a time you failed\n\nI shipped a churn model late.\n'), { rubrics: shippedRubrics().rubrics });
    const index = report.answers[0]!.answerIndex;
    const body = renderScoreBody(
      report,
      'a.md',
      new Map([[index, { change: '+0.60: hedges 5 -> 1, <b>the result now has a number</b>', trend: '3.10 -> 3.70' }]]),
    );
    expect(body).toContain(
      '<p class="progress">Since the last saved draft: +0.60: hedges 5 -&gt; 1, &lt;b&gt;the result now has a number&lt;/b&gt;. Drafts: 3.10 -&gt; 3.70.</p>',
    );
    // No drafts kept: no line.
    expect(renderScoreBody(report, 'a.md')).not.toContain('class="progress"');
  });

  it('has a strict CSP with a nonce on the only style and script', () => {
    const html = page(HOSTILE, 'n0nce42');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toBe(
      "default-src 'none'; style-src vscode-webview://x 'nonce-n0nce42'; script-src 'nonce-n0nce42'; img-src vscode-webview://x data:; font-src vscode-webview://x",
    );
    expect(html).toContain('<style nonce="n0nce42">');
    expect(html).toContain('<script nonce="n0nce42">');
    expect(html).not.toMatch(/ style="/);
    expect(html).not.toMatch(/ on[a-z]+="/);
  });

  it('shows the overall score against the pass mark, a bar per criterion and the copy button', () => {
    const text = '# Tell me about yourself?\n\nI am a data scientist focused on forecasting.\n';
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    const html = renderScoreHtml({ report, fileName: 'p.md', nonce: 'n', cspSource: 's', uri: 'file:///p.md', version: 7 });
    const a = report.answers[0]!;
    expect(html).toContain(`<span class="big">${a.score.toFixed(2)}</span>`);
    expect(html).toContain(`pass mark ${a.passMark.toFixed(2)}`);
    const bars = html.match(/<div class="fill lvl-\d"><\/div>/g) ?? [];
    expect(bars.length).toBe(a.rubrics.reduce((n, r) => n + r.criteria.length, 0));
    expect(html).toContain('data-action="copy">Copy as markdown</button>');
    expect(statusLabel(report)).toMatch(/^Score \d\.\d\d\/5 [✓✗]$/);
  });

  it('tags the page with the document, the version its offsets belong to, and the score it shows', () => {
    const text = '# Tell me about yourself?\n\nI am a data scientist focused on forecasting.\n';
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    const html = renderScoreHtml({ report, fileName: 'p.md', nonce: 'n', cspSource: 's', uri: 'file:///a/"q".md', version: 12 });
    expect(html).toContain(`<main id="root" data-uri="file:///a/&quot;q&quot;.md" data-version="12" data-score="${scoreLabel(report)}">`);
    expect(scoreLabel(report)).toMatch(/^\d\.\d\d (pass|fail)$/);
    // A click sends the version with the offsets, so the extension can drop a click on a stale page.
    expect(html).toMatch(/type: 'reveal'.*version: Number\(root\.getAttribute\('data-version'\)\)/);
  });

  it('says what to do next as an action, labelled with the level it reaches', () => {
    const text = '# Tell me about a time you improved a model\n\nI think we basically rebuilt the model and it was kind of better.\n';
    const report = scoreLintResult(lint(text), { rubrics: shippedRubrics().rubrics });
    const body = renderScoreBody(report, 'a.md');
    expect(body).not.toContain('Next level:');
    const labels = [...body.matchAll(/<p class="next"><span class="label">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^(To reach level [2-5]:|Fix first:)$/);
  });

  it('pass, fail and warning colours reach 4.5:1 on the light and dark editor backgrounds', () => {
    const luminance = (hex: string): number => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    // Editor backgrounds of the themes VS Code ships (Light/Dark Modern, +, 2026, Quiet Light, Solarized, Abyss, Monokai, Red, Tomorrow Night Blue, high contrast).
    const backgrounds = {
      light: ['#ffffff', '#f3f3f3', '#f5f5f5', '#fdf6e3'],
      dark: ['#000000', '#1e1e1e', '#1f1f1f', '#181818', '#252526', '#000c18', '#272822', '#002b36', '#002451', '#390000'],
    };
    for (const kind of ['light', 'dark'] as const)
      for (const colour of Object.values(VERDICT_COLOURS[kind]))
        for (const bg of backgrounds[kind]) expect(contrast(colour, bg), `${kind} ${colour} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    const html = page('# Tell me about yourself?\n\nI am a data scientist.\n');
    expect(html).toContain('.overall.pass .verdict { color: var(--il-pass); }');
    expect(html).toContain(`body.vscode-light, body.vscode-high-contrast-light { --il-pass: ${VERDICT_COLOURS.light.pass};`);
  });

  it('escapeHtml covers the attribute-breaking characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\``)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
  });
});
