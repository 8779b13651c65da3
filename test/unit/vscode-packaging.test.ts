import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listFiles, PackageManager, type IListFilesOptions } from '@vscode/vsce';
import { describe, expect, it } from 'vitest';
import { rulesSettingSchema, schemaFileText } from '../../src/vscode/pure/generated.js';

const root = join(__dirname, '..', '..');
/** The parts of package.json the extension manifest tests read. */
interface Manifest {
  engines: { vscode: string };
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] }; virtualWorkspaces: boolean };
  contributes: {
    commands: { command: string; category: string }[];
    jsonValidation: unknown;
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; properties?: unknown }> };
  };
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('generated files match the engine (run `npm run gen:schema` when this fails)', () => {
  it('schemas/interview-lint.schema.json is configSchema()', () => {
    expect(readFileSync(join(root, 'schemas/interview-lint.schema.json'), 'utf8')).toBe(schemaFileText());
  });

  it('the interviewLint.rules setting lists every rule with its severities', () => {
    expect(pkg.contributes.configuration.properties['interviewLint.rules']!.properties).toEqual(rulesSettingSchema().properties);
  });
});

describe('the extension manifest', () => {
  it('points jsonValidation at the committed schema for both config file names', () => {
    expect(pkg.contributes.jsonValidation).toEqual([
      { fileMatch: ['.interview-lint.json', '.interview-lint.jsonc'], url: './schemas/interview-lint.schema.json' },
    ]);
  });

  it('offers "Insert answer template" in the markdown editor context menu and sets no markdown defaults', () => {
    const menus = (pkg.contributes as unknown as { menus: Record<string, { command: string; when?: string }[]> }).menus;
    expect(menus['editor/context']).toContainEqual(
      expect.objectContaining({ command: 'interviewLint.insertTemplate', when: 'editorLangId == markdown && !editorReadonly' }),
    );
    // Quick suggestions in markdown are the user's setting: the extension does not override it.
    expect((pkg.contributes as Record<string, unknown>)['configurationDefaults']).toBeUndefined();
  });

  it('contributes every command under the "Interview Lint" category, including the status bar click', () => {
    const commands = pkg.contributes.commands;
    expect(commands.every((c) => c.category === 'Interview Lint')).toBe(true);
    expect(commands.map((c) => c.command)).toEqual(
      expect.arrayContaining([
        'interviewLint.lintWorkspace',
        'interviewLint.insertTemplate',
        'interviewLint.enableForFile',
        'interviewLint.openRuleDocs',
        'interviewLint.scoreAnswer',
        'interviewLint.scoreWithRubric',
      ]),
    );
  });

  it('declares limited support for untrusted workspaces and support for virtual ones', () => {
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['interviewLint.files', 'interviewLint.rules']);
    expect(pkg.capabilities.virtualWorkspaces).toBe(true);
  });

  it('every setting has a description', () => {
    for (const [key, prop] of Object.entries(pkg.contributes.configuration.properties)) {
      expect(prop.description ?? prop.markdownDescription, key).toBeTruthy();
    }
  });

  it('engines.vscode is not older than the @types/vscode the code is checked against', () => {
    const types = (JSON.parse(readFileSync(join(root, 'node_modules/@types/vscode/package.json'), 'utf8')) as { version: string }).version;
    const [tMajor, tMinor] = types.split('.').map(Number);
    const [eMajor, eMinor] = pkg.engines.vscode.replace(/^\^/, '').split('.').map(Number);
    expect(eMajor! > tMajor! || (eMajor === tMajor && eMinor! >= tMinor!)).toBe(true);
  });
});

describe('the .vsix', () => {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const readmePath = /--readme-path (\S+)/.exec(scripts['package']!)?.[1];

  /** The files `npm run package` puts in the .vsix (vsce's own listing; it reads only the working tree, once). */
  let listing: Promise<string[]> | undefined;
  function packagedFiles(): Promise<string[]> {
    // readmePath is not in vsce's option types, but listFiles passes it on as `vsce ls --readme-path` does.
    const options: IListFilesOptions & { readmePath?: string } = { cwd: root, packageManager: PackageManager.None, readmePath };
    return (listing ??= listFiles(options).then((list) => list.map((f) => f.replace(/\\/g, '/'))));
  }

  it('takes its README from the Marketplace page, with the icon and the changelog', async () => {
    expect(readmePath).toBe('docs/marketplace.md');
    const list = await packagedFiles();
    expect(list).toEqual(
      expect.arrayContaining([
        'package.json',
        'docs/marketplace.md',
        'CHANGELOG.md',
        'LICENSE',
        'media/icon.png',
        'media/story-bank.svg',
        'docs/rules/hedge.md',
      ]),
    );
    expect(list).not.toContain('README.md');
  });

  it('holds no sources, tests, benchmarks, sourcemaps or dependencies', async () => {
    for (const f of await packagedFiles()) {
      expect(f).not.toMatch(/^(?:src|test|bench|scripts|examples|node_modules|out|\.vscode-test|test-artifacts|media\/screenshots)\//);
      expect(f).not.toMatch(/\.(?:ts|mts|map|vsix)$/);
    }
  });
});

describe('the adapter stays thin and web-safe', () => {
  const sources = files(join(root, 'src/vscode')).filter((f) => f.endsWith('.ts'));

  it('pure modules do not import vscode', () => {
    for (const f of sources.filter((f) => f.includes('/pure/'))) expect(readFileSync(f, 'utf8'), relative(root, f)).not.toMatch(/from ['"]vscode['"]/);
  });

  it('no Node-only module is imported (the same code runs in vscode.dev)', () => {
    for (const f of sources) expect(readFileSync(f, 'utf8'), relative(root, f)).not.toMatch(/from ['"](?:node:)?(?:fs|path|os|child_process|crypto)['"]/);
  });

  it('engine values are reached through the lazy loader, so activation does not load the engine', () => {
    const allowed = new Set(['src/vscode/engine.ts', 'src/vscode/pure/generated.ts']);
    for (const f of sources.filter((f) => !allowed.has(relative(root, f)))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+['"]((?:\.\.\/)+core\/[^'"]+)['"]/gm)) {
        // A core module that imports nothing (file names, the front matter detector) brings no engine with it.
        const target = join(dirname(f), m[2]!.replace(/\.js$/, '.ts'));
        if (!/^import\s+(?!type\b)/m.test(readFileSync(target, 'utf8'))) continue;
        expect(m[1], `${relative(root, f)} imports values from ${m[2]}`).toBeTruthy();
      }
    }
  });
});

describe('the getting-started walkthrough', () => {
  interface Step {
    id: string;
    title: string;
    description: string;
    media: { markdown?: string };
  }
  const contributes = pkg.contributes as unknown as { walkthroughs?: { id: string; title: string; steps: Step[] }[]; commands: { command: string }[] };
  const walkthrough = contributes.walkthroughs?.[0];
  const steps = walkthrough?.steps ?? [];
  const buttons = (s: Step): string[] => [...s.description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]!);

  it('has the three steps, in order, with the buttons that do them', () => {
    expect(contributes.walkthroughs).toHaveLength(1);
    expect(steps.map((s) => [s.id, s.title, buttons(s)])).toEqual([
      ['openAnswer', 'Open or create an answer', ['interviewLint.insertTemplate']],
      ['seeWarnings', 'See the warnings', []],
      ['scoreIt', 'Score it', ['interviewLint.scoreAnswer']],
    ]);
    const commands = new Set(contributes.commands.map((c) => c.command));
    for (const s of steps) for (const b of buttons(s)) expect(commands, `${s.id} button ${b}`).toContain(b);
  });

  it("each step's markdown page exists, has a heading and ships in the .vsix", () => {
    const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n');
    for (const s of steps) {
      const page = s.media.markdown;
      expect(page, s.id).toMatch(/^media\/walkthrough\/[\w-]+\.md$/);
      expect(readFileSync(join(root, page!), 'utf8'), page).toMatch(/^# \S/);
      expect(shipped, `.vscodeignore ships ${page}`).toContain('!media/walkthrough/*.md');
    }
  });
});
