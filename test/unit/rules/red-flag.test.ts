import { ruleTester } from '../../helpers/ruleTester.js';

ruleTester('red-flag', {
  valid: [
    // A reason follows "best".
    'I chose XGBoost because it was the best fit for our 45 ms latency budget.',
    'We kept LightGBM because it is the best on our temporal holdout (AUC 0.91 against 0.88).',
    'The best part of the estimate is that it tells you whether LoRA is needed.',
    // A tutorial as a starting point that was adapted.
    'I followed a tutorial for the first version, then adapted the loss to our 1:40 defect ratio.',
    'I wrote a tutorial for new hires and we followed up with a calculator.',
    'Kubeflow was the best tool for the job because its caching cut our retraining from 6 hours to 40 minutes.',
    'We looked for the best tool for that, and compared three of them on p95 latency.',
    // Kaggle framed honestly, or not as a data source.
    'It was a group project for our machine learning module in my second year of uni, and the dataset came from Kaggle.',
    'In a side project I downloaded the fraud dataset from Kaggle to practise imbalance.',
    'I researched approaches from Kaggle write-ups and two papers.',
    'I extracted the data from the PostgreSQL warehouse with SQL joins.',
    // "all the features" with selection in view.
    'For the baseline I used all the features, then dropped the ones under 1% importance.',
    'I used all the features of the Snowflake connector.',
    // Data problems owned, not blamed.
    'The data had quality issues, so I worked with the data engineering team on validation checks.',
    "I didn't blame the partner team; their change was announced in a channel we did not watch.",
    "It wasn't the data team's fault: the schema change was announced.",
    // "it depends" with criteria.
    'It depends on whether the documents change weekly.',
    'It depends on the amount, pattern and importance of the missing data.',
    'It depends. If prices change nightly, a batch job is enough.',
    'It depends on the use case: when answers need citations, I pick retrieval.',
    'Memory depends on the batch size and the sequence length.',
    // Someone else's words.
    'My manager\'s answer was "it depends", so I turned it into criteria.',
    "> Interviewer: Is it just because it's the best?\n\nI chose it for its 25 ms inference.",
  ],
  invalid: [
    // The clause ends at a conjunction: what follows "and" is not a reason for the choice.
    {
      code: "for the model i picked xgboost because it's the best and i just followed a tutorial for the tuning part.",
      errors: [{ text: "because it's the best" }, { text: 'just followed a tutorial' }],
    },
    {
      code: "I went with XGBoost because it's the best.",
      errors: [
        {
          text: "because it's the best",
          messageId: 'best',
          message:
            '"because it\'s the best" is a slogan, not a reason. Name what made it fit this problem (the data, the latency budget, interpretability) and what you compared it with.',
        },
      ],
    },
    { code: 'We used Postgres since it is simply the best database out there.', errors: [{ text: 'since it is simply the best database' }] },
    { code: "I'd go with Pinecone because it's the best one. It depends, though.", errors: [{ text: "because it's the best one" }, { text: 'It depends' }] },
    { code: 'I picked BERT because everyone uses it.', errors: [{ text: 'because everyone uses it', messageId: 'best' }] },
    {
      code: 'Honestly, I just followed a tutorial and swapped in our images.',
      errors: [
        { text: 'just followed a tutorial', messageId: 'tutorial', message: /^"just followed a tutorial" tells the interviewer you made no decisions\./ },
      ],
    },
    { code: 'For the loop I copied a Medium tutorial and changed the file paths.', errors: [{ text: 'copied a Medium tutorial' }] },
    { code: 'I followed a YouTube tutorial. It worked on our data.', errors: [{ text: 'followed a YouTube tutorial' }] },
    {
      code: 'At my last company I got the data from Kaggle and trained a model.',
      errors: [{ text: 'got the data from Kaggle', messageId: 'kaggle' }],
    },
    { code: 'I downloaded a retail dataset from Kaggle for the client demo.', errors: [{ text: 'downloaded a retail dataset from Kaggle' }] },
    { code: 'The training dataset came from Kaggle.', errors: [{ text: 'dataset came from Kaggle' }] },
    // The article belongs to the phrase, as the docs write it.
    { code: 'At the insurer the dataset came from Kaggle.', errors: [{ text: 'the dataset came from Kaggle' }] },
    { code: 'I used all the features in the table.', errors: [{ text: 'used all the features', messageId: 'allFeatures' }] },
    // The slogan without "because".
    { code: "Honestly Kubeflow is the best tool for that, so I don't see any issue.", errors: [{ text: 'the best tool for that', messageId: 'best' }] },
    { code: 'GPT-4o is the best model for this kind of thing, so we used it.', errors: [{ text: 'the best model for this kind of thing', messageId: 'best' }] },
    {
      code: 'The data platform team gave us broken embeddings twice.',
      errors: [{ text: 'The data platform team gave us broken embeddings', messageId: 'blame' }],
    },
    {
      code: 'The ML platform team gave us broken feature pipelines for months.',
      errors: [{ text: 'The ML platform team gave us broken feature pipelines', messageId: 'blame' }],
    },
    {
      code: 'I put them into a gradient boosting model because gradient boosting is the best model for tabular data.',
      errors: [{ text: 'the best model for tabular data', messageId: 'best' }],
    },
    // "RAG is basically when you retrieve …" defines a word: it gives no criteria.
    {
      code: 'Honestly, it depends on the use case. RAG is basically when you retrieve documents and put them in the prompt.',
      errors: [{ text: 'it depends on the use case', messageId: 'depends' }],
    },
    { code: "I'd go with a transformer because it's the best approach these days.", errors: [{ text: "because it's the best approach" }] },
    { code: "I'd use a neural network because it's the best model for this kind of thing.", errors: [{ text: "because it's the best model" }] },
    {
      code: "We kind of used all the features we had at the time, because there wasn't really time to do feature selection.",
      errors: [{ text: 'used all the features' }],
    },
    // Selection that did not happen is no selection.
    { code: 'We used all the features from the sales mart, because there was no time for feature selection.', errors: [{ text: 'used all the features' }] },
    { code: "I used all the features we had, because a forest is robust, so you don't need to do any selection.", errors: [{ text: 'used all the features' }] },
    // A design answer says it in the conditional.
    { code: "For features I'd use all the features we have about users and videos.", errors: [{ text: 'use all the features', messageId: 'allFeatures' }] },
    { code: 'We kept all 300 features and let boosting sort it out.', errors: [{ text: 'kept all 300 features' }] },
    {
      code: 'To be fair, the data engineering team gave me bad data.',
      errors: [{ text: 'the data engineering team gave me bad data', messageId: 'blame' }],
    },
    {
      code: 'Every release slipped because the data platform team gave us broken schemas.',
      errors: [{ text: 'the data platform team gave us broken schemas', messageId: 'blame' }],
    },
    {
      code: "For questions over contracts I would use RAG, because it's the best approach for company documents.",
      errors: [{ text: "because it's the best approach", messageId: 'best' }],
    },
    // An audience is not a constraint: "for small teams", "for us".
    { code: "I stored them in pgvector because it's the best option for small teams.", errors: [{ text: "because it's the best option", messageId: 'best' }] },
    { code: 'The platform team sent us really messy data.', errors: [{ text: 'The platform team sent us really messy data' }] },
    { code: "That was the labelling vendor team's fault.", errors: [{ text: "the labelling vendor team's fault" }] },
    { code: 'Well, it depends on the use case. RAG retrieves documents.', errors: [{ text: 'it depends on the use case', messageId: 'depends' }] },
    { code: 'That really depends.', errors: [{ text: 'That really depends' }] },
    { code: 'It depends. Both are useful.', errors: [{ text: 'It depends' }] },
  ],
});
