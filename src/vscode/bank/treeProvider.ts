import * as vscode from 'vscode';
import { bankTree, type BankIcon, type BankNode, type DraftProgress } from '../pure/bankTree.js';
import type { WorkspaceBank } from './workspaceBank.js';

export const STORY_BANK_VIEW = 'interviewLint.storyBank';
export const OPEN_ANSWER_COMMAND = 'interviewLint.storyBank.openAnswer';

// Made on first use: activation does not build what only an opened view shows.
let icons: Record<BankIcon, vscode.ThemeIcon> | undefined;
function iconFor(icon: BankIcon): vscode.ThemeIcon {
  icons ??= {
    pass: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
    fail: new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
    gap: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
    covered: new vscode.ThemeIcon('check'),
    group: new vscode.ThemeIcon('list-tree'),
    file: new vscode.ThemeIcon('file'),
  };
  return icons[icon];
}

/** The story bank view: the tree of `bankTree`, rebuilt whenever the workspace bank changes. */
export class StoryBankProvider implements vscode.TreeDataProvider<BankNode>, vscode.Disposable {
  private nodes: BankNode[] = [];
  private readonly changed = new vscode.EventEmitter<BankNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly rebuilt = new vscode.EventEmitter<BankNode[]>();
  /** Fires with the new top-level nodes after every rebuild (the end-to-end tests wait on it). */
  readonly onDidRebuild = this.rebuilt.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly bank: WorkspaceBank) {
    this.subscription = bank.onDidChange(() => this.rebuild());
  }

  /** The top-level nodes as last built (empty before the first scan). */
  /** Each answer's progress over its saved drafts in one file, by answer index (for the score report). */
  progressOfFile(uri: vscode.Uri): ReadonlyMap<number, DraftProgress> {
    return this.bank.progressOfFile(uri);
  }

  get roots(): readonly BankNode[] {
    return this.nodes;
  }

  rebuild(): void {
    const { answers, coverage } = this.bank.snapshot();
    this.nodes = bankTree({
      answers,
      coverage,
      shown: (file) => vscode.workspace.asRelativePath(vscode.Uri.parse(file), false),
      progress: (a) => this.bank.progress(a),
    });
    this.changed.fire(undefined);
    this.rebuilt.fire(this.nodes);
  }

  async getChildren(node?: BankNode): Promise<BankNode[]> {
    if (node) return node.children;
    // The view's first showing starts the scan: activation never pays for it.
    await this.bank.ready();
    if (this.nodes.length === 0) this.rebuild();
    return this.nodes;
  }

  getTreeItem(node: BankNode): vscode.TreeItem {
    const state =
      node.children.length === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = node.id;
    if (node.description !== undefined) item.description = node.description;
    if (node.tooltip !== undefined) item.tooltip = node.tooltip;
    item.iconPath = iconFor(node.icon);
    if (node.answer) {
      const r = node.answer.heading.range;
      item.command = {
        command: OPEN_ANSWER_COMMAND,
        title: 'Open answer',
        arguments: [node.answer.file, r.start.line - 1, r.start.column - 1, r.end.line - 1, r.end.column - 1],
      };
      item.resourceUri = vscode.Uri.parse(node.answer.file);
      item.contextValue = 'answer';
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
    this.rebuilt.dispose();
  }
}

/** Opens an answer's file with its heading selected. */
export async function openAnswer(uri: string, line: number, character: number, endLine = line, endCharacter = character): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const range = new vscode.Range(line, character, endLine, endCharacter);
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
  return editor;
}
