import { describe, expect, it } from 'vitest';
import { ruleTester, lintWith } from '../../helpers/ruleTester.js';
import { applyFixes, configSchema, validateWithSchema } from '../../../src/core/index.js';

ruleTester('hedge', {
  valid: [
    // Regret and obligation are not doubt about one's own past.
    'I could have told them sooner, and we may have to retrain it next quarter.',
    // The verb with an object, or a way of thinking described.
    'I think about edge cases before I write the model.',
    'I think of attention as a soft lookup table.',
    'I think through the failure modes with the on-call engineer.',
    'I think in terms of cost per false alarm.',
    'I think a lot about latency budgets.',
    "That's how I think when a metric moves.",
    'I believe in writing the framing doc first.',
    // A feeling named, not an opinion opened.
    'I feel completely ready for the on-call rotation.',
    'I feel it in the latency graphs before the alerts fire.',
    // Nouns, not degree words.
    'The kind of problems I enjoy are ranking problems.',
    'This sort of issue shows up in every click log.',
    'What kind of model fits a 50 ms budget?',
    'Dropout is a kind of regularisation.',
    'All sorts of teams use the feature store.',
    // Substrings and other senses.
    'Our client owns Maybelline.',
    'Improbably, shade mattered more than price.',
    'I had to justify the cut and adjust the alerts.',
    'The probability of a sell-out was 0.3.',
    // Approximators on numbers are calibrated, not hedges.
    'Add-to-cart rose about 40% and revenue roughly 2x.',
    'Serving cost came to around $3,000 a month.',
    // "just" as time or a precise "only".
    'I had just joined the team when the alert fired.',
    'The model kept just 3 features.',
    'We shipped it just before the close.',
    'It uses a just-in-time cache.',
    'We track not just accuracy but recall.',
    // "fairly" as fairness.
    'I checked that the model treated applicants fairly across age bands.',
    'We split the budget fairly between regions.',
    'Every region was treated fairly.',
    'Both app teams are treated fairly when the rollout is debated.',
    'Giving up a little AUC for a defensible reason code is a trade I would make again.',
    // The interviewer's follow-up, asked mid-answer, is not the candidate's.
    '**Follow-up:** So what did you actually do to clean it? Maybe walk me through it.\n\nI rebuilt the joins and wrote 40 checks.',
    'We reviewed every claim fairly and logged each decision.',
    // How hard the problem was, not a softened claim.
    'It was a bit tricky because nothing showed up as an error in the logs.',
    'The churn definition was a little confusing at first, so I wrote one down with finance.',
    // An amount of telling, a guess about the listener.
    'Let me say a little about myself on the professional side.',
    "As you'll probably have seen on my resume, I'm finishing a master's in computer science.",
    // "a bit" as a binary digit.
    'I stored a bit per category in a 64-bit field.',
    'A bit flip in the header corrupted the batch.',
    // Not the candidate's words: quotes, code, comments, the interviewer.
    'A mentor counted eleven "I think"s in my answers.',
    'My manager said "maybe next quarter", so I wrote the plan anyway.',
    'I wrote `maybe_cache()` to wrap the parquet reads.',
    '<!-- I think this is kind of long -->\nI deployed the service.',
    '```python\n# basically a groupby, probably fine\n```\nI deployed the service.',
    '> Interviewer: Are you pretty familiar with Kubernetes?\n\nI deploy to Kubernetes every week.',
    // Calibrated limits are what a coach asks for.
    "I haven't used Pinecone at scale; my production experience is FAISS.",
    "I'm not sure how Pinecone shards namespaces, so I would test it first.",
    "I'm not entirely sure how Flink checkpoints state at that size, so I would measure it.",
    // After a modal, "potentially" repeats the doubt the modal already states.
    'The plan could potentially save us a month of development.',
    // A question the candidate asks the interviewer claims nothing.
    'Could you tell me a bit about the day-to-day work of this team?',
    '2. What would maybe change in the first quarter?',
    // The tutorial step is red-flag's finding, which says more.
    'I just followed a tutorial for the training loop.',
    // Allowed by the workspace.
    { code: 'I just built the dashboard.', options: { allowPhrases: ['just'] } },
    { code: "I'm pretty confident it scales.", options: { allowPhrases: ['pretty confident'] } },
    { code: 'I think we shipped.', options: { allowPhrases: ['I think'] } },
  ],
  invalid: [
    {
      code: "I think I've deployed it twice.",
      errors: [
        {
          text: 'I think',
          messageId: 'belief',
          message:
            '"I think" makes the claim sound like a guess. If you know it, state it ("I deployed it"); if you don\'t, say exactly what you haven\'t verified.',
        },
      ],
      output: "I've deployed it twice.",
    },
    { code: 'So I think that we shipped in May.', errors: [{ text: 'I think' }], output: 'So we shipped in May.' },
    // An adverb that leans on the opinion leaves it an opinion.
    { code: 'I really think I could pick it up quickly.', errors: [{ text: 'I really think', messageId: 'belief' }], output: 'I could pick it up quickly.' },
    { code: 'The model flagged churners early, potentially saving over $100K a year.', errors: [{ text: 'potentially', messageId: 'likelihood' }] },
    // A claim said with a rising tone is still a claim.
    { code: 'I guess the statistics are kind of the same at any scale?', errors: [{ text: 'I guess' }, { text: 'kind of' }] },
    { code: 'I believe that my model was the first one.', errors: [{ text: 'I believe' }], output: 'My model was the first one.' },
    // Dropping "I think" in front of a claim about the world would assert it: no safe fix.
    // The opener says how sure you are, not what happened: it goes, numbers and all.
    { code: 'I think the drift came from the holiday season.', errors: [{ text: 'I think' }], output: 'The drift came from the holiday season.' },
    { code: 'I think accuracy was around 91%.', errors: [{ text: 'I think' }], output: 'Accuracy was around 91%.' },
    { code: 'I believe we cut churn 27% → 21%.', errors: [{ text: 'I believe' }], output: 'We cut churn 27% → 21%.' },
    { code: 'For metrics, I think accuracy is still the main one.', errors: [{ text: 'I think' }], output: 'For metrics, accuracy is still the main one.' },
    {
      code: 'Out-of-bag error, I guess, is the error on the rows left out.',
      errors: [{ text: 'I guess' }],
      output: 'Out-of-bag error is the error on the rows left out.',
    },
    { code: 'It was the cache, I think.', errors: [{ text: 'I think' }], output: 'It was the cache.' },
    { code: 'I think, looking back, we shipped too early.', errors: [{ text: 'I think' }], output: 'Looking back, we shipped too early.' },
    { code: 'I rested, and I think that helps a lot.', errors: [{ text: 'I think' }], output: 'I rested, and that helps a lot.' },
    { code: '**Result:** I think it went well.', errors: [{ text: 'I think' }], output: '**Result:** It went well.' },
    {
      code: 'It went live in May. I think\npeople liked the templates.',
      errors: [{ text: 'I think' }],
      output: 'It went live in May.\nPeople liked the templates.',
    },
    { code: "I'd say fine-tuning is better here.", errors: [{ text: "I'd say" }], output: 'Fine-tuning is better here.' },
    { code: 'I feel like a fraud some days.', errors: [{ text: 'I feel like' }], output: 'I feel like a fraud some days.' },
    { code: 'Did it scale? I think so.', errors: [{ text: 'I think so' }] },
    { code: 'Could it help? I believe so, for the format.', errors: [{ text: 'I believe so' }] },
    { code: 'I would think latency is fine.', errors: [{ text: 'I would think' }] },
    { code: "I'd guess a third of the rows are left out.", errors: [{ text: "I'd guess", messageId: 'belief' }] },
    { code: 'I guess we could cache it.', errors: [{ text: 'I guess' }], output: 'We could cache it.' },
    { code: "I feel like I've hit a ceiling.", errors: [{ text: 'I feel like' }], output: "I've hit a ceiling." },
    { code: "I feel it's the right moment to move on.", errors: [{ text: 'I feel' }], output: "It's the right moment to move on." },
    { code: "I feel I've made a lot of progress there.", errors: [{ text: 'I feel' }], output: "I've made a lot of progress there." },
    { code: 'It was the right call, I suppose.', errors: [{ text: 'I suppose' }] },
    { code: 'I may have seen dbt before, in a course.', errors: [{ text: 'may have' }] },
    {
      code: "I'm not sure but it was the cache.",
      errors: [{ text: "I'm not sure but", messageId: 'doubt', message: /^"I'm not sure but" opens with doubt\./ }],
    },
    { code: 'I’m not sure, but I’d guess a third.', errors: [{ text: 'I’m not sure, but' }, { text: 'I’d guess' }] },
    { code: "I'm pretty familiar with Spark.", errors: [{ text: 'pretty familiar', messageId: 'degree' }] },
    { code: 'I did pretty much all of the modelling.', errors: [{ text: 'pretty much' }] },
    { code: 'I have some familiarity with PySpark.', errors: [{ text: 'some familiarity with', messageId: 'familiarity' }] },
    { code: 'I have some exposure to Kafka.', errors: [{ text: 'some exposure to' }] },
    { code: 'It was kind of slow.', errors: [{ text: 'kind of' }], output: 'It was slow.' },
    { code: 'It worked, kind of.', errors: [{ text: 'kind of' }], output: 'It worked, kind of.' },
    { code: "That's kind of the point.", errors: [{ text: 'kind of' }] },
    { code: 'It builds a sort of relevance matrix.', errors: [{ text: 'sort of' }], output: 'It builds a relevance matrix.' },
    { code: 'I sort of led it, and it kinda worked, sorta.', errors: [{ text: 'sort of' }, { text: 'kinda' }, { text: 'sorta' }] },
    { code: 'It is basically a weighted sum.', errors: [{ text: 'basically', messageId: 'filler' }], output: 'It is a weighted sum.' },
    { code: 'Basically, we cached it.', errors: [{ text: 'Basically' }], output: 'We cached it.' },
    { code: 'Maybe I would start with the logs.', errors: [{ text: 'Maybe', messageId: 'likelihood' }] },
    { code: 'We probably had 100K rows, hopefully enough, perhaps more.', errors: [{ text: 'probably' }, { text: 'hopefully' }, { text: 'perhaps' }] },
    {
      code: 'I just built the dashboards.',
      errors: [{ text: 'just', messageId: 'minimizer', message: '"just" shrinks your own part. Say plainly what you did and let its scope speak.' }],
      output: 'I built the dashboards.',
    },
    { code: 'I was just a junior on that team.', errors: [{ text: 'just' }], output: 'I was a junior on that team.' },
    { code: "I'm just the analyst here.", errors: [{ text: 'just' }], output: "I'm the analyst here." },
    { code: 'My role was just helping with features.', errors: [{ text: 'just' }], output: 'My role was helping with features.' },
    { code: "I'm a bit rusty with Scala.", errors: [{ text: 'a bit' }] },
    { code: 'I helped a little bit with monitoring.', errors: [{ text: 'a little bit' }] },
    { code: "I'm fairly comfortable with SQL.", errors: [{ text: 'fairly' }] },
    {
      code: "So we went with the neural net. That was probably the right call, but I'm not 100% sure looking back.",
      errors: [{ text: 'probably' }, { text: "I'm not 100% sure" }],
    },
    { code: 'I just copied most of it from the library docs.', errors: [{ text: 'just' }] },
    { code: "On salary I'm pretty flexible, and I'm pretty proud of the fraud work.", errors: [{ text: 'pretty flexible' }, { text: 'pretty proud' }] },
    { code: 'I got the NASA turbofan data and it was pretty messy.', errors: [{ text: 'pretty messy' }] },
    { code: 'The migration took pretty long because of the permissions.', errors: [{ text: 'pretty long' }] },
    { code: 'The data was already fairly clean when it arrived.', errors: [{ text: 'fairly' }] },
    { code: 'The rollout was handled fairly well by the team.', errors: [{ text: 'fairly' }] },
    { code: 'I guess I just like numbers.', errors: [{ text: 'I guess' }, { text: 'just' }] },
    { code: 'Somewhat surprisingly, it held.', errors: [{ text: 'Somewhat' }] },
    { code: 'I can more or less write them.', errors: [{ text: 'more or less' }] },
    { code: "I've done it to some extent.", errors: [{ text: 'to some extent' }] },
    { code: 'It worked to a certain degree.', errors: [{ text: 'to a certain degree' }] },
    // Case and line breaks do not hide a phrase.
    { code: 'PRETTY GOOD results,\nI THINK.', errors: [{ text: 'PRETTY GOOD' }, { text: 'I THINK' }] },
    // The workspace's own phrases, as literals.
    {
      code: 'To be honest, it was a rough estimate (give or take).',
      options: { extraPhrases: ['to be honest', 'give or take', '(x'] },
      errors: [
        {
          text: 'To be honest',
          messageId: 'custom',
          message: '"To be honest" is on this workspace\'s hedge list. Replace it with a confident claim or a precise limitation.',
        },
        { text: 'give or take' },
      ],
    },
    { code: 'It cost a.b.c dollars.', options: { extraPhrases: ['a.b'] }, errors: [{ text: 'a.b' }] },
  ],
});

describe('hedge: suggestions and options', () => {
  it('offers to rewrite the hedged sentence as a precise limitation, and a "remove" choice for degree words', () => {
    const code = "First. I'm pretty familiar with Spark. Next.";
    const [d] = lintWith('hedge', code);
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions!.map((s) => s.title)).toEqual(['Remove "pretty"', 'Rewrite the sentence as a precise limitation: the gap, then what you have done']);
    expect(applyFixes(code, [d!.suggestions![0]!.fix]).text).toBe("First. I'm familiar with Spark. Next.");
    expect(applyFixes(code, [d!.suggestions![1]!.fix]).text).toBe(
      // The hedge goes with the sentence it stood in, and the slots hold no "I" or number of their own.
      'First. <the gap, named exactly>; <what you have done instead, and its scale>. Next.',
    );
  });

  it('offers to state an estimate as a fact, without fixing it', () => {
    const code = 'I rebuilt the features, and I would think that the new model is better. Next.';
    const [d] = lintWith('hedge', code);
    expect(d!.actual).toBe('I would think');
    expect(d!.fix).toBeUndefined();
    expect(d!.suggestions!.map((s) => s.title)).toEqual([
      'State it as a fact: remove "I would think that"',
      'Rewrite the sentence as a precise limitation: the gap, then what you have done',
    ]);
    expect(applyFixes(code, [d!.suggestions![0]!.fix]).text).toBe('I rebuilt the features, and the new model is better. Next.');
  });

  it('reports the phrase and the expected form as data', () => {
    const [d] = lintWith('hedge', 'I kind of led it.');
    expect(d!.actual).toBe('kind of');
    expect(d!.expected).toBe('a confident claim or a precise limitation');
  });

  it('treats extra phrases as literal text, never as patterns', () => {
    expect(lintWith('hedge', 'We shipped axb.', { extraPhrases: ['a.b'] })).toEqual([]);
    expect(lintWith('hedge', 'We shipped it.', { extraPhrases: ['.*'] })).toEqual([]);
    expect(lintWith('hedge', 'We shipped it (x.', { extraPhrases: ['(x'] }).map((d) => d.actual)).toEqual(['(x']);
  });

  it('rejects bad options with a message naming the field', () => {
    const schema = configSchema();
    const issues = validateWithSchema({ rules: { hedge: ['warning', { extraPhrases: ['x'.repeat(61)], allowPhrases: 3 }] } }, schema);
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('rules.hedge[1].extraPhrases[0]');
    expect(paths).toContain('rules.hedge[1].allowPhrases');
    expect(validateWithSchema({ rules: { hedge: ['warning', { extraPhrases: ['to be honest'], allowPhrases: ['just'] }] } }, schema)).toEqual([]);
  });

  it('finds nothing fixable after fix-all', () => {
    const code = "Basically, I think I've shipped it. Basically, I think we won. I just built the API, and it is basically done.";
    const fixed = applyFixes(
      code,
      lintWith('hedge', code).flatMap((d) => (d.fix ? [d.fix] : [])),
    ).text;
    expect(fixed).toBe("I've shipped it. We won. I built the API, and it is done.");
    expect(lintWith('hedge', fixed).filter((d) => d.fix)).toEqual([]);
  });
});

ruleTester('hedge', {
  valid: [
    "I'd say to the product manager that we should wait a week.",
    "What I'd say to a new hire is: read the incident log first.",
    // A script's cue: what follows is the answer to be said.
    'When they ask about salary, I would say: "I am looking for a range in line with the market."',
    'If I remember the schema, I can write the query.',
    'I hope to lead a team of four within two years.',
    'It took a little over two years, and a little while to hire.',
    // Before a comparative, "a little" measures how far something moved.
    'Every project I finished moved me a little closer to the goal, and the next one went a little smoother.',
    // "a little" given up in a trade-off is an amount.
    'Regularisation trades a little bias for less variance.',
    // Inside the interviewer's quote, however it is typed.
    '> do you know airflow? we run pretty much everything on it, so it matters\n\nI have run Airflow DAGs in production for two years.',
    // "a little" closing a clause is a hedge only after a skill verb.
    'The loss dropped a little, then held.',
    // After "which"/"that", the noun before a noun, even one that ends in -ed.
    'Which kind of labelled data did you use?',
    'That sort of embedded model needs a small footprint.',
    'Let me give a bit more context first, and a bit of background on the team.',
    'My lead wrote: "You say probably and I think about things you measured, and it makes every number you give sound like a guess, even the ones you benchmarked twice on production traffic last quarter."',
  ],
  invalid: [
    { code: "I'm not an expert, but you need an offline store.", errors: [{ text: "I'm not an expert, but", messageId: 'doubt' }] },
    { code: "I'm no expert but it worked.", errors: [{ text: "I'm no expert but" }] },
    { code: 'If I remember correctly, we synced them daily.', errors: [{ text: 'If I remember correctly' }] },
    { code: 'We saved $1M, if I recall correctly.', errors: [{ text: 'if I recall correctly' }] },
    { code: 'I would say Redis is enough.', errors: [{ text: 'I would say', messageId: 'belief' }] },
    { code: "That's the loop where I think I'd grow fastest.", errors: [{ text: 'I think' }] },
    { code: "I'd like to think I communicate well.", errors: [{ text: "I'd like to think" }] },
    { code: 'I hope that makes sense.', errors: [{ text: 'I hope', messageId: 'likelihood' }] },
    { code: 'We cached it, if that makes sense.', errors: [{ text: 'if that makes sense', messageId: 'doubt' }] },
    { code: "I know a little Spark and I'm a little rusty.", errors: [{ text: 'a little' }, { text: 'a little' }] },
    { code: "I've used Docker a little, mostly to package a Flask app.", errors: [{ text: 'a little' }] },
    { code: 'I was just an intern, so my role was just to build the dashboards.', errors: [{ text: 'just' }, { text: 'just' }] },
    { code: 'We added content features, which sort of helped.', errors: [{ text: 'sort of' }] },
    { code: 'The fallback was manual, and that kind of worked, but it did not scale.', errors: [{ text: 'kind of' }] },
    { code: "I'm a bit rusty, and I have a bit of experience with Go.", errors: [{ text: 'a bit' }, { text: 'a bit' }] },
    // An answer written inside quotes, as model answers often are, is still the candidate's.
    {
      code: '> "I\'m an ML engineer with 13 years of experience, and I think the platform I led cut report time from hours to minutes."',
      errors: [{ text: 'I think' }],
    },
    // A stutter goes in one fix, so fix-all leaves nothing behind.
    { code: 'I think I think we shipped.', errors: [{ text: 'I think' }, { text: 'I think' }], output: 'We shipped.' },
    { code: 'I just just built it.', errors: [{ text: 'just' }], output: 'I built it.' },
  ],
});

describe('hedge: sentence starts on wrapped lines', () => {
  it('capitalises after a heading line, not after a wrapped line', () => {
    const fixed = (code: string): string =>
      applyFixes(
        code,
        lintWith('hedge', code).flatMap((d) => (d.fix ? [d.fix] : [])),
      ).text;
    expect(fixed('## Situation\nI think the churn model was old.')).toBe('## Situation\nThe churn model was old.');
    expect(fixed("I'm not sure but\nI think the words matter.")).toBe("I'm not sure but\nthe words matter.");
  });
});
