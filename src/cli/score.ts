// Placeholder until the scorer lands (issue 6): the scorer's engineer replaces this body, keeping the signature.
export interface ScoreArgs {
  files: string[];
  rubricIds: string[];
  format: 'text' | 'json' | 'markdown';
  cwd: string;
  out: (s: string) => void;
  err: (s: string) => void;
}

export async function runScore(args: ScoreArgs): Promise<number> {
  args.err('interview-lint: scoring is not available in this build yet');
  return 2;
}
