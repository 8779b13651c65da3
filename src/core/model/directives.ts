/** Inline comments that turn rules off and on: `<!-- interview-lint-disable hedge -->`. */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /^<!--\s*interview-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->\s*$/;

export function readDirective(html: string, start: number, end: number): Directive | undefined {
  const m = DIRECTIVE.exec(html.trim());
  if (!m) return undefined;
  const rules = m[2]!
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  return { kind: m[1] as DirectiveKind, rules, start, end };
}
