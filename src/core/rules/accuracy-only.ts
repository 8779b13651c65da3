import { claimsOfSentence } from '../claims/read.js';
import { isSetupSentence } from './util/outcome.js';
import type { Rule } from '../types.js';
import { ACCURACY_QUALIFIERS, oneOf } from '../lexicon/index.js';

const NUM = '(?<![\\w.])(?:\\d{1,3}(?:\\.\\d+)?\\s?%|0?\\.\\d+|1\\.0)';
// Words that may stand between a figure and "accuracy": "92% test accuracy".
const ACCURACY_KIND = oneOf(ACCURACY_QUALIFIERS);
// Words between "accuracy" and its figure: "accuracy went from", "accuracy of".
const ACCURACY_TO_FIGURE =
  '(?:score|rate|was|is|of|at|to|reached|hit|went|jumped|rose|improved|increased|climbed|dropped|fell|from|around|about|roughly|nearly|over|above|up|by|=|:|~)';
// What the accuracy is of: "accuracy on the holdout set".
const ACCURACY_OF = '(?:\\s+(?:of|on|for|in)\\s+(?:the\\s+|our\\s+|my\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?';
// "95% accuracy", "0.92 test accuracy", "accuracy of 0.92", "accuracy went from 76% to 89%", "92% accurate".
// Forecast accuracy is left out: in forecasting it is a defined business KPI (usually 1 - MAPE), not classification accuracy.
const FIGURE = new RegExp(
  [
    `(?<![\\w.])${NUM}\\s+(?:${ACCURACY_KIND}\\s+){0,2}accuracy\\b`,
    `(?<!forecast(?:ing)?\\s)\\baccuracy${ACCURACY_OF}\\s*(?:${ACCURACY_TO_FIGURE}\\s*){0,4}${NUM}`,
    `(?<![\\w.])${NUM}\\s+accurate\\b`,
  ].join('|'),
  'gi',
);

/** True when the text states an accuracy figure ("92% accurate", "accuracy of 0.92"). */
export function hasAccuracyFigure(text: string): boolean {
  FIGURE.lastIndex = 0;
  return FIGURE.test(text);
}

// Anything that says how the errors fall or what they cost: the answer is then more than an accuracy figure.
const OTHER_METRIC = new RegExp(
  String.raw`\b(?:${[
    'precision',
    'recall',
    'f1',
    'f-1',
    'f[ -]?score',
    'f-measure',
    'auc',
    'auroc',
    'au-?pr',
    'roc',
    'pr[ -]curve',
    String.raw`calibrat\w*`,
    'brier',
    'log[ -]?loss',
    'cross[ -]entropy',
    'false[ -]positives?',
    'false[ -]negatives?',
    'true[ -]positives?',
    'fpr',
    'fnr',
    'tpr',
    'sensitivity',
    'specificity',
    'kappa',
    'mcc',
    'ndcg',
    String.raw`map@\d+`,
    'lift',
    'gini',
  ].join('|')})\b`,
  'i',
);
// A business metric needs a number beside it: "churn fell from 27% to 21%", "45 ms", "$1.2M".
const BUSINESS_WORD = new RegExp(
  [
    String.raw`\b(?:${[
      'revenue',
      'costs?',
      'saving',
      'savings',
      'saved',
      'profit',
      'margin',
      'dollars',
      'usd',
      'eur',
      'churn',
      'retention',
      'conversion',
      'ctr',
      'click[- ]?through',
      'latency',
      'p50',
      'p95',
      'p99',
      'throughput',
      'users',
      'customers',
      'clients',
      'subscribers',
      'hours',
      'minutes',
      'fraud',
      'losses',
      'chargebacks?',
      'roi',
      'uplift',
      'orders',
      'sales',
      'adoption',
      'engagement',
      'win[- ]back',
      'requests per',
      String.raw`predictions (?:a|per) \w+`,
    ].join('|')})\b`,
    String.raw`[$€£]\s?\d`,
    String.raw`\d\s?ms\b`,
  ].join('|'),
  'gi',
);
const HAS_NUMBER = /\d/;
// "a churn dataset of 7,000 customers" sizes the data; it measures nothing the model changed.
// So does a train/test split ("an 80/20 split of the monthly sales").
const DATA_SIZE = /\b(?:datasets?|data ?sets?|rows|records|samples|observations|examples|splits?|folds?|kaggle)\b/i;
// The number must sit by the business word: "data about customers ... the baseline got 92%" is an
// accuracy comparison, not a customer figure.
const NEAR = 40;

/** A business word with a number beside it (accuracy figures blanked first). */
function businessFigure(sentence: string): boolean {
  const text = sentence.replace(FIGURE, (m) => ' '.repeat(m.length));
  BUSINESS_WORD.lastIndex = 0;
  for (let m = BUSINESS_WORD.exec(text); m !== null; m = BUSINESS_WORD.exec(text)) {
    if (HAS_NUMBER.test(text.slice(Math.max(0, m.index - NEAR), m.index + m[0].length + NEAR))) return true;
  }
  return false;
}

export const accuracyOnly: Rule = {
  meta: {
    id: 'accuracy-only',
    description: 'An accuracy figure with no precision, recall, F1, AUC, calibration or business metric anywhere in the answer.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      accuracyOnly:
        '"{figure}" is the only measure of the model in this answer. ' +
        'Accuracy alone hides how errors split (and misleads on imbalanced data): ' +
        'add precision and recall, or what the model changed in business terms (money, churn, latency, users).',
    },
  },
  check({ answer, report }) {
    const prose = answer.prose;
    FIGURE.lastIndex = 0;
    const first = FIGURE.exec(prose);
    if (!first) return;
    // Another measure counts where the answer states it: "if the false positive rate were 50%,
    // it would mean ..." reasons about a number the candidate does not have.
    const stated = (i: number): boolean => claimsOfSentence(answer, i).some((c) => c.act !== 'plan');
    if (answer.sentences.some((s, i) => OTHER_METRIC.test(s.text) && stated(i))) return;
    // The accuracy sentences themselves can carry the business number ("89% accuracy, 45 ms latency").
    // A number counts only when it is not itself an accuracy figure.
    for (const [i, s] of answer.sentences.entries()) {
      // "S) retail bank, 2.3 million customers" sets the scene; it is not what the model changed.
      // The claims are read last: they cost the most, and most sentences have no business figure.
      if (DATA_SIZE.test(s.text) || isSetupSentence(s)) continue;
      if (businessFigure(s.text) && stated(i)) return;
    }
    // One finding per answer, on the first figure: the fix is one addition to the answer, not one per number.
    const start = answer.proseStart + first.index;
    const figure = first[0].replace(/\s+/g, ' ');
    report({
      messageId: 'accuracyOnly',
      data: { figure },
      start,
      end: start + first[0].length,
      actual: figure,
      expected: 'precision/recall, AUC, calibration or a business metric',
    });
  },
};
