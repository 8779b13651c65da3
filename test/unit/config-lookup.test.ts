import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfigText, mergeConfig } from '../../src/core/index.js';
import { configCandidates, resolveLayers, withoutFilePrefix } from '../../src/vscode/pure/configFiles.js';

const core = { defaultConfig, loadConfigText, mergeConfig };

describe('config file lookup order', () => {
  it('goes from the answer folder up to the workspace folder, .jsonc before .json in each', () => {
    expect(configCandidates('/ws/answers/acme', '/ws')).toEqual([
      '/ws/answers/acme/.interview-lint.jsonc',
      '/ws/answers/acme/.interview-lint.json',
      '/ws/answers/.interview-lint.jsonc',
      '/ws/answers/.interview-lint.json',
      '/ws/.interview-lint.jsonc',
      '/ws/.interview-lint.json',
    ]);
  });

  it('never leaves the workspace folder, even when names share a prefix', () => {
    expect(configCandidates('/ws/a', '/ws/')).toEqual(['/ws/a/.interview-lint.jsonc', '/ws/a/.interview-lint.json', '/ws/.interview-lint.jsonc', '/ws/.interview-lint.json']);
    expect(configCandidates('/ws2/a', '/ws')).toEqual(['/ws2/a/.interview-lint.jsonc', '/ws2/a/.interview-lint.json']);
  });

  it('goes up to the root for a file outside any workspace folder', () => {
    expect(configCandidates('/tmp/x', undefined)).toEqual(['/tmp/x/.interview-lint.jsonc', '/tmp/x/.interview-lint.json', '/tmp/.interview-lint.jsonc', '/tmp/.interview-lint.json', '/.interview-lint.jsonc', '/.interview-lint.json']);
  });
});

describe('config layers: defaults, then the config file, then the user settings', () => {
  it('uses the engine defaults when nothing is set', () => {
    const { config, problems } = resolveLayers({ settings: {} }, core);
    expect(config).toEqual(defaultConfig());
    expect(problems).toEqual([]);
  });

  it('the file changes severities and speaking rate; settings override the file', () => {
    const file = { path: '/ws/.interview-lint.jsonc', text: '{\n  // team choice\n  "rules": { "hedge": "error", "filler": "off" },\n  "wordsPerMinute": 130,\n}' };
    const fromFile = resolveLayers({ file, settings: {} }, core).config;
    expect(fromFile.rules['hedge']!.severity).toBe('error');
    expect(fromFile.rules['filler']!.severity).toBe('off');
    expect(fromFile.settings.wordsPerMinute).toBe(130);
    const withSettings = resolveLayers({ file, settings: { rules: { hedge: 'info' }, wordsPerMinute: 160 } }, core).config;
    expect(withSettings.rules['hedge']!.severity).toBe('info');
    expect(withSettings.rules['filler']!.severity).toBe('off');
    expect(withSettings.settings.wordsPerMinute).toBe(160);
  });

  it('a bad field is reported naming the file and field, and the rest still applies', () => {
    const file = { path: '/ws/answers/.interview-lint.json', text: '{ "rules": { "hedge": "loud", "filler": "warning" } }' };
    const { config, problems } = resolveLayers({ file, settings: {} }, core);
    expect(config.rules['hedge']!.severity).toBe(defaultConfig().rules['hedge']!.severity);
    expect(config.rules['filler']!.severity).toBe('warning');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('/ws/answers/.interview-lint.json');
    expect(problems[0]!.field).toBe('rules.hedge');
  });

  it('a file that is not JSON gives one problem and the defaults', () => {
    const { config, problems } = resolveLayers({ file: { path: '/ws/.interview-lint.jsonc', text: '{ "rules": ' }, settings: {} }, core);
    expect(config).toEqual(defaultConfig());
    expect(problems[0]!.message).toMatch(/^\/ws\/\.interview-lint\.jsonc:1:\d+: not valid JSON/);
  });

  it('a bad setting names the setting and keeps the value below it', () => {
    const file = { path: '/ws/.interview-lint.jsonc', text: '{ "rules": { "hedge": "error" } }' };
    const { config, problems } = resolveLayers({ file, settings: { rules: { hedge: 'loud' } } }, core);
    expect(config.rules['hedge']!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/^settings: interviewLint\.rules\.hedge: /);
  });

  it('rubric paths in the file are relative to the file', () => {
    const file = { path: '/ws/prep/.interview-lint.jsonc', text: '{ "rubrics": ["rubrics/team.yaml", "/abs/r.yaml"] }' };
    expect(resolveLayers({ file, settings: {} }, core).config.rubrics).toEqual(['/ws/prep/rubrics/team.yaml', '/abs/r.yaml']);
  });

  it('an empty config file (just created) is no problem', () => {
    const { config, problems } = resolveLayers({ file: { path: '/ws/.interview-lint.jsonc', text: '  \n' }, settings: {} }, core);
    expect(config).toEqual(defaultConfig());
    expect(problems).toEqual([]);
  });

  it('the notification names the file once: the engine prefix is dropped from each message', () => {
    const path = '/ws/.interview-lint.jsonc';
    const broken = resolveLayers({ file: { path, text: '{ "rules": ' }, settings: {} }, core).problems[0]!.message;
    expect(withoutFilePrefix(broken, path)).toMatch(/^line 1, column \d+: not valid JSON/);
    const bad = resolveLayers({ file: { path, text: '{ "rules": { "hedge": "loud" } }' }, settings: {} }, core).problems[0]!.message;
    expect(withoutFilePrefix(bad, path)).toMatch(/^Unexpected "loud" at rules\.hedge/);
    expect(withoutFilePrefix('settings: x', path)).toBe('settings: x');
  });
});
