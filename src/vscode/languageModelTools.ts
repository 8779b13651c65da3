import * as vscode from 'vscode';
import type { LintResult, LoadedRubric, ResolvedConfig } from '../core/index.js';
import type { AnswerScope } from './answerScope.js';
import type { ConfigStore } from './configStore.js';
import { engine } from './engine.js';
import { log, logError } from './log.js';
import { resolveToolTarget } from './pure/toolTarget.js';
import { lintResultText } from './pure/toolText.js';
import { readSettings } from './settings.js';

export const LINT_TOOL = 'interviewLint_lint';
export const SCORE_TOOL = 'interviewLint_score';

interface ToolInput {
  path?: string;
}

export interface ToolDeps {
  scope: AnswerScope;
  configs: ConfigStore;
  /** The rubrics a file is scored with (shipped ones only in an untrusted workspace). */
  rubricsFor(uri: vscode.Uri, config: ResolvedConfig): Promise<{ rubrics: LoadedRubric[] }>;
}

interface Target {
  uri: vscode.Uri;
  name: string;
  text: string;
  answerFile: boolean;
}

/** The file a call names, read without opening an editor: the open document's text when it has unsaved edits. */
async function readTarget(tool: string, input: ToolInput, deps: ToolDeps): Promise<Target> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const target = resolveToolTarget({ path: input?.path, folders: folders.map((f) => ({ name: f.name, path: f.uri.path })) });
  if (target.kind === 'error') throw new Error(`${tool}: ${target.message}`);
  let uri: vscode.Uri;
  if (target.kind === 'active') {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') throw new Error(`${tool}: no "path" given and no markdown file is open in the editor`);
    uri = doc.uri;
  } else uri = vscode.Uri.joinPath(folders[target.folder]!.uri, ...target.segments);
  const name = vscode.workspace.asRelativePath(uri, folders.length > 1);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let text: string;
  if (open) text = open.getText();
  else {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      throw new Error(`${tool}: ${name} (field "path") does not exist`);
    }
    const limitKB = readSettings(uri).maxFileSizeKB;
    if (stat.size > limitKB * 1024)
      throw new Error(`${tool}: ${name} is ${Math.round(stat.size / 1024)} KB, over the ${limitKB} KB limit (interviewLint.maxFileSizeKB)`);
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }
  return { uri, name, text, answerFile: deps.scope.isAnswerText(uri, text.slice(0, 20_000)) };
}

async function lintTarget(t: Target, deps: ToolDeps): Promise<{ result: LintResult; config: ResolvedConfig }> {
  const config = await deps.configs.configFor(t.uri);
  return { result: new (engine().Linter)(config).lint(t.text), config };
}

function text(value: string): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(value)]);
}

const describeInput = (input: ToolInput | undefined): string => (input?.path ? input.path : 'the active answer');

/**
 * The lint and the score as tools for the user's AI assistant. Both only read: a file in the
 * workspace or the open document, linted and scored as the editor would (in an untrusted
 * workspace with the defaults and the shipped rubrics). Nothing runs that the workspace supplies.
 * Builds of VS Code without the tools API get none, and the extension still activates.
 */
export function registerLanguageModelTools(deps: ToolDeps): vscode.Disposable[] {
  const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
  if (typeof lm?.registerTool !== 'function') {
    log('this VS Code has no vscode.lm.registerTool: the lint and score tools are not offered to AI assistants');
    return [];
  }
  try {
    return [
      lm.registerTool<ToolInput>(LINT_TOOL, {
        prepareInvocation: ({ input }) => ({ invocationMessage: `Linting ${describeInput(input)} with interview-lint` }),
        async invoke({ input }) {
          const t = await readTarget(LINT_TOOL, input, deps);
          const { result } = await lintTarget(t, deps);
          return text(lintResultText({ file: t.name, result, answerFile: t.answerFile }));
        },
      }),
      lm.registerTool<ToolInput>(SCORE_TOOL, {
        prepareInvocation: ({ input }) => ({ invocationMessage: `Scoring ${describeInput(input)} with interview-lint` }),
        async invoke({ input }) {
          const t = await readTarget(SCORE_TOOL, input, deps);
          const { result, config } = await lintTarget(t, deps);
          const { rubrics } = await deps.rubricsFor(t.uri, config);
          const { scoreLintResult, scoreToMarkdown } = engine();
          return text(scoreToMarkdown(scoreLintResult(result, { rubrics, config }), t.name));
        },
      }),
    ];
  } catch (e) {
    logError('registering the language model tools', e);
    return [];
  }
}
