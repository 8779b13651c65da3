import * as vscode from 'vscode';
import { WorkspaceBank, type BankDeps } from './workspaceBank.js';
import { OPEN_ANSWER_COMMAND, STORY_BANK_VIEW, StoryBankProvider, openAnswer } from './treeProvider.js';

/** Registers the story bank view, its refresh command and the command its answers run on click. */
export function registerStoryBank(context: vscode.ExtensionContext, deps: Omit<BankDeps, 'drafts'>): StoryBankProvider {
  const bank = new WorkspaceBank({ ...deps, drafts: context.workspaceState });
  const provider = new StoryBankProvider(bank);
  const view = vscode.window.createTreeView(STORY_BANK_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    bank,
    provider,
    view,
    provider.onDidRebuild((roots) => {
      const gaps = roots.find((n) => n.id === 'gaps')?.children.length ?? 0;
      view.badge = gaps ? { value: gaps, tooltip: `${gaps} gap${gaps === 1 ? '' : 's'} in the story bank` } : undefined;
      const files = roots.find((n) => n.id === 'files');
      view.message =
        files && files.children.length === 0
          ? 'No answer files yet: answers are markdown files under answers/ or interview*/, or named *.answer.md.'
          : undefined;
    }),
    vscode.commands.registerCommand('interviewLint.storyBank.refresh', async () => {
      await bank.rescan();
      provider.rebuild();
    }),
    vscode.commands.registerCommand(OPEN_ANSWER_COMMAND, (uri: string, line: number, character: number, endLine?: number, endCharacter?: number) =>
      openAnswer(uri, line, character, endLine, endCharacter),
    ),
  );
  return provider;
}
