import * as vscode from 'vscode';
import type { Answer } from '../../core/index.js';
import { engine } from '../engine.js';
import type { LintService } from '../lintService.js';
import { answerReplacement, buildRewritePrompt, readRewriteReply } from '../pure/rewritePrompt.js';

/** The scheme of the read-only documents that hold a proposed rewrite for the diff view. */
const SCHEME = 'interview-lint-rewrite';

export type RewriteStatus = 'no-answer' | 'no-model' | 'failed' | 'empty' | 'rejected' | 'stale' | 'accepted';

export interface RewriteOutcome {
  status: RewriteStatus;
  /** What the user was told. */
  message?: string;
}

export const NO_MODEL_MESSAGE =
  'No chat model is available in this VS Code, so Interview Lint has no rewrite to suggest. ' +
  'A chat extension you are signed in to (GitHub Copilot, for one) provides a model; nothing was sent anywhere.';

function pickAnswer(answers: Answer[], doc: vscode.TextDocument, answerIndex: number | undefined): Answer | undefined {
  const real = answers.filter((a) => a.kind === 'answer');
  if (answerIndex !== undefined) return real.find((a) => a.index === answerIndex);
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.toString() === doc.uri.toString()) {
    const offset = doc.offsetAt(editor.selection.active);
    const here = real.find((a) => offset >= a.range.start && offset <= a.range.end);
    if (here) return here;
  }
  return real[0];
}

function tell(status: RewriteStatus, message: string, level: 'info' | 'warning' = 'info'): RewriteOutcome {
  void (level === 'info' ? vscode.window.showInformationMessage(message) : vscode.window.showWarningMessage(message));
  return { status, message };
}

/**
 * "Suggest a rewrite": sends one answer and its findings to a chat model the user already has,
 * shows the reply as a diff against the file, and applies it only when the user accepts. It
 * never runs on its own, and without a model it says so and sends nothing.
 */
export function registerSuggestRewrite(context: vscode.ExtensionContext, service: LintService): void {
  const proposals = new Map<string, string>();
  const suggest = async (uri?: vscode.Uri, answerIndex?: number): Promise<RewriteOutcome> => {
    const doc =
      uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri).then(undefined, () => undefined) : vscode.window.activeTextEditor?.document;
    const result = doc ? await service.resultFor(doc) : undefined;
    const answer = doc && result ? pickAnswer(result.model.answers, doc, typeof answerIndex === 'number' ? answerIndex : undefined) : undefined;
    if (!doc || !result || !answer) return tell('no-answer', 'Open an interview answer file to get a rewrite suggestion for it.');

    const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
    const models = typeof lm?.selectChatModels === 'function' ? await lm.selectChatModels() : [];
    if (models.length === 0) return tell('no-model', NO_MODEL_MESSAGE);
    const model =
      models.length === 1
        ? models[0]
        : (
            await vscode.window.showQuickPick(
              models.map((m) => ({ label: m.name, description: m.vendor, model: m })),
              { placeHolder: 'Which chat model should suggest the rewrite?' },
            )
          )?.model;
    if (!model) return { status: 'rejected' };

    const version = doc.version;
    const text = doc.getText();
    const firstLine = doc.positionAt(answer.range.start).line;
    const answerText = text.slice(answer.range.start, answer.range.end);
    const prompt = buildRewritePrompt({
      answer: answerText,
      ...(answer.question ? { question: answer.question.text } : {}),
      answerType: engine().describeAnswerType(answer.type),
      findings: result.diagnostics
        .filter((d) => d.answerIndex === answer.index)
        .map((d) => ({ line: d.range.start.line - firstLine, ruleId: d.ruleId, message: d.message })),
      wordsPerMinute: service.lastResult(doc)?.wordsPerMinute ?? 150,
    });
    let reply: string;
    try {
      reply = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Asking ${model.name} for a rewrite of this answer...`, cancellable: true },
        async (_progress, token) => {
          const response = await model.sendRequest(
            [vscode.LanguageModelChatMessage.User(prompt)],
            { justification: 'Interview Lint sends this answer and its findings to suggest a rewrite, which you accept or reject.' },
            token,
          );
          let out = '';
          for await (const chunk of response.text) out += chunk;
          return out;
        },
      );
    } catch (e) {
      return tell('failed', `The chat model gave no rewrite: ${e instanceof Error ? e.message : String(e)}`, 'warning');
    }
    const rewrite = readRewriteReply(reply);
    if (rewrite === undefined) return tell('empty', 'The chat model replied with nothing to apply.', 'warning');
    const replacement = answerReplacement(answerText, rewrite);
    const proposed = text.slice(0, answer.range.start) + replacement + text.slice(answer.range.end);
    const proposalUri = vscode.Uri.from({ scheme: SCHEME, path: doc.uri.path, query: `v${version}-${Date.now()}` });
    proposals.set(proposalUri.toString(), proposed);
    const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
    try {
      await vscode.commands.executeCommand('vscode.diff', doc.uri, proposalUri, `${name}: your answer ↔ suggested rewrite`, { preview: true });
      const accept = 'Accept';
      const choice = await vscode.window.showInformationMessage('Replace this answer with the suggested rewrite?', accept, 'Reject');
      if (choice !== accept) return { status: 'rejected' };
      if (doc.version !== version) return tell('stale', 'The answer changed while the suggestion was open: ask for a new one.', 'warning');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(answer.range.start), doc.positionAt(answer.range.end)), replacement);
      return (await vscode.workspace.applyEdit(edit)) ? { status: 'accepted' } : tell('failed', 'The rewrite could not be applied.', 'warning');
    } finally {
      for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
        if (tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === proposalUri.toString()) await vscode.window.tabGroups.close(tab);
      }
      proposals.delete(proposalUri.toString());
    }
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: (uri) => proposals.get(uri.toString()) ?? '' }),
    vscode.commands.registerCommand('interviewLint.suggestRewrite', suggest),
  );
}
