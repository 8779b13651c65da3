import { describe, expect, it } from 'vitest';
import { configFromText, defaultConfig, findConfigFile, loadConfigFile, mergeConfig } from '../../src/core/index.js';
import { layerSettings, withoutFilePrefix, workspaceConfigFs, type WorkspaceFileSystem } from '../../src/vscode/pure/configFiles.js';

/** `vscode.workspace.fs` over `files` (URI path -> text), with URIs as `mem:` strings; counts calls. */
function fakeWorkspaceFs(files: Record<string, string>): WorkspaceFileSystem<string> & { calls: string[] } {
  const calls: string[] = [];
  const pathOf = (uri: string): string => uri.slice('mem:'.length);
  const missing = (): Error => Object.assign(new Error('not found'), { code: 'FileNotFound' });
  return {
    calls,
    stat(uri) {
      calls.push(`stat ${uri}`);
      return pathOf(uri) in files ? Promise.resolve({}) : Promise.reject(missing());
    },
    readFile(uri) {
      calls.push(`read ${uri}`);
      const text = files[pathOf(uri)];
      return text === undefined ? Promise.reject(missing()) : Promise.resolve(new TextEncoder().encode(text));
    },
  };
}

describe('the editor reads config files through workspace.fs with the engine lookup', () => {
  it('finds and loads the nearest file, as the CLI does', async () => {
    const ws = fakeWorkspaceFs({ '/ws/.interview-lint.jsonc': '{ "rules": { "hedge": "error" } }' });
    const fs = workspaceConfigFs(ws, (path) => `mem:${path}`);
    const file = await findConfigFile('/ws/answers', fs, '/ws');
    expect(file).toBe('/ws/.interview-lint.jsonc');
    const { config, problems } = await loadConfigFile(file!, fs);
    expect(problems).toEqual([]);
    expect(config.rules['hedge']!.severity).toBe('error');
  });

  it('asks the file system once per path until it is made anew', async () => {
    const ws = fakeWorkspaceFs({ '/ws/.interview-lint.json': '{}' });
    const fs = workspaceConfigFs(ws, (path) => `mem:${path}`);
    await findConfigFile('/ws/a', fs, '/ws');
    await findConfigFile('/ws/a', fs, '/ws');
    await loadConfigFile('/ws/.interview-lint.json', fs);
    await loadConfigFile('/ws/.interview-lint.json', fs);
    expect(ws.calls).toEqual([
      'stat mem:/ws/a/.interview-lint.jsonc',
      'stat mem:/ws/a/.interview-lint.json',
      'stat mem:/ws/.interview-lint.jsonc',
      'stat mem:/ws/.interview-lint.json',
      'read mem:/ws/.interview-lint.json',
    ]);
  });

  it('decodes UTF-8 and drops a byte-order mark', async () => {
    const fs = workspaceConfigFs(fakeWorkspaceFs({ '/ws/.interview-lint.json': '\uFEFF{ "wordsPerMinute": 120 }' }), (path) => `mem:${path}`);
    expect((await loadConfigFile('/ws/.interview-lint.json', fs)).config.settings.wordsPerMinute).toBe(120);
  });
});

describe('the user settings are the last layer', () => {
  const file = configFromText('{ "rules": { "hedge": "error", "filler": "off" }, "wordsPerMinute": 130 }', '/ws/.interview-lint.jsonc');

  it('nothing set: the layer below as it is', () => {
    expect(layerSettings({ config: defaultConfig(), problems: [] }, {}, mergeConfig)).toEqual({ config: defaultConfig(), problems: [] });
    expect(layerSettings(file, {}, mergeConfig).config.rules['hedge']!.severity).toBe('error');
  });

  it('settings override the file', () => {
    const { config } = layerSettings(file, { rules: { hedge: 'info' }, wordsPerMinute: 160 }, mergeConfig);
    expect(config.rules['hedge']!.severity).toBe('info');
    expect(config.rules['filler']!.severity).toBe('off');
    expect(config.settings.wordsPerMinute).toBe(160);
  });

  it('a bad setting names the setting and keeps the value below it', () => {
    const { config, problems } = layerSettings(file, { rules: { hedge: 'loud' } }, mergeConfig);
    expect(config.rules['hedge']!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/^settings: interviewLint\.rules\.hedge: /);
  });

  it('keeps the problems of the layer below', () => {
    const broken = configFromText('{ "rules": ', '/ws/.interview-lint.jsonc');
    expect(layerSettings(broken, { wordsPerMinute: 160 }, mergeConfig).problems).toEqual(broken.problems);
  });
});

describe('config problems in a notification', () => {
  it('name the file once: the engine prefix is dropped from each message', () => {
    const path = '/ws/.interview-lint.jsonc';
    const broken = configFromText('{ "rules": ', path).problems[0]!.message;
    expect(withoutFilePrefix(broken, path)).toMatch(/^line 1, column \d+: not valid JSON/);
    const bad = configFromText('{ "rules": { "hedge": "loud" } }', path).problems[0]!.message;
    expect(withoutFilePrefix(bad, path)).toMatch(/^Unexpected "loud" at rules\.hedge/);
    expect(withoutFilePrefix('settings: x', path)).toBe('settings: x');
  });
});
