// A numbered or labelled question ("Q3:", "Question 3.", "Interviewer:") says the same question.
const LABEL = /^(?:q(?:uestion)?\s*\d*\s*[:.)\-–—]|question\b|interviewer\s*:)\s*/;
// "Can you walk me through ..." asks what "Walk me through ..." asks.
const POLITE = /^(?:(?:can|could|would) you\s+(?:please\s+)?|please\s+)/;

/**
 * The form two wordings of one question share: lower case, no punctuation or markup, apostrophes
 * dropped ("don't" = "dont"), a leading label or "can you"/"please" dropped, "tell us" read
 * as "tell me" and "a time when you" as "a time you". Nothing else: "Tell me about a time you..." and "Describe a time you..." stay
 * different questions unless a topic lists both wordings, since a verb or a word of the
 * question often changes what the interviewer asks for.
 */
export function normaliseQuestion(text: string): string {
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
  s = s
    .replace(/[*_"“”#>]/g, ' ')
    .trim()
    .replace(LABEL, '')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(POLITE, '')
    .replace(/\b(tell|walk|give|show) us\b/g, '$1 me')
    .replace(/\ba time when\b/g, 'a time');
  return s;
}

/** kebab-case words of a text, for ids made from a question ("Tell me about a time you failed" -> "tell-me-about-a-time-you-failed"). */
export function slug(text: string, maxWords = 8): string {
  return normaliseQuestion(text).split(' ').filter(Boolean).slice(0, maxWords).join('-');
}
