import { ruleTester } from '../../helpers/ruleTester.js';

const message = (figure: string): string =>
  `"${figure}" is the only measure of the model in this answer. Accuracy alone hides how errors split (and misleads on imbalanced data): add precision and recall, or what the model changed in business terms (money, churn, latency, users).`;

ruleTester('accuracy-only', {
  valid: [
    'The model achieved 89% accuracy, 86% precision and 83% recall on a temporal holdout.',
    'Accuracy was 0.91 and ROC-AUC 0.94.',
    'We hit 95% accuracy; I calibrated the scores with isotonic regression.',
    'It reached 89% accuracy.\n\nIt now serves 50K predictions a day at 45 ms.',
    'Routing accuracy is 96%, which freed about 30 hours a week of clerk time.',
    'Churn fell from 27% to 21% after launch, and the model held 89% accuracy.',
    // No figure: a remark about accuracy is not an accuracy claim.
    'Accuracy is misleading when only 3% of cases are positive.',
    // Forecast accuracy is a business KPI of its own.
    'Forecast accuracy went from 71% to 84% after I added promotion features.',
    // Code is not the answer.
    '```python\nprint("accuracy: 0.95")\n```\nI owned the evaluation.',
  ],
  invalid: [
    // A measure the candidate only reasons about, in a hypothetical, is not one the answer gives.
    {
      code: "Our model's accuracy was around 85%. I don't have that number to hand. Well, if the false positive rate was 50%, it would mean half of the customers we flagged never bought.",
      errors: [{ text: 'accuracy was around 85%' }],
    },
    // "customers" describes the data; the 92% beside it is the baseline's accuracy, not a customer figure.
    {
      code: 'On tabular data about customers we tried a neural net and a logistic regression, and the neural net got 94% accuracy and the logistic regression got 92%.',
      errors: [{ text: '94% accuracy' }],
    },
    // A Kaggle dataset's customer count sizes the data.
    {
      code: 'I got the data from Kaggle; it was the telco churn one with about 7,000 customers. In the end the model was 97% accurate on the test set.',
      errors: [{ text: '97% accurate' }],
    },
    // A train/test split sizes the data.
    {
      code: 'I would take all the monthly sales and do an 80/20 train-test split. The LSTM got 94% accuracy on the test set.',
      errors: [{ text: '94% accuracy' }],
    },
    { code: 'The model achieved 95% accuracy.', errors: [{ text: '95% accuracy', messageId: 'accuracyOnly', message: message('95% accuracy') }] },
    { code: 'Accuracy of 0.92 on the holdout.', errors: [{ text: 'Accuracy of 0.92', message: message('Accuracy of 0.92') }] },
    { code: 'The accuracy of the final model was 0.93, up from 0.87.', errors: [{ text: 'accuracy of the final model was 0.93' }] },
    { code: 'Accuracy went from 76% to 89% after tuning.', errors: [{ text: 'Accuracy went from 76%' }] },
    { code: 'The tagger is 97% accurate.', errors: [{ text: '97% accurate' }] },
    { code: 'Accuracy on the test set: 91%.', errors: [{ text: 'Accuracy on the test set: 91%' }] },
    // A customer count in the Situation sets the scene; it is not what the model changed.
    {
      code: '## Tell me about a model you deployed?\n\nS) retail bank, 2.3 million customers, the cross-sell team wanted to know who would take a card offer.\n\nA) I trained a random forest and deployed it as a monthly batch job.\n\nR) the model got 88% accuracy on the test set and the team was happy with it.\n',
      errors: [{ text: '88% accuracy' }],
    },
    // One finding per answer, on the first figure.
    { code: 'Training accuracy was 91% and test accuracy 89%.', errors: [{ text: 'accuracy was 91%' }] },
    // A customer count that is data size, not an outcome, does not rescue the figure.
    { code: 'The model scored 92% accuracy on 40,000 labelled tickets.', errors: [{ text: '92% accuracy' }] },
    { code: 'It scored 92% test accuracy on customers who cancel.', errors: [{ text: '92% test accuracy' }] },
    // Looking at the confusion matrix is not a measure; the precision or recall read from it is.
    { code: 'It got 98% accuracy, and I looked at the confusion matrix a bit.', errors: [{ text: '98% accuracy' }] },
  ],
});
