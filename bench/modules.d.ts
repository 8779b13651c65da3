// write-good ships no types; the bench only needs its one function.
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): Suggestion[];
  export default writeGood;
}
