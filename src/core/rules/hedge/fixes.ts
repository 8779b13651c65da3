import type { Finding, Fix, Sentence, Suggestion } from '../../types.js';
import { dropPhraseFix } from '../util/edits.js';
import type { HedgeEntry } from './phrases.js';
import { justIsHedge } from './senses/adverb.js';
import { last, type Around } from './senses/around.js';
import { stutterEnd } from './stutter.js';

/**
 * What a hedge offers: a safe drop that "fix all" applies, or a "remove" suggestion when
 * dropping is grammatical but changes the claim, and a precise limitation to write instead.
 */

const FIRST_PERSON = new Set(['i', "i've", "i'd", "i'm", "i'll", 'we', "we've", "we'd", "we're", "we'll", 'my', 'our']);

/** "I think (that) I've deployed it": the candidate vouches for their own work, so the opener can go. */
const NUMBER =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|third|quarter|dozen)\b/i;

export function beliefSafeDrop({ before, after, phrase, rest }: Around): boolean {
  // "I'd guess we served five clients" is an estimate: dropping the opener would turn it into a claim.
  if (/(?:'d|’d|would)\s/i.test(phrase) || NUMBER.test(rest)) return false;
  const opensClause = before.length === 0 || ['.', '!', '?', ':', ';', ',', 'and', 'but', 'so', '(', '-', '—', '–', '*', '>'].includes(last(before)!);
  if (!opensClause) return false;
  const subject = after[0] === 'that' ? after[1] : after[0];
  return subject !== undefined && FIRST_PERSON.has(subject);
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

  drop(start: number, end: number): Fix {
    const fix = dropPhraseFix(this.text, start, end);
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
  const thatEnd = entry.kind === 'belief' && around.after[0] === 'that' ? (/^\s*that/i.exec(text.slice(end))?.[0].length ?? 0) : 0;
  if (entry.safeDrop?.(around)) return { fix: chain.drop(start, stutterEnd(text, phrase, end + thatEnd)), suggestions: [] };
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
