import * as vscode from 'vscode';
import { engine } from '../engine.js';
import type { AnswerScope } from '../answerScope.js';
import type { ConfigStore } from '../configStore.js';
import type { LintService } from '../lintService.js';
import { toVscodeDiagnostic } from '../convert.js';

export interface WorkspaceLintSummary {
  files: number;
  problems: number;
  cancelled: boolean;
}

/**
 * Lints every answer file in the workspace, open or not, with a progress notification;
 * the results go to the Problems panel. Closed files are read through `workspace.fs`.
 */
export async function lintWorkspace(deps: { scope: AnswerScope; configs: ConfigStore; service: LintService }): Promise<WorkspaceLintSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Interview Lint: linting answers', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**}', undefined, token);
      const summary: WorkspaceLintSummary = { files: 0, problems: 0, cancelled: false };
      const decoder = new TextDecoder();
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        progress.report({ message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri, false)}`, increment: 100 / uris.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
        if (!deps.scope.isAnswerText(uri, text)) continue;
        const result = open ? await deps.service.lintNow(open) : new (engine().Linter)(await deps.configs.configFor(uri)).lint(text);
        if (!result) continue;
        summary.files++;
        summary.problems += result.diagnostics.length;
        if (!open)
          deps.service.collection.set(
            uri,
            result.diagnostics.map((d) => toVscodeDiagnostic(undefined, d)),
          );
      }
      void vscode.window.showInformationMessage(
        `Interview Lint: ${summary.problems} problem${summary.problems === 1 ? '' : 's'} ` +
          `in ${summary.files} answer file${summary.files === 1 ? '' : 's'}${summary.cancelled ? ' (stopped early)' : ''}. See the Problems panel.`,
      );
      return summary;
    },
  );
}
