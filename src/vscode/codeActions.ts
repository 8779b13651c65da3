import * as vscode from 'vscode';
import type { Diagnostic as EngineDiagnostic } from '../core/index.js';
import { engine } from './engine.js';
import { disableForLineEdit, disableInFileEdit, fixAllEdits, fixToEdit, type OffsetEdit } from './pure/edits.js';
import { offsetRange, ruleIdOf, toTextEdit } from './convert.js';
import type { LintService } from './lintService.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('interviewLint');
export const FIX_ALL_TITLE = 'Fix all interview-lint problems';

function editOf(doc: vscode.TextDocument, edits: OffsetEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  we.set(
    doc.uri,
    edits.map((e) => toTextEdit(doc, e)),
  );
  return we;
}

/** "Remove "Um"" when the fix drops the finding (with its comma or a capital), else the replacement itself. */
function fixTitle(text: string, d: EngineDiagnostic): string {
  const fix = d.fix!;
  const actual = d.actual ?? text.slice(d.offsets.start, d.offsets.end);
  const covers = fix.range.start <= d.offsets.start && fix.range.end >= d.offsets.end;
  if (covers && !fix.text.toLowerCase().includes(actual.toLowerCase())) return `Remove "${actual}"`;
  return `Replace "${text.slice(fix.range.start, fix.range.end)}" with "${fix.text}"`;
}

function relintFor(service: LintService, doc: vscode.TextDocument): Parameters<typeof fixAllEdits>[0]['relint'] {
  const lint = service.lintAsDocument(doc);
  return lint ? { lint, fixUntilStable: engine().fixUntilStable } : undefined;
}

/** Builds the "fix all" edit for a document from the engine's current result. */
export async function buildFixAll(service: LintService, doc: vscode.TextDocument): Promise<vscode.WorkspaceEdit | undefined> {
  const result = await service.resultFor(doc);
  if (!result) return undefined;
  const edits = fixAllEdits({ text: doc.getText(), diagnostics: result.diagnostics, applyFixes: engine().applyFixes, relint: relintFor(service, doc) });
  return edits.length > 0 ? editOf(doc, edits) : undefined;
}

/**
 * Quick fixes for interview-lint diagnostics: the engine's fix (preferred), its
 * suggestions, disable comments for the line or the file, and "fix all" (also offered as
 * the `source.fixAll.interviewLint` kind, so `editor.codeActionsOnSave` can run it).
 */
export class InterviewLintCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly service: LintService) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (!this.service.isTracked(doc)) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      if (!context.only.contains(FIX_ALL_KIND)) return [];
      const edit = await buildFixAll(this.service, doc);
      if (!edit) return [];
      const action = new vscode.CodeAction(FIX_ALL_TITLE, FIX_ALL_KIND);
      action.edit = edit;
      return [action];
    }

    const mine = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    if (mine.length === 0) return [];
    const result = await this.service.resultFor(doc);
    if (!result) return [];
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];
    const disableActions: vscode.CodeAction[] = [];
    const seenDisable = new Set<string>();
    const docsActions: vscode.CodeAction[] = [];
    for (const shown of mine) {
      const ruleId = ruleIdOf(shown)!;
      const engine = result.diagnostics.find((d) => d.ruleId === ruleId && offsetRange(doc, d.offsets.start, d.offsets.end).isEqual(shown.range));
      if (!engine) continue;
      actions.push(...this.fixActions(doc, engine, shown));
      const lineKey = `${ruleId}@${shown.range.start.line}`;
      if (!seenDisable.has(lineKey)) {
        seenDisable.add(lineKey);
        const e = disableForLineEdit(text, engine.offsets.start, ruleId);
        if (e) disableActions.push(this.action(`Disable ${ruleId} for this line`, doc, [e], shown));
      }
      if (!seenDisable.has(ruleId)) {
        seenDisable.add(ruleId);
        const e = disableInFileEdit(text, ruleId);
        if (e) disableActions.push(this.action(`Disable ${ruleId} in this file`, doc, [e], shown));
        const docs = new vscode.CodeAction(`Open rule documentation (${ruleId})`, vscode.CodeActionKind.QuickFix);
        docs.command = { command: 'interviewLint.openRuleDocs', title: 'Open rule documentation', arguments: [ruleId] };
        docs.diagnostics = [shown];
        docsActions.push(docs);
      }
    }
    // The menu is built on every cursor move; "fix all" re-lints until nothing is fixable, which
    // on a large bank is real work, so it runs only when chosen (the same command as the palette's).
    if (result.diagnostics.some((d) => d.fix)) {
      const all = new vscode.CodeAction(FIX_ALL_TITLE, vscode.CodeActionKind.QuickFix);
      all.command = { command: 'interviewLint.fixAll', title: FIX_ALL_TITLE, arguments: [doc.uri] };
      all.diagnostics = mine;
      actions.push(all);
    }
    return [...actions, ...disableActions, ...docsActions];
  }

  private fixActions(doc: vscode.TextDocument, d: EngineDiagnostic, shown: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    if (d.fix) {
      const a = this.action(fixTitle(doc.getText(), d), doc, [fixToEdit(d.fix)], shown);
      a.isPreferred = true;
      out.push(a);
    }
    for (const s of d.suggestions ?? []) out.push(this.action(s.title, doc, [fixToEdit(s.fix)], shown));
    return out;
  }

  private action(title: string, doc: vscode.TextDocument, edits: OffsetEdit[], shown: vscode.Diagnostic): vscode.CodeAction {
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.edit = editOf(doc, edits);
    a.diagnostics = [shown];
    return a;
  }
}
