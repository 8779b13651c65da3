import * as vscode from 'vscode';
import { DEFAULT_ANSWER_GLOBS } from './pure/answerFiles.js';
import type { EditorSettings } from './pure/configFiles.js';

export const SECTION = 'interviewLint';

export interface ExtensionSettings {
  enable: boolean;
  files: string[];
  debounceMs: number;
  maxFileSizeKB: number;
  wordsPerMinute: number;
  /** Show the speaking-time lenses above answers and STAR labels. */
  speakingTimeLenses: boolean;
  /** Only the values the user set, to layer over the config file. */
  overrides: EditorSettings;
}

function explicitlySet<T>(cfg: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = cfg.inspect<T>(key);
  return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
}

export function readSettings(scope: vscode.Uri | undefined): ExtensionSettings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  const rules = explicitlySet<Record<string, unknown>>(cfg, 'rules');
  const wpm = explicitlySet<number>(cfg, 'wordsPerMinute');
  return {
    enable: cfg.get<boolean>('enable', true),
    files: cfg.get<string[]>('files', [...DEFAULT_ANSWER_GLOBS]),
    debounceMs: Math.max(0, cfg.get<number>('debounceMs', 250)),
    maxFileSizeKB: Math.max(1, cfg.get<number>('maxFileSizeKB', 1024)),
    wordsPerMinute: cfg.get<number>('wordsPerMinute', 150),
    speakingTimeLenses: cfg.get<boolean>('speakingTimeLenses', true),
    overrides: {
      ...(rules && Object.keys(rules).length > 0 ? { rules } : {}),
      ...(wpm !== undefined ? { wordsPerMinute: wpm } : {}),
    },
  };
}
