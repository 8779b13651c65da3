import * as vscode from 'vscode';
import { AnswerScope } from './answerScope.js';
import { AnswerOffer } from './answerOffer.js';
import { ConfigStore } from './configStore.js';
import { LintService } from './lintService.js';
import { InterviewLintCodeActions } from './codeActions.js';
import { AnswerStatusBar } from './statusBar.js';
import { insertTemplate } from './commands/insertTemplate.js';
import { openRuleDocs } from './commands/openRuleDocs.js';
import { lintWorkspace } from './commands/lintWorkspace.js';
import { fixAllInFile, lintFileNow, setFileEnabled } from './commands/fileCommands.js';
import { registerScoreCommand, shownScores, type ShownScore } from './score/index.js';
import { disposeLog, log } from './log.js';
import { registerRuleDocsPreview, setRuleDocsRoot } from './ruleDocs.js';
import { registerLanguageModelTools } from './languageModelTools.js';
import { SpeakingTimeLenses } from './speakingTimeLenses.js';
import { registerSuggestRewrite } from './commands/suggestRewrite.js';
import { registerRehearseCommand, rehearsalProgress, type RehearsalProgress } from './rehearse/index.js';
import { registerStoryBank } from './bank/index.js';
import type { StoryBankProvider } from './bank/treeProvider.js';

/** What `activate` returns: other extensions and the end-to-end tests read it. */
export interface InterviewLintApi {
  /** Milliseconds `activate` took (performance.now() around it). */
  activationMs: number;
  /** CPU milliseconds `activate` used (Node extension host only): unlike wall time, it does not grow when the machine is busy. */
  activationCpuMs: number | undefined;
  /** Milliseconds the bundle's top-level code took to run (module loading), when the bundle recorded it. */
  loadMs: number | undefined;
  statusBarText(): string | undefined;
  /** What the score page of a document showed after each render, oldest first, as the page reported it. */
  shownScores(uri: vscode.Uri): ShownScore[];
  /** The files offered "Lint as an answer" so far, as URIs. */
  offeredFiles(): readonly string[];
  /** What the rehearsal page last reported: the parts it reached and the total it ended on. */
  rehearsalProgress(): RehearsalProgress | undefined;
  /** The story bank view's data: its nodes as the view shows them. */
  storyBank: StoryBankProvider;
}

// Set by the first and last lines of the bundle (scripts/build.mjs): the time its modules took to load.
declare const __interviewLintLoadStart: number | undefined;
declare const __interviewLintLoadEnd: number | undefined;

export function activate(context: vscode.ExtensionContext): InterviewLintApi {
  const t0 = performance.now();
  // `process` exists in the Node extension host only; the browser bundle skips the CPU figure.
  const cpu0 = globalThis.process?.cpuUsage?.();
  const loadMs =
    typeof __interviewLintLoadStart === 'number' && typeof __interviewLintLoadEnd === 'number' ? __interviewLintLoadEnd - __interviewLintLoadStart : undefined;
  setRuleDocsRoot(context.extensionUri);
  const scope = new AnswerScope(context.workspaceState);
  const configs = new ConfigStore();
  const service = new LintService(scope, configs);
  const statusBar = new AnswerStatusBar(service);
  const offer = new AnswerOffer(context.workspaceState, scope);
  const deps = { scope, configs, service };
  const lenses = new SpeakingTimeLenses(service);
  const selector: vscode.DocumentSelector = { language: 'markdown' };

  context.subscriptions.push(
    configs,
    service,
    statusBar,
    offer,
    vscode.languages.registerCodeActionsProvider(selector, new InterviewLintCodeActions(service), InterviewLintCodeActions.metadata),
    lenses,
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.commands.registerCommand('interviewLint.lintWorkspace', () => lintWorkspace(deps)),
    vscode.commands.registerCommand('interviewLint.insertTemplate', (name?: string) => insertTemplate(name)),
    vscode.commands.registerCommand('interviewLint.enableForFile', (uri?: vscode.Uri) => setFileEnabled(deps, true, uri)),
    vscode.commands.registerCommand('interviewLint.disableForFile', (uri?: vscode.Uri) => setFileEnabled(deps, false, uri)),
    vscode.commands.registerCommand('interviewLint.lintFileNow', (uri?: vscode.Uri) => lintFileNow(deps, uri)),
    vscode.commands.registerCommand('interviewLint.fixAll', (uri?: vscode.Uri) => fixAllInFile(deps, uri)),
    vscode.commands.registerCommand('interviewLint.openRuleDocs', (ruleId?: string) => openRuleDocs(ruleId)),
    registerRuleDocsPreview(),
  );
  const storyBank = registerStoryBank(context, deps);
  const scoring = registerScoreCommand(context, {
    resultFor: (doc) => service.resultFor(doc),
    setStatusScore: (uri, label) => statusBar.setScore(uri, label),
    workspaceTrusted: () => vscode.workspace.isTrusted,
    configFor: (doc) => configs.configFor(doc.uri),
    offerToLint: async (doc) => (await offer.ask(doc, true)) && (await service.lintNow(doc)) !== undefined,
    // The story bank keeps each answer's saved drafts; the report shows what changed since the last.
    progressFor: (uri) => storyBank.progressOfFile(uri),
  });
  registerRehearseCommand(context, service);
  registerSuggestRewrite(context, service);
  context.subscriptions.push(...registerLanguageModelTools({ scope, configs, rubricsFor: (uri, config) => scoring.rubricsFor(uri, config) }));
  // Documents already open when the extension starts get no open event. Lint them right
  // after activation rather than inside it, so activation never waits on a first lint.
  const startup = setTimeout(() => service.relintAll(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(startup) });

  const activationMs = performance.now() - t0;
  const cpu = cpu0 ? globalThis.process.cpuUsage(cpu0) : undefined;
  const activationCpuMs = cpu ? (cpu.user + cpu.system) / 1000 : undefined;
  context.subscriptions.push({ dispose: disposeLog });
  log(
    `activated in ${activationMs.toFixed(1)} ms` +
      (activationCpuMs === undefined ? '' : ` (${activationCpuMs.toFixed(1)} ms of CPU)`) +
      (loadMs === undefined ? '' : ` (its bundle loaded in ${loadMs.toFixed(1)} ms)`),
  );
  return {
    activationMs,
    activationCpuMs,
    loadMs,
    statusBarText: () => statusBar.text,
    shownScores,
    offeredFiles: () => offer.offered,
    rehearsalProgress,
    storyBank,
  };
}

export function deactivate(): void {}
