/** What the CLI needs from its surroundings; tests pass their own to capture output. */
export interface CliIO {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  color: boolean;
  version: string;
  /** Told how many characters of answer text a lint is about to read, before any rule runs. */
  beforeLint?: (chars: number) => void;
}
