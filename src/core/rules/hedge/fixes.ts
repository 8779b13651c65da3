import type { Finding, Fix, Sentence, Suggestion } from '../../types.js';
import { dropPhraseFix, opensSentence } from '../util/edits.js';
import type { HedgeEntry } from './phrases.js';
import { justIsHedge } from './senses/adverb.js';
import { last, type Around } from './senses/around.js';
import { stutterEnd } from './stutter.js';

/**
 * What a hedge offers: a safe drop that "fix all" applies, or a "remove" suggestion when
 * dropping is grammatical but changes the claim, and a precise limitation to write instead.
 */

// Where a clause can open: a sentence or clause boundary, a conjunction, a relative pronoun.
const CLAUSE_OPENERS = new Set([
  '.',
  '!',
  '?',
  ':',
  ';',
  ',',
  '(',
  '-',
  '—',
  '–',
  '*',
  '>',
  'and',
  'but',
  'so',
  'or',
  'yet',
  'then',
  'because',
  'since',
  'although',
  'though',
  'while',
  'that',
  'which',
  'where',
  'when',
]);
// After the opener, what cannot start the clause it vouches for: "I feel like a fraud" names a feeling.
const NOT_A_CLAUSE = new Set(['a', 'an', 'to', 'for', 'with', 'on', 'at', 'by', 'from', 'into']);

// After "I think that", the words that open a clause: "that" is the conjunction ("I think that
// we shipped"); before a verb it is the subject ("I think that helps"), which stays.
const SUBJECT_STARTS = new Set([
  'i',
  "i've",
  "i'd",
  "i'm",
  'we',
  "we've",
  "we'd",
  "we're",
  'they',
  "they're",
  'it',
  "it's",
  'he',
  'she',
  'you',
  'there',
  "there's",
  'the',
  'this',
  'these',
  'those',
  'our',
  'my',
  'their',
  'its',
  'his',
  'her',
  'a',
  'an',
  'most',
  'some',
  'all',
  'every',
  'each',
  'everyone',
  'people',
  'nobody',
  'no',
  'one',
]);

/** The word that opens the clause after a belief opener, past a conjunction "that". */
export function clauseAfter(after: readonly string[]): { next: string | undefined; dropsThat: boolean } {
  const dropsThat = after[0] === 'that' && SUBJECT_STARTS.has(after[1] ?? '');
  return { next: dropsThat ? after[1] : after[0], dropsThat };
}

/**
 * Drops an opener in front of its clause and keeps the punctuation before it: "For metrics,
 * I think accuracy was 91%" → "For metrics, accuracy was 91%", "I think, looking back, we" →
 * "Looking back, we". A closing one (", I think.") goes with its comma.
 */
export function openerDropFix(text: string, start: number, end: number): Fix {
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  // A hard-wrapped line: the clause goes on below ("I think\npeople liked it").
  const wrap = /^(?:\r\n|\n|\r)[ \t]*(?=[\p{L}\p{N}$£€"“(])/u.exec(text.slice(e, e + 80));
  if (wrap) e += wrap[0].length;
  let b = start;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  // "Out-of-bag error, I guess, is the error": set off on both sides, it goes with one comma.
  if (text[e] === ',' && text[b - 1] === ',') return dropPhraseFix(text, start, end);
  if (text[e] === ',') {
    e++;
    while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
  } else if (!/[\p{L}\p{N}$£€"“(]/u.test(text[e] ?? '')) return dropPhraseFix(text, start, end);
  const next = text[e] ?? '';
  if (wrap) {
    // The line break stays where it was: "I think\npeople liked it" → "\nPeople liked it".
    const upper = opensSentence(text, start) && /\p{Ll}/u.test(next);
    return { range: { start: b, end: upper ? e + 1 : e }, text: wrap[0] + (upper ? next.toUpperCase() : '') };
  }
  if (opensSentence(text, start))
    return /\p{Ll}/u.test(next) ? { range: { start, end: e + 1 }, text: next.toUpperCase() } : { range: { start, end: e }, text: '' };
  // Inside a sentence the edit takes the space before it too, so that a fix ending there
  // ("Uh, " dropped by filler) waits for the next pass, which sees the opener start the
  // sentence and capitalises what follows: "Uh, I think those are" → "Those are".
  return start > 0 && text[start - 1] === ' ' ? { range: { start: start - 1, end: e }, text: ' ' } : { range: { start, end: e }, text: '' };
}

/**
 * "I think (that) accuracy was around 91%" → "Accuracy was around 91%": the opener tells the
 * interviewer how sure the speaker is, not what happened, so dropping it leaves the claim as
 * it was, numbers included. Left alone: an estimate ("I'd guess we served five clients",
 * "I would think": the figure is a guess and dropping would assert it), "I think so" (an
 * answer, not an opener), and an opener that does not stand before a clause.
 */
export function beliefSafeDrop({ before, after, phrase }: Around): boolean {
  if (/(?:'d|’d|would)\s+(?:guess|think)/i.test(phrase) || /\sso$/i.test(phrase)) return false;
  if (before.length > 0 && !CLAUSE_OPENERS.has(last(before)!)) return false;
  const { next } = clauseAfter(after);
  if (next === undefined) return false;
  // "The model was better, I think." and "I think, looking back, we" drop with their comma.
  if (next === ',' || ((next === '.' || next === ';' || next === '!' || next === '?') && last(before) === ',')) return true;
  if (/feel/i.test(phrase) && NOT_A_CLAUSE.has(next)) return false;
  return /^[\p{L}\p{N}$£€]/u.test(next) && !NOT_A_CLAUSE.has(next);
}

/**
 * "it kind of worked", "a sort of relevance matrix", "I kinda led it": a softener of speech
 * with no content of its own (unlike "pretty familiar", a level, or "a bit", an amount), so
 * the sentence says the same without it. At the end of a clause ("it worked, kind of.") it
 * takes the claim back and is left to the writer.
 */
export function softenerSafeDrop({ after }: Around): boolean {
  const next = after[0];
  return next !== undefined && /^[\p{L}\p{N}]/u.test(next);
}

export const justSafeDrop = (a: Around): boolean => justIsHedge(a);

export function dropWord(chars: number): (a: Around) => { chars: number } {
  return () => ({ chars });
}

export function degreeDrop({ after }: Around): { chars: number } | undefined {
  // "a bit of experience" has no grammatical shorter form.
  return after[0] === 'of' ? undefined : { chars: -1 };
}

/**
 * The two slots of a precise limitation. They hold no words of the candidate's own ("I",
 * "we", a number): a template that said "I haven't ..." would satisfy vague-we, and one with a
 * digit result-needs-metric, before anything was written. Angle-bracket slots are what
 * `placeholder` flags, so an unfilled template stays on the problem list.
 */
export const LIMIT_TEMPLATE = '<the gap, named exactly>; <what you have done instead, and its scale>.';

/**
 * "Rewrite as a precise limitation": the hedged sentence becomes the template to fill, so the
 * hedge goes with it rather than staying beside a line appended after it.
 */
export function limitationSuggestion(text: string, sentence: Sentence | undefined, start: number, end: number): Suggestion {
  const from = sentence ? sentence.start : start;
  let to = sentence ? sentence.end : end;
  // The template brings its own full stop.
  while (to > from && /[\s.!?…]/.test(text[to - 1]!)) to--;
  while (to < text.length && /[.!?…]/.test(text[to]!)) to++;
  return {
    title: 'Rewrite the sentence as a precise limitation: the gap, then what you have done',
    fix: { range: { start: from, end: to }, text: LIMIT_TEMPLATE },
  };
}

/**
 * Safe drops of one answer, in order. "Basically, I think we shipped": two drops that touch
 * become one, so that a single "fix all" pass removes both and still capitalises what follows.
 */
export class DropChain {
  /** Where the last safe drop began (its first phrase). */
  private start = -1;

  constructor(
    private readonly text: string,
    /** The answer's findings so far; the ones that share the previous drop's fix take the merged one. */
    private readonly findings: Finding[],
  ) {}

  drop(start: number, end: number, how: (text: string, start: number, end: number) => Fix = dropPhraseFix): Fix {
    const fix = how(this.text, start, end);
    const prev = this.findings[this.findings.length - 1];
    if (prev?.fix && this.start >= 0 && fix.range.start <= prev.fix.range.end) {
      const merged = dropPhraseFix(this.text, this.start, end);
      for (let k = this.findings.length - 1; k >= 0 && this.findings[k]!.fix === prev.fix; k--) this.findings[k]!.fix = merged;
      return merged;
    }
    this.start = start;
    return fix;
  }
}

/**
 * The fix and the suggestions of a built-in hedge at [start, end) of the answer's text;
 * `phrase` is the match as the prose has it (markup blanked).
 */
export function hedgeFixes(
  entry: HedgeEntry,
  around: Around,
  text: string,
  phrase: string,
  start: number,
  end: number,
  chain: DropChain,
): { fix?: Fix; suggestions: Suggestion[] } {
  // "I think that we shipped" loses its "that" with the opener.
  const thatEnd = entry.kind === 'belief' && clauseAfter(around.after).dropsThat ? (/^\s*that/i.exec(text.slice(end))?.[0].length ?? 0) : 0;
  if (entry.safeDrop?.(around))
    return { fix: chain.drop(start, stutterEnd(text, phrase, end + thatEnd), entry.kind === 'belief' ? openerDropFix : dropPhraseFix), suggestions: [] };
  const drop = entry.suggestDrop?.(around);
  if (drop) {
    const dropEnd = drop.chars < 0 ? end : start + drop.chars;
    return { suggestions: [{ title: `Remove "${text.slice(start, dropEnd)}"`, fix: dropPhraseFix(text, start, dropEnd) }] };
  }
  if (entry.safeDrop) {
    // "I think the new model is better": only the candidate knows whether it is a fact,
    // so dropping the opener is offered, never applied by fix-all.
    const dropEnd = stutterEnd(text, phrase, end + thatEnd);
    return {
      suggestions: [{ title: `State it as a fact: remove "${text.slice(start, dropEnd).replace(/\s+/g, ' ')}"`, fix: dropPhraseFix(text, start, dropEnd) }],
    };
  }
  return { suggestions: [] };
}
