import type { Rule } from '../types.js';
import { dropPhraseFix } from './util/edits.js';

// "like" counts only between commas or at a clause start followed by a comma ("it was, like, slow"):
// "I like XGBoost" and "models like BERT" are not fillers. "you know" and "I mean" count only when
// punctuation follows them ("it was, you know, thin"; "I mean, it worked"): "so you know which
// features drift" and "by recall I mean the share of churners caught" are plain words.
// A repeated "I mean I mean, it worked" is one match: only the last repeat has the punctuation
// after it, and fixing that one alone would leave the one before it flagged.
// Not inside a word: "umbrella", "you-know-who" and "unlike" hold no filler.
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}'’-])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}'’-])`;
const FILLER = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:u+m+|u+h+|e+r+m+|(you know|i mean)(?:\s+\1)*(?=\s*[,.!?;:—–])|so yeah|like(?=\s*,)(?<=,\s*like))${NOT_BEFORE_WORD}`,
  'giu',
);
// "UM" (unified memory) and "UH" are acronyms when written in capitals.
const ACRONYM = /^(?:U+M+|U+H+|E+R+M+)$/;

export const filler: Rule = {
  meta: {
    id: 'filler',
    description: 'Spoken fillers (um, uh, you know, a comma-wrapped "like") written into the answer.',
    defaultSeverity: 'info',
    fixable: true,
    hasSuggestions: false,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      filler: '"{phrase}" is a spoken filler: leave it out of the script and pause instead.',
    },
  },
  check({ answer, text, report }) {
    FILLER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FILLER.exec(answer.prose)) !== null) {
      if (ACRONYM.test(m[0]) && m[0].length > 1) continue;
      const start = answer.proseStart + m.index;
      const end = start + m[0].length;
      report({
        messageId: 'filler',
        data: { phrase: m[0] },
        start,
        end,
        actual: m[0],
        expected: 'nothing (a pause)',
        fix: dropPhraseFix(text, start, end),
      });
    }
  },
};
