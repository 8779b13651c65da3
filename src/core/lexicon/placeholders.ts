/**
 * Marks of an unfinished draft: words a writer leaves to come back to. Matched as whole
 * words and in the case written here, so a "todo list" in a story is not a mark.
 */
export const PLACEHOLDER_WORDS = [
  'TODO', 'TBD', 'TBC', 'FIXME', 'XXX',
  'lorem ipsum', 'Lorem ipsum', 'insert here', 'fill this in', 'add number', 'add metric',
];
