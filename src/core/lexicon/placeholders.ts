/**
 * Marks of an unfinished draft: words a writer leaves to come back to. Matched as whole
 * words, case as written for the capitalised ones (a "todo list" in a story is not a mark).
 */
export const PLACEHOLDER_WORDS = ['TODO', 'TBD', 'TBC', 'FIXME', 'XXX', 'lorem ipsum', 'insert here', 'fill in', 'fill this in', 'add number', 'add metric'];

/**
 * Template stems left in place of the writer's own words: a question that ends in an
 * ellipsis ("Tell me about a time you ..."), a bracketed slot ("[X]%", "<your project>").
 */
export const TEMPLATE_STEMS = ['tell me about a time you', 'describe a time you', 'give an example of a time', 'your project', 'your company', 'your role', 'company name', 'project name'];
