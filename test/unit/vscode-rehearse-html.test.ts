import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTimeText, answerTimings, budgetText, clock, lint, partTimeText } from '../../src/core/index.js';
import { renderRehearsalHtml } from '../../src/vscode/rehearse/html.js';

const FORECAST = readFileSync(new URL('../e2e/workspace/answers/demand-forecast.md', import.meta.url), 'utf8');
const texts = { clock, budgetText, partTimeText, answerTimeText };

function page(text: string, fileName = 'demand-forecast.md', wpm = 150): string {
  const [timing] = answerTimings(lint(text).model, wpm);
  return renderRehearsalHtml({ timing: timing!, fileName, texts, nonce: 'n0nce42', cspSource: 'vscode-webview://x', speed: 1 });
}

describe('rehearsal webview html', () => {
  it('has a strict CSP with a nonce on the only style and script', () => {
    const html = page(FORECAST);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    expect(csp).toBe("default-src 'none'; style-src vscode-webview://x 'nonce-n0nce42'; script-src 'nonce-n0nce42'");
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="n0nce42">']);
    expect(html.match(/<style\b[^>]*>/g)).toEqual(['<style nonce="n0nce42">']);
  });

  it('holds every part with its start, end and budget, and every sentence hidden until the second it is reached', () => {
    const html = page(FORECAST);
    const parts = [
      ...html.matchAll(/<section class="part pending" data-index="(\d+)" data-at="([\d.]+)" data-end="([\d.]+)"(?: data-max="(\d+)")? data-label="([^"]+)">/g),
    ].map((m) => `${m[5]} ${m[2]}-${m[3]}${m[4] ? ` max ${m[4]}` : ''}`);
    // 24, 17, 241, 28 and 15 words at 150 words a minute.
    expect(parts).toEqual(['Situation 0-9.6 max 20', 'Task 9.6-16.4 max 15', 'Action 16.4-112.8 max 90', 'Result 112.8-124 max 30', 'Learning 124-130']);
    const sentences = [...html.matchAll(/<p class="sentence" data-at="([\d.]+)" hidden>([^<]*)<\/p>/g)];
    expect(sentences).toHaveLength(12);
    expect(sentences[0]![1]).toBe('0');
    expect(sentences.at(-1)![2]).toBe('A forecast is only used when the people who order can see why it changed.');
    expect(html).toContain('data-total="130"');
  });

  it('ends on the total against the budget and each part against its own', () => {
    const html = page(FORECAST);
    expect(html).toContain('<section id="summary" hidden data-total="Total 2:10 · 325 words · over the 1-2 min budget">');
    expect(html).toContain('<li class="over">Action 1:36 · over the 60-90 s budget</li>');
    expect(html).toContain('<li class="">Learning 0:06</li>');
    expect(html).toContain('each sentence appears when you would reach it at 150 words a minute (2:10 in all)');
  });

  it('shows answer text and the file name as text, never as markup', () => {
    const hostile =
      '# Tell me about <img src=x onerror=alert(1)> a launch\n\n**Situation:** We lost <script>alert("x")</script> users.\n\n**Action:** I wrote "the fix" & shipped it.\n';
    const html = page(hostile, 'evil<b>.md');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="n0nce42">']);
    expect(html).not.toMatch(/<img\b/);
    // The engine reads the inline HTML of the question as markup, not as the interviewer's words.
    expect(html).toContain('<h1>Tell me about  a launch</h1>');
    expect(html).toContain('Rehearse: evil&lt;b&gt;.md');
    expect(html).toContain('I wrote &quot;the fix&quot; &amp; shipped it.');
  });
});
