import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { lint, type Answer } from '../../src/core/index.js';
import { matchLabel } from '../../src/core/model/labels.js';
import { parseMarkdown } from '../../src/core/model/parse.js';

function answers(text: string): Answer[] {
  return lint(text).model.answers;
}

/** Sections as "kinds=label text" and sentences as "[kinds] text": what the rules rely on. */
function shape(text: string, a: Answer): { sections: string[]; sentences: string[] } {
  return {
    sections: a.sections.map((s) => `${s.kinds.join('+')}=${text.slice(s.labelRange.start, s.labelRange.end)}`),
    sentences: a.sentences.map((s) => `[${s.sectionKinds.join('+')}] ${s.text.replace(/\s+/g, ' ')}`),
  };
}

describe('section labels', () => {
  it('reads headings, bold labels, bold labels with a dash, and prefixes', () => {
    const text = [
      '# Tell me about a time you cut costs?',
      '',
      '## Situation',
      'Our bill was high.',
      '',
      '**Task:** I had to halve it.',
      '',
      '**Action** — I moved batch jobs to spot nodes.',
      '',
      'Result: The bill fell 45%.',
      '',
    ].join('\n');
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=## Situation', 'task=**Task:**', 'action=**Action**', 'result=Result:'],
      sentences: ['[situation] Our bill was high.', '[task] I had to halve it.', '[action] I moved batch jobs to spot nodes.', '[result] The bill fell 45%.'],
    });
    expect(a!.starShaped).toBe(true);
    expect(a!.type).toBe('behavioral');
  });

  it('keeps a time budget after a bold label out of the sentence it opens', () => {
    const text = [
      '**SITUATION** (30 sec):',
      'Code review was done by hand.',
      '',
      '**RESULT** (20-30 s): Review time fell by 6 hours a week.',
      '',
      '**Action** (my part) the rest is prose.',
      '',
    ].join('\n');
    const [a] = answers(text);
    expect(shape(text, a!).sentences).toEqual([
      '[situation] Code review was done by hand.',
      '[result] Review time fell by 6 hours a week.',
      '[action] (my part) the rest is prose.',
    ]);
  });

  it('reads letter lines on separate lines of one paragraph and several on one line', () => {
    const text = 'S - The nightly job took 6 hours. T - I owned the rewrite.\nA: I moved it to Spark.\nR: It now runs in 20 minutes.\n';
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=S -', 'task=T -', 'action=A:', 'result=R:'],
      sentences: [
        '[situation] The nightly job took 6 hours.',
        '[task] I owned the rewrite.',
        '[action] I moved it to Spark.',
        '[result] It now runs in 20 minutes.',
      ],
    });
  });

  it('reads word labels told in one paragraph, after the end of a sentence', () => {
    const text = 'Situation: The nightly job took 6 hours. Task: I owned the rewrite. Action: I moved it to Spark. Result: It now runs in 20 minutes.\n';
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=Situation:', 'task=Task:', 'action=Action:', 'result=Result:'],
      sentences: [
        '[situation] The nightly job took 6 hours.',
        '[task] I owned the rewrite.',
        '[action] I moved it to Spark.',
        '[result] It now runs in 20 minutes.',
      ],
    });
    // Only a line that opened with a label goes on with more, and only with words that are labels.
    expect(shape('We hit a wall. Result: nothing.\n', answers('We hit a wall. Result: nothing.\n')[0]!).sections).toEqual([]);
    const noted = 'Context: The job was slow. Note: it ran nightly.\n';
    expect(shape(noted, answers(noted)[0]!).sections).toEqual(['situation=Context:']);
  });

  it('reads labels in brackets after the parts they name, when two or more parts are marked so', () => {
    const text =
      'Our churn model had drifted for a month (Situation). I had to find out why before the renewal cycle (Task). I rebuilt the features from the raw events (Action).\nRecall came back from 0.61 to 0.78 (Result). I now check drift weekly.\n';
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=(Situation)', 'task=(Task)', 'action=(Action)', 'result=(Result)'],
      sentences: [
        '[situation] Our churn model had drifted for a month',
        '[task] I had to find out why before the renewal cycle',
        '[action] I rebuilt the features from the raw events',
        '[result] Recall came back from 0.61 to 0.78',
        '[] I now check drift weekly.',
      ],
    });
    // One bracketed word is an aside, and a bracket opening its line is no closing label.
    const aside = 'It was a hard quarter (context) and I had no budget. I built the dashboard.\n';
    expect(shape(aside, answers(aside)[0]!).sections).toEqual([]);
  });

  it('reads a letter with its word spelled out on its own line as one label, not as a sentence', () => {
    const text = 'S – Situation\n\nThe nightly job took 6 hours.\n\nA – Action\n\nI moved the joins into Spark.\n\nR – Result\n\nIt now runs in 20 minutes.\n';
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=S – Situation', 'action=A – Action', 'result=R – Result'],
      sentences: ['[situation] The nightly job took 6 hours.', '[action] I moved the joins into Spark.', '[result] It now runs in 20 minutes.'],
    });
  });

  it('reads a letter label on a wrapped line of a lettered paragraph', () => {
    const text = 'S - The job took 6 hours. A - I profiled it and moved the\nheaviest joins into Spark. R - It now takes 40 minutes.\n';
    const [a] = answers(text);
    expect(shape(text, a!).sections).toEqual(['situation=S -', 'action=A -', 'result=R -']);
    expect(a!.sentences.map((s) => s.sectionKinds.join('+'))).toEqual(['situation', 'action', 'result']);
  });

  it('keeps "A:" as the answer marker under a "Q:" line, but as Action after S and T letters', () => {
    const text =
      'Q: Tell me about a time you led a project.\n\nA: Sure.\nS - Jobs were slow. T - I owned the fix. A - I rewrote it. R - It runs in 20 minutes.\n';
    const [a] = answers(text);
    expect(a!.question?.text).toBe('Tell me about a time you led a project.');
    expect(shape(text, a!).sections).toEqual(['situation=S -', 'task=T -', 'action=A -', 'result=R -']);
    expect(shape(text, a!).sentences[0]).toBe('[] Sure.');
  });

  it('does not read a lone letter or a mid-sentence letter as a label', () => {
    const text = 'I got an A - the best grade. Then plan B - a rewrite.\n';
    const [a] = answers(text);
    expect(a!.sections).toEqual([]);
    expect(a!.starShaped).toBe(false);
  });

  it('reads combined labels, time budgets, numbering and letter-plus-word labels', () => {
    const text = [
      '**Situation / Task:** The churn model was stale and I had to refresh it.',
      '',
      '## A — Action (60-90 s)',
      'I retrained it weekly.',
      '',
      '### 3. Result',
      'Churn fell from 27% to 21%.',
      '',
      '**Results and learnings:** Monitoring matters.',
      '',
    ].join('\n');
    const [a] = answers(text);
    expect(shape(text, a!).sections).toEqual([
      'situation+task=**Situation / Task:**',
      'action=## A — Action (60-90 s)',
      'result=### 3. Result',
      'result+learning=**Results and learnings:**',
    ]);
  });

  it('reads labels behind emoji and labels alone on their line', () => {
    const text =
      '📍 **Situation:** Sellers gave up.\n\n📈 **Result:** Listings rose 17 points.\n\nAction\nI deferred the tax form.\n\nSituation / Task\nIt was slow and I owned it.\n';
    const [a] = answers(text);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=**Situation:**', 'result=**Result:**', 'action=Action', 'situation+task=Situation / Task'],
      sentences: [
        '[situation] Sellers gave up.',
        '[result] Listings rose 17 points.',
        '[action] I deferred the tax form.',
        '[situation+task] It was slow and I owned it.',
      ],
    });
  });

  it('reads an incident write-up: the impact of the issue as setting, the resolution as steps and result', () => {
    const text =
      '**Issue:** A large join died with a memory error.\n**Impact:** The reporting tables were late.\n**Resolution:** I switched to a broadcast join, and the job ran 70% faster.\n';
    const [a] = answers(text);
    expect(a!.sections.map((s) => s.kinds.join('+'))).toEqual(['situation', 'situation', 'action+result']);
    // Told after the steps, the impact is the result.
    const [b] = answers('**Situation:** The job died.\n**Action:** I switched to a broadcast join.\n**Impact:** It ran 70% faster.\n');
    expect(b!.sections.map((s) => s.kinds.join('+'))).toEqual(['situation', 'action', 'result']);
  });

  it('does not take a short sentence alone on its line for a label', () => {
    const text = 'We shipped it.\nThe result?\nImpact matters\n';
    expect(answers(text)[0]!.sections).toEqual([]);
  });

  it('maps synonyms to canonical kinds and keeps Learning apart from Result', () => {
    expect(matchLabel('Context')).toEqual(['situation']);
    expect(matchLabel('Background')).toEqual(['situation']);
    expect(matchLabel('Challenge')).toEqual(['task']);
    expect(matchLabel('Goal')).toEqual(['task']);
    expect(matchLabel('The gap')).toEqual(['task']);
    expect(matchLabel('The issue')).toEqual(['situation']);
    expect(matchLabel('Objective')).toEqual(['task']);
    expect(matchLabel('Approach')).toEqual(['action']);
    expect(matchLabel('What I did')).toEqual(['action']);
    expect(matchLabel('Outcome')).toEqual(['result']);
    expect(matchLabel('Impact')).toEqual(['result']);
    expect(matchLabel('Results')).toEqual(['result']);
    expect(matchLabel('Learnings')).toEqual(['learning']);
    expect(matchLabel('Lessons learned')).toEqual(['learning']);
    expect(matchLabel('Lesson learned')).toEqual(['learning']);
    expect(matchLabel('My biggest learning')).toEqual(['learning']);
    expect(matchLabel('Key takeaways for next time')).toEqual(['learning']);
    expect(matchLabel('Learning rate')).toBeUndefined();
    expect(matchLabel('Situation (15-20 seconds)')).toEqual(['situation']);
    expect(matchLabel('R: Result')).toEqual(['result']);
    expect(matchLabel('🎯 Impact')).toEqual(['result']);
    expect(matchLabel('Metrics')).toEqual(['result']);
    expect(matchLabel('Results so far')).toEqual(['result']);
    expect(matchLabel('Outcome and next steps')).toEqual(['result']);
    expect(matchLabel('Impact on the business')).toEqual(['result']);
    expect(matchLabel('Impact of class imbalance')).toBeUndefined();
    expect(matchLabel('Resolution')).toEqual(['action', 'result']);
    expect(matchLabel('Why it mattered')).toEqual(['task']);
    expect(matchLabel('S - Action')).toBeUndefined();
    expect(matchLabel('The model')).toBeUndefined();
    expect(matchLabel('Tell me about a time you failed?')).toBeUndefined();
  });

  it('reads the labels of a blockquoted answer (the seeds format answers that way)', () => {
    const text = [
      '#### Q10: "Tell me about a time you failed"',
      '',
      '> "My first churn model scored 92% offline and fell apart live.',
      '>',
      '> **The mistake:** I split the data at random instead of by time.',
      '>',
      '> **How I fixed it:**',
      '> - Rebuilt the split by month',
      '> - Dropped leaky features',
      '>',
      '> **The result:** The new model held 89% in production.',
      '>',
      '> **What I learned:** Ask whether a feature exists at prediction time."',
      '',
    ].join('\n');
    const [a] = answers(text);
    expect(a!.type).toBe('behavioral');
    expect(a!.starShaped).toBe(true);
    expect(shape(text, a!)).toEqual({
      sections: ['situation=**The mistake:**', 'action=**How I fixed it:**', 'result=**The result:**', 'learning=**What I learned:**'],
      sentences: [
        '[] "My first churn model scored 92% offline and fell apart live.',
        '[situation] I split the data at random instead of by time.',
        '[action] Rebuilt the split by month',
        '[action] Dropped leaky features',
        '[result] The new model held 89% in production.',
        '[learning] Ask whether a feature exists at prediction time."',
      ],
    });
  });

  it('does not treat an interviewer blockquote as prose', () => {
    const text = '> Why did you pick XGBoost?\n\nI picked it for its latency: 25ms against 60ms.\n';
    const [a] = answers(text);
    expect(a!.question?.text).toBe('Why did you pick XGBoost?');
    expect(a!.sentences.map((s) => s.text)).toEqual(['I picked it for its latency: 25ms against 60ms.']);
  });
});

describe('story banks', () => {
  it('starts an answer at each question heading, question headings at different levels included', () => {
    const text = [
      '# Behavioral',
      '',
      '#### Q10: "Tell me about a time you failed"',
      '',
      'I shipped a leaky model.',
      '',
      '#### Q11: "Describe a conflict with a team member"',
      '',
      'I disagreed with marketing.',
      '',
      '## Why do you want this role?',
      '',
      'I want to own modeling decisions.',
      '',
    ].join('\n');
    const as = answers(text);
    expect(as.map((a) => [a.kind, a.question?.text, a.type, a.sentences.map((s) => s.text).join(' ')])).toEqual([
      ['preamble', undefined, 'general', ''],
      ['answer', 'Q10: "Tell me about a time you failed"', 'behavioral', 'I shipped a leaky model.'],
      ['answer', 'Q11: "Describe a conflict with a team member"', 'behavioral', 'I disagreed with marketing.'],
      ['answer', 'Why do you want this role?', 'pitch', 'I want to own modeling decisions.'],
    ]);
  });

  it('keeps a deeper follow-up question and section headings inside their answer', () => {
    const text = [
      '## Walk me through your churn project?',
      '',
      'I built it.',
      '',
      '### Follow-up: why XGBoost?',
      '',
      'Latency.',
      '',
      '### Result',
      '',
      'Churn fell 6 points.',
      '',
      '## Tell me about yourself?',
      '',
      'I am an ML engineer.',
      '',
    ].join('\n');
    const as = answers(text);
    expect(as.map((a) => a.question?.text)).toEqual(['Walk me through your churn project?', 'Tell me about yourself?']);
    expect(as[0]!.sections.map((s) => s.kinds.join('+'))).toEqual(['result']);
    expect(as[1]!.type).toBe('pitch');
  });

  it('takes interviewer imperatives without a question mark for questions, but not story headings', () => {
    const text =
      '## Explain the bias-variance trade-off\n\nBias is error.\n\n## Tell me about yourself\n\nI am an engineer.\n\n### What went wrong\n\nThe split.\n';
    const as = answers(text);
    expect(as.map((a) => [a.question?.text, a.type])).toEqual([
      ['Explain the bias-variance trade-off', 'technical'],
      ['Tell me about yourself', 'pitch'],
    ]);
  });

  it('closes an answer at a group heading of the same or a higher level', () => {
    const text = '## What is bagging?\n\nMany trees.\n\n## Notes\n\nTo revise.\n\n## What is boosting?\n\nSequential trees.\n';
    expect(answers(text).map((a) => a.kind)).toEqual(['answer', 'preamble', 'answer']);
  });
});

describe('answer types', () => {
  const typeOf = (heading: string): string => answers(`## ${heading}\n\nSome answer text here.\n`)[0]!.type;

  it('reads the type from the question, behind "Q3:" prefixes and quotes', () => {
    expect(typeOf('Q2: "Explain the bias-variance trade-off"')).toBe('technical');
    expect(typeOf('How does attention work?')).toBe('technical');
    expect(typeOf('Why is the FFN not the output head?')).toBe('technical');
    expect(typeOf('RAG vs fine-tuning?')).toBe('technical');
    expect(typeOf('Tell me about yourself?')).toBe('pitch');
    expect(typeOf('Q1: "Tell me about a time you failed"')).toBe('behavioral');
    expect(typeOf('Describe a conflict with a team member?')).toBe('behavioral');
  });

  it('does not take motivation or project questions for technical ones', () => {
    expect(typeOf('Why do you want to join us?')).toBe('pitch');
    expect(typeOf('Why are you looking for a new role?')).toBe('pitch');
    expect(typeOf('Why are you looking to leave your current role?')).toBe('general');
    expect(typeOf('What was the biggest challenge in this project?')).toBe('behavioral');
    expect(typeOf('One decision I personally advocated for')).toBe('behavioral');
    expect(typeOf('Why did you decide to leave your last job?')).toBe('general');
    expect(typeOf('Why do we need a data scientist, in your view?')).not.toBe('technical');
    expect(typeOf('Walk me through your most impactful ML project?')).toBe('project');
    expect(typeOf('What is your proudest achievement?')).toBe('project');
    expect(typeOf('Explain how you reduced latency on your last project')).toBe('project');
    expect(typeOf('What is regularization?')).toBe('technical');
    expect(typeOf('Explain how gradient boosting works')).toBe('technical');
    expect(typeOf('Why would you choose RAG over fine-tuning?')).toBe('technical');
    expect(typeOf('How would you design the feature store?')).toBe('technical');
    expect(typeOf('Design a recommendation system')).toBe('technical');
    expect(typeOf('Tell me about a time you chose speed over accuracy?')).toBe('behavioral');
  });

  it('tells a method question from a question about handling people or pressure', () => {
    expect(typeOf('How do you handle missing data?')).toBe('technical');
    expect(typeOf('How do you detect data drift in production?')).toBe('technical');
    expect(typeOf('How do you handle pressure from stakeholders?')).toBe('behavioral');
    expect(typeOf('How do you deal with disagreements in your team?')).toBe('behavioral');
    expect(typeOf('How do you stay current with research?')).not.toBe('technical');
  });

  it('reads a question about something that went wrong, or how one makes sure of it, by what it asks', () => {
    expect(typeOf('Tell me about a project that went wrong?')).toBe('behavioral');
    expect(typeOf('How do you make sure data quality holds up in your ETL pipelines?')).toBe('technical');
  });

  it('does not take a justification with one "we needed" in it for a story', () => {
    const [a] = answers(
      'In our setup Kubernetes was not necessary: the workloads were predictable and ran on a few GPUs. Docker Compose was the right fit, because it is simple to maintain and gave us the simplicity we needed.\n',
    );
    expect(a!.type).not.toBe('behavioral');
  });

  it('reads a definition told to "you" with no question as an explanation', () => {
    const [a] = answers(
      "Precision tells you what share of the predicted positives really are positive, so it's about keeping false positives down. You compute it as TP over TP plus FP. In spam filtering, for example, we want high precision so real emails are not thrown away.\n",
    );
    expect(a!.typeSource).toBe('content');
    expect(a!.type).toBe('technical');
  });

  it('reads a student introducing their studies and skills as a pitch', () => {
    const [a] = answers(
      "I'm in my final year of a bachelor's in statistics. I've worked with Python, SQL and Airflow on two course projects, and I'm looking for a team where I can learn from senior engineers.\n",
    );
    expect(a!.type).toBe('pitch');
  });

  it('reads a career path told as a story as a pitch when there is no question', () => {
    const [a] = answers(
      'I got into data science because I love untangling messy problems. After a degree in sociology I taught myself Python on weekends, and I spent a year on evening courses until I could build the projects the jobs asked for.\n',
    );
    expect(a!.typeSource).toBe('content');
    expect(a!.type).toBe('pitch');
  });

  it('reads work on a system said as what one is proudest of, or a case study put together, as a walk-through', () => {
    const [proud] = answers(
      'What I am proudest of is implementing a complex neural network architecture from a research paper. I spent weeks tuning the hyperparameters, and the final model had 100 million parameters.\n',
    );
    expect(proud!.type).toBe('project');
    const [study] = answers(
      "I put together a BI case study of a retailer's web and app funnel. I used SQL to find where the funnel leaked and turned the findings into a roadmap for the marketing team.\n",
    );
    expect(study!.type).toBe('project');
  });

  it("reads a disagreement with one's manager as a story, not as a reason for leaving", () => {
    const [a] = answers(
      'My manager and I disagreed about the migration plan: she wanted to go straight to execution. I wrote a plan up front that showed where the pitfalls were.\n',
    );
    expect(a!.type).toBe('behavioral');
  });

  it('reads a system the candidate built, named before what it is, as a walk-through', () => {
    const [a] = answers(
      'I built ReadFlow, which is a book analytics platform that runs end to end: it pulls data from the GoodReads API, pushes it through a data lake and serves the analytics through a SQL warehouse.\n\nAirflow orchestrates the pipeline on a 10-minute schedule. Spark jobs clean the raw JSON, and DuckDB handles the SQL analytics.\n',
    );
    expect(a!.type).toBe('project');
  });

  it('keeps a pitch a pitch when it tells who the candidate is and the systems they built', () => {
    const [a] = answers(
      "I'm an MLOps engineer with 8 years of experience. At my last company I built the ML infrastructure and designed the data architecture for image processing. I have a master's in data analytics and I bring hands-on experience deploying models on GPUs.\n",
    );
    expect(a!.type).toBe('pitch');
  });

  it('reads a name, a role with a slash in it, a major or the skills of a job as saying who the candidate is', () => {
    const named = answers(
      "I'm Ngo. I'm in the middle of my degree at the university of industry. I've worked with Python, SQL and Airflow, and one strength I have is thinking things through. As for my weakness, my English is still weak.\n",
    )[0]!;
    expect(named.type).toBe('pitch');
    expect(answers("I'm an Oracle PL/SQL developer. Day to day I write stored procedures and tune queries with execution plans.\n")[0]!.type).toBe('pitch');
    expect(answers("I'm doing a data science major at Wilkes, with a statistics minor, and I'm most interested in computer vision.\n")[0]!.type).toBe('pitch');
    // An answer may open on the candidate's role without being about who they are.
    const opener = answers(
      'As a platform engineer, I work from a decision framework built on severity and impact. For a critical problem such as an outage, I roll back at once. For a medium problem, I weigh the time to fix against rolling back.\n',
    )[0]!;
    expect(opener.type).not.toBe('pitch');
  });

  it('reads the steps of a method told in the present as an explanation, not a story', () => {
    const [a] = answers(
      "I don't start writing code. I spend the first day reading the pipeline end to end and running it in a sandbox. Then I make the smallest change I can, with a way to roll it back, and I put a test around it. Rewriting it all is the costliest mistake here.\n",
    );
    expect(a!.type).toBe('technical');
  });

  it('prefers the front matter type', () => {
    const [a] = answers('---\ntype: elevator pitch\n---\n\nI am a data scientist.\n');
    expect(a!.type).toBe('pitch');
    expect(a!.typeSource).toBe('front-matter');
  });

  it('marks STAR front matter as STAR-shaped without labels', () => {
    const [a] = answers('---\nformat: STAR\nquestion: Tell me about a hard bug\n---\n\nI found it.\n');
    expect(a!.starShaped).toBe(true);
    expect(a!.sections).toEqual([]);
  });
});

describe('prose', () => {
  it('blanks code, comments and labels but keeps offsets', () => {
    const text = 'Result: latency fell `from 200 to 40` ms <!-- 99% -->.\n';
    const [a] = answers(text);
    expect(a!.prose.length).toBe(text.length);
    expect(a!.prose).not.toMatch(/200|99|Result/);
    expect(a!.prose.indexOf('latency')).toBe(text.indexOf('latency'));
  });
});

describe('sentences', () => {
  it('a point numbered inline opens a sentence; a number after a word can end one', () => {
    const text = 'The steps are: 1. Package the model. 2. Host it behind an API. We shipped version 2. Then latency fell.\n';
    const [a] = answers(text);
    expect(a!.sentences.map((s) => s.text)).toEqual([
      'The steps are: 1. Package the model.',
      '2. Host it behind an API.',
      'We shipped version 2.',
      'Then latency fell.',
    ]);
  });
});

describe('blank chunks', () => {
  it('give the tree the parser gives them, without running it', () => {
    const parser = unified().use(remarkParse).freeze();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '  ', '\n', '\r', '\r\n', '\n\n')).map((parts) => parts.join('')),
        (text) => {
          expect(parseMarkdown(text).tree).toEqual(parser.parse(text));
        },
      ),
    );
  });

  it('read front matter alone as an empty tree that spans the file', () => {
    for (const text of ['---\ntype: behavioral\n---\n\n', '---\r\na: b\r\n---\r\n', '---\ra: b\r---\r\r', '---\na: b\n---']) {
      const parsed = parseMarkdown(text);
      expect(parsed.tree).toEqual(
        unified()
          .use(remarkParse)
          .parse(text.replace(/[^\r\n]/g, ' ')),
      );
      expect(parsed.frontMatter).toBeDefined();
    }
  });
});
