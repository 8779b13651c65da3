import { describe, expect, it } from 'vitest';
import { deliveryCriterion } from '../../helpers/score.js';

const specificity = (text: string): ReturnType<typeof deliveryCriterion> => deliveryCriterion(text, 'specificity');

describe('the advice for concreteness fits the answer', () => {
  it('asks an explanation for mechanisms and cases, not for what the candidate did', () => {
    const a = specificity(
      '# How do you handle class imbalance?\n\nClass imbalance is a common problem. I start with class weights in XGBoost. Resampling with SMOTE is another option, and I tune the threshold on the validation set. It depends on the problem. You have to be careful. There are many ways to do it.\n',
    );
    expect(a.level).toBe(3);
    expect(a.next).toBe('Back each general statement with its mechanism, the case where it fails or an example you can name.');
  });

  it('does not ask to fix a general claim when every claim is concrete', () => {
    const a = specificity(
      'I created an end-to-end MLOps pipeline that predicts wine quality with scikit-learn, and it runs as a serverless API on AWS Lambda using Docker containers. Model training is automated through GitHub Actions, models are stored in S3, and experiments are tracked in MLflow. The API returns predictions in under 200ms and has 99.9% uptime.\n',
    );
    expect(a.level).toBe(4);
    expect(a.next).toMatch(/^Every claim here is concrete; add more of them - the decision behind the work, who used it, or what it changed\./);
  });

  it('calls a short answer concrete throughout when five or more claims are and none is general', () => {
    const a = specificity(
      '# Why a vector store for the news chatbot?\n\nI embed each article with Jina into 2048-dimension vectors. Qdrant holds them and returns the top 5 for a query. Gemini writes the answer from those five. Redis caches repeated questions, which made them 10x faster. It all runs in Docker on EC2.\n',
    );
    expect(a.level).toBe(5);
    expect(a.next).toBeNull();
  });
});
