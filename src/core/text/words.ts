/** A spoken word: letters or digits, with inner apostrophes, hyphens, dots or commas ("don't", "4.5", "1,200"). */
export const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Seconds to say `words` words at `wpm` words a minute. */
export function speakingSeconds(words: number, wpm: number): number {
  return Math.round((words / wpm) * 60);
}
