import { describe, expect, it } from 'vitest';
import { configCandidates, configFromText, defaultConfig, findConfigFile, loadConfigFile, type ConfigFileSystem } from '../../src/core/index.js';
import { joinPath, parentPath, resolvePath } from '../../src/core/config/paths.js';

/** A file system of `files` (path -> text; `null` for a folder). */
function fakeFs(files: Record<string, string | null>): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    exists: (path) => Promise.resolve(path in files),
    readFile(path) {
      reads.push(path);
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }));
      if (text === null) return Promise.reject(Object.assign(new Error('a folder'), { code: 'EISDIR' }));
      return Promise.resolve(text);
    },
  };
}

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
    expect(configCandidates('/ws/a', '/ws/')).toEqual([
      '/ws/a/.interview-lint.jsonc',
      '/ws/a/.interview-lint.json',
      '/ws/.interview-lint.jsonc',
      '/ws/.interview-lint.json',
    ]);
    expect(configCandidates('/ws2/a', '/ws')).toEqual(['/ws2/a/.interview-lint.jsonc', '/ws2/a/.interview-lint.json']);
  });

  it('goes up to the root without a workspace folder (the CLI, or a file outside any folder)', () => {
    expect(configCandidates('/tmp/x', undefined)).toEqual([
      '/tmp/x/.interview-lint.jsonc',
      '/tmp/x/.interview-lint.json',
      '/tmp/.interview-lint.jsonc',
      '/tmp/.interview-lint.json',
      '/.interview-lint.jsonc',
      '/.interview-lint.json',
    ]);
  });

  it('walks Windows paths with their own separator, up to the drive', () => {
    expect(configCandidates('C:\\prep\\answers')).toEqual([
      'C:\\prep\\answers\\.interview-lint.jsonc',
      'C:\\prep\\answers\\.interview-lint.json',
      'C:\\prep\\.interview-lint.jsonc',
      'C:\\prep\\.interview-lint.json',
      'C:\\.interview-lint.jsonc',
      'C:\\.interview-lint.json',
    ]);
  });

  it('finds the nearest file that exists', async () => {
    const fs = fakeFs({ '/ws/.interview-lint.json': '{}', '/ws/answers/.interview-lint.jsonc': '{}', '/.interview-lint.jsonc': '{}' });
    expect(await findConfigFile('/ws/answers/acme', fs, '/ws')).toBe('/ws/answers/.interview-lint.jsonc');
    expect(await findConfigFile('/ws/notes', fs, '/ws')).toBe('/ws/.interview-lint.json');
    expect(await findConfigFile('/other', fs, '/other')).toBeUndefined();
    expect(await findConfigFile('/other', fs)).toBe('/.interview-lint.jsonc');
  });
});

describe('a config file over the defaults', () => {
  it('changes severities and the speaking rate; comments and trailing commas are fine', () => {
    const { config, problems } = configFromText(
      '{\n  // team choice\n  "rules": { "hedge": "error", "filler": "off" },\n  "wordsPerMinute": 130,\n}',
      '/ws/.interview-lint.jsonc',
    );
    expect(problems).toEqual([]);
    expect(config.rules['hedge']!.severity).toBe('error');
    expect(config.rules['filler']!.severity).toBe('off');
    expect(config.settings.wordsPerMinute).toBe(130);
  });

  it('a bad field is reported naming the file and field, and the rest still applies', () => {
    const { config, problems } = configFromText('{ "rules": { "hedge": "loud", "filler": "warning" } }', '/ws/answers/.interview-lint.json');
    expect(config.rules['hedge']!.severity).toBe(defaultConfig().rules['hedge']!.severity);
    expect(config.rules['filler']!.severity).toBe('warning');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('/ws/answers/.interview-lint.json');
    expect(problems[0]!.field).toBe('rules.hedge');
  });

  it('a file that is not JSON gives one problem and the defaults', () => {
    const { config, problems } = configFromText('{ "rules": ', '/ws/.interview-lint.jsonc');
    expect(config).toEqual(defaultConfig());
    expect(problems[0]!.message).toMatch(/^\/ws\/\.interview-lint\.jsonc:1:\d+: not valid JSON/);
  });

  it('an empty file (just created, or emptied) is no settings and no problem', async () => {
    for (const text of ['', '  \n', '\uFEFF']) {
      expect(configFromText(text, '/ws/.interview-lint.jsonc')).toEqual({ config: defaultConfig(), problems: [] });
      expect(await loadConfigFile('/ws/.interview-lint.jsonc', fakeFs({ '/ws/.interview-lint.jsonc': text }))).toEqual({
        config: defaultConfig(),
        problems: [],
      });
    }
  });

  it('rubric paths in the file are relative to the file', () => {
    const text = '{ "rubrics": ["rubrics/team.yaml", "/abs/r.yaml", "../shared/./r.yaml"] }';
    expect(configFromText(text, '/ws/prep/.interview-lint.jsonc').config.rubrics).toEqual(['/ws/prep/rubrics/team.yaml', '/abs/r.yaml', '/ws/shared/r.yaml']);
    expect(configFromText(text, 'C:\\ws\\prep\\.interview-lint.jsonc').config.rubrics).toEqual([
      'C:\\ws\\prep\\rubrics\\team.yaml',
      '/abs/r.yaml',
      'C:\\ws\\shared\\r.yaml',
    ]);
  });

  it('a file that cannot be read is one problem naming it, and the defaults', async () => {
    const { config, problems } = await loadConfigFile('/ws/.interview-lint.json', fakeFs({ '/ws/.interview-lint.json': null }));
    expect(config).toEqual(defaultConfig());
    expect(problems).toEqual([{ kind: 'config', file: '/ws/.interview-lint.json', message: 'cannot read config /ws/.interview-lint.json: EISDIR' }]);
  });

  it('does not change the config it is layered over', () => {
    const base = defaultConfig();
    configFromText('{ "rules": { "hedge": "off" }, "rubrics": ["r.yaml"] }', '/ws/.interview-lint.json', base);
    configFromText('not json', '/ws/.interview-lint.json', base);
    expect(base).toEqual(defaultConfig());
  });
});

describe('path helpers (src/core cannot use node:path)', () => {
  it('parentPath', () => {
    expect(parentPath('/ws/a/b.md')).toBe('/ws/a');
    expect(parentPath('/ws/a/')).toBe('/ws');
    expect(parentPath('/ws')).toBe('/');
    expect(parentPath('/')).toBe('/');
    expect(parentPath('C:\\ws\\a.md')).toBe('C:\\ws');
    expect(parentPath('C:\\ws')).toBe('C:\\');
    expect(parentPath('C:\\')).toBe('C:\\');
    expect(parentPath('a.md')).toBe('.');
  });

  it('joinPath and resolvePath', () => {
    expect(joinPath('/', 'x')).toBe('/x');
    expect(joinPath('/ws', 'x')).toBe('/ws/x');
    expect(joinPath('C:\\ws', 'x')).toBe('C:\\ws\\x');
    expect(resolvePath('/ws/prep', '../../../r.yaml')).toBe('/r.yaml');
    expect(resolvePath('cfg', 'rubrics/./a.yaml')).toBe('cfg/rubrics/a.yaml');
    expect(resolvePath('.', '../a.yaml')).toBe('../a.yaml');
    expect(resolvePath('/ws', 'D:\\r.yaml')).toBe('D:\\r.yaml');
  });
});
