import type { Finding, Fix, Rule, Sentence, Suggestion } from '../../types.js';
import { normalizePhrase, sentenceAt, tokensAfter, tokensBefore } from '../util/context.js';
import { findPhrases, isCustom, PhraseMatcher, type CustomPhrase, type PhraseMatch } from '../util/phraseMatcher.js';
import { DropChain, hedgeFixes, limitationSuggestion } from './fixes.js';
import { HEDGES, type HedgeEntry } from './phrases.js';
import type { Around } from './senses/around.js';

export interface HedgeOptions {
  /** More phrases to flag, as literal text (never patterns). */
  extraPhrases: string[];
  /** Built-in phrases to leave alone ("just", "pretty good", "I think"). */
  allowPhrases: string[];
}

/** The guards' view, with the sentence the phrase stands in (read by the finding, not the guards). */
interface Seen extends Around {
  sentence: Sentence | undefined;
}

// Opening words of a question put to the listener, after a list number or a joiner.
const QUESTION_WORDS = "could|can|would|will|do|does|did|is|are|was|were|what|what's|how|who|which|when|where|why|have|has";
const QUESTION_OPENING = new RegExp(
  `^[\\s"'\u201c(]*(?:\\d+[.)]\\s*)?(?:(?:and|so|also|but|then|finally|first|second|third|lastly)[\\s,]+)?(?:${QUESTION_WORDS})\\b`,
  'iu',
);
const isQuestionAsked = (sentence: string): boolean => /\?[\s"'\u201d)]*$/u.test(sentence) && QUESTION_OPENING.test(sentence);

const MAX_PHRASE = 60;
const MAX_EXTRA = 200;
const matcher = new PhraseMatcher(HEDGES, { maxLength: MAX_PHRASE, maxExtra: MAX_EXTRA });

export const hedge: Rule<HedgeOptions> = {
  meta: {
    id: 'hedge',
    description: 'Weak qualifiers ("I think", "pretty familiar", "kind of", "just", "maybe") that make the candidate sound unsure of their own work.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extraPhrases: {
          type: 'array',
          description: 'More hedges to flag, as literal text (matched as whole words, any case).',
          maxItems: MAX_EXTRA,
          items: { type: 'string', minLength: 1, maxLength: MAX_PHRASE },
        },
        allowPhrases: {
          type: 'array',
          description: 'Built-in hedges to leave alone, as listed in docs/rules/hedge.md ("just", "I think", "pretty good").',
          maxItems: MAX_EXTRA,
          items: { type: 'string', minLength: 1, maxLength: MAX_PHRASE },
        },
      },
    },
    defaultOptions: { extraPhrases: [], allowPhrases: [] },
    messages: {
      belief:
        '"{phrase}" makes the claim sound like a guess. If you know it, state it ("I deployed it"); if you don\'t, say exactly what you haven\'t verified.',
      doubt: '"{phrase}" opens with doubt. Say what you do know as a fact, then name the gap precisely ("I haven\'t run X in production; I have run Y").',
      degree: '"{phrase}" waters the claim down. Say what you can do and where it stops ("I\'ve written Spark jobs over 2 TB; I haven\'t tuned a cluster").',
      likelihood: '"{phrase}" leaves the interviewer unsure what happened. Commit to the claim, or give the estimate and what it rests on.',
      minimizer: '"{phrase}" shrinks your own part. Say plainly what you did and let its scope speak.',
      familiarity: '"{phrase}" is a vague level of skill. Say what you built with it and at what scale, or exactly where your hands-on experience stops.',
      filler: '"{phrase}" adds nothing and signals hesitation. Give the precise statement.',
      custom: '"{phrase}" is on this workspace\'s hedge list. Replace it with a confident claim or a precise limitation.',
    },
  },
  check({ answer, text, options, report }) {
    const allowed = new Set((options.allowPhrases ?? []).map(normalizePhrase));
    const prose = answer.prose;
    const findings: Finding[] = [];
    const chain = new DropChain(text, findings);
    findPhrases<HedgeEntry, Seen>(matcher.compiled(options.extraPhrases), prose, {
      ...(allowed.size > 0
        ? { skip: (m: PhraseMatch<HedgeEntry | CustomPhrase>) => allowed.has(normalizePhrase(m.text)) || allowed.has(normalizePhrase(m.entry.key)) }
        : {}),
      context: (m) => {
        const afterAt = m.index + m.text.length;
        const sentence = sentenceAt(answer.sentences, answer.proseStart + m.index);
        return {
          before: tokensBefore(prose, m.index, 3),
          after: tokensAfter(prose, afterAt, 4),
          phrase: normalizePhrase(m.text),
          get rest() {
            return sentence ? prose.slice(afterAt, Math.max(afterAt, sentence.end - answer.proseStart)) : prose.slice(afterAt, afterAt + 200);
          },
          sentence,
        };
      },
      found: (m, around) => {
        // A question the candidate asks ("Could you tell me a bit about the team?") claims nothing to
        // soften; a claim said with a rising tone ("I guess it's kind of the same?") still does.
        if (around?.sentence && isQuestionAsked(around.sentence.text)) return;
        const phrase = m.text;
        const start = answer.proseStart + m.index;
        const end = start + phrase.length;
        // A user's phrase has no sense to read and nothing safe to drop.
        const entry = isCustom(m.entry) ? undefined : m.entry;
        const { fix, suggestions }: { fix?: Fix; suggestions: Suggestion[] } =
          entry && around ? hedgeFixes(entry, around, text, phrase, start, end, chain) : { suggestions: [] };
        const messageId = entry ? entry.kind : 'custom';
        if (messageId !== 'filler') suggestions.push(limitationSuggestion(text, around ? around.sentence : sentenceAt(answer.sentences, start), start, end));
        findings.push({
          messageId,
          data: { phrase: phrase.replace(/\s+/g, ' ') },
          start,
          end,
          actual: phrase,
          expected: 'a confident claim or a precise limitation',
          ...(fix ? { fix } : {}),
          ...(suggestions.length > 0 ? { suggestions } : {}),
        });
      },
    });
    for (const f of findings) report(f);
  },
};
