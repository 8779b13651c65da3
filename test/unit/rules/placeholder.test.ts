import { ruleTester } from '../../helpers/ruleTester.js';

ruleTester('placeholder', {
  valid: [
    // A lower-case "todo list" and a figure that is there.
    '## Tell me about a time you finished a project?\n\nI kept a todo list of the jobs to move, shipped the last one in May, and the bill fell by 60%.\n',
    // A mark in a comment or in code is a note to oneself, not the spoken answer.
    '## Walk me through the migration?\n\n<!-- TODO: add the date -->\nI moved 40 jobs to Airflow and cut failures from 12 a month to 2. `TODO` is what the linter calls it.\n',
    // HTML a draft may hold.
    'I cut the runtime from 6 hours to 40 minutes.<br>\nThen I moved the <strong>billing</strong> job.\n',
    // A question that ends in a question mark, and brackets that are a citation.
    '## Tell me about a time you failed?\n\nThe forecast missed the holiday peak [1], so I added the calendar features.\n',
    // A thematic break, emphasis made of underscores, and a link whose text names a project.
    'I moved 40 jobs to Airflow.\n\n___\n\nIt was ___really___ worth it: see [the project name](https://example.com/p).\n',
    // The same break in a file with Windows or old Mac line endings.
    'I moved 40 jobs to Airflow.\r\n\r\n___\r\n\r\nIt was worth it.\r\n',
    'I moved 40 jobs to Airflow.\r\r___\r\rIt was worth it.\r',
  ],
  invalid: [
    {
      code: 'I cut the runtime by [X]% and saved XX% of the bill.\n',
      errors: [
        {
          text: '[X]%',
          messageId: 'slot',
          message: '"[X]%" is a slot still waiting for your own words or number: fill it in before you rehearse this answer.',
        },
        { text: 'XX%', messageId: 'slot' },
      ],
    },
    {
      code: '# Tell me about a time you ...\n\nI owned the churn model and its handover to the retention team.\n',
      errors: [
        { text: 'Tell me about a time you ...', messageId: 'question' },
        {
          text: 'I owned the churn model and its handover to the retention team.',
          messageId: 'sample',
          message: "This is the template's sample text, not your story: replace it with what you did and what changed.",
        },
      ],
    },
    {
      code: "Good morning, I'm ______ and I study at ______. I'd love to bring my skills to [company name].\n",
      errors: [
        { text: '______', messageId: 'slot' },
        { text: '______', messageId: 'slot' },
        { text: '[company name]', messageId: 'slot' },
      ],
    },
    {
      code: 'I built the forecast for <number of stores> stores. TBD: the uplift.\n',
      errors: [
        { text: '<number of stores>', messageId: 'slot' },
        { text: 'TBD', messageId: 'mark', message: '"TBD" marks something left to do: finish it, then remove the mark.' },
      ],
    },
  ],
});
