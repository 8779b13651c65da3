import { isIntroduction } from '../detect/answerType.js';
import type { Rule } from '../types.js';
import { nthWordOf, speakingSeconds } from '../text/words.js';
import { sentenceAt } from './util/context.js';

interface Options {
  pitchMaxWords: number;
  maxSeconds: number;
  targetSeconds: number;
}

function spoken(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

export const tooLong: Rule<Options> = {
  meta: {
    id: 'too-long',
    description: 'The answer runs past its spoken time budget: 90 words for an elevator pitch, 2 minutes for other answers.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        pitchMaxWords: { type: 'integer', minimum: 1, description: 'Most words for an elevator pitch (75-90 words is about 30 seconds).' },
        maxSeconds: { type: 'integer', minimum: 1, description: 'Most seconds for any other answer at the configured speaking rate.' },
        targetSeconds: { type: 'integer', minimum: 1, description: 'The length to aim for, named in the message.' },
      },
    },
    defaultOptions: { pitchMaxWords: 90, maxSeconds: 120, targetSeconds: 90 },
    messages: {
      pitch:
        'This elevator pitch is {words} words, about {time} aloud: keep it to 75-{max} words (about 30 seconds): ' +
        'one positioning line, one flagship project with one metric, what you want next. The budget runs out here.',
      answer:
        'This answer is {words} words, about {time} at {wpm} words a minute: past {maxTime} the interviewer loses the thread. ' +
        'Aim for about {targetTime} ({targetWords} words); from here on, stop and offer to go deeper.',
    },
  },
  check({ answer, options, settings, report }) {
    if (answer.kind === 'preamble') return;
    const wpm = settings.wordsPerMinute;
    const pitch = isIntroduction(answer);
    const budget = pitch ? options.pitchMaxWords : Math.floor((options.maxSeconds * wpm) / 60);
    if (answer.wordCount <= budget) return;

    // Point at the sentence in which the budget runs out: where the spoken answer should stop.
    const over = nthWordOf(answer, answer.prose, budget + 1);
    if (!over) return;
    const wordStart = answer.proseStart + over.start;
    const sentence = sentenceAt(answer.sentences, wordStart);
    const start = sentence ? sentence.start : wordStart;
    const end = sentence ? sentence.end : answer.proseStart + over.end;
    const seconds = speakingSeconds(answer.wordCount, wpm);
    report({
      messageId: pitch ? 'pitch' : 'answer',
      data: {
        words: answer.wordCount,
        time: spoken(seconds),
        wpm,
        max: options.pitchMaxWords,
        maxTime: spoken(options.maxSeconds),
        targetTime: spoken(options.targetSeconds),
        targetWords: Math.round((options.targetSeconds * wpm) / 60),
      },
      start,
      end,
      actual: `${answer.wordCount} words`,
      expected: pitch ? `at most ${options.pitchMaxWords} words` : `at most ${budget} words`,
    });
  },
};
