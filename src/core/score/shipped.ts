import delivery from '../../../rubrics/delivery.yaml';
import elevatorPitch from '../../../rubrics/elevator-pitch.yaml';
import honestyFloor from '../../../rubrics/honesty-floor.yaml';
import projectEndToEnd from '../../../rubrics/project-end-to-end.yaml';
import techAttention from '../../../rubrics/tech-attention.yaml';
import techBiasVariance from '../../../rubrics/tech-bias-variance.yaml';
import techBootstrapOob from '../../../rubrics/tech-bootstrap-oob.yaml';
import techRagVsFinetuning from '../../../rubrics/tech-rag-vs-finetuning.yaml';
import techTransformerFfn from '../../../rubrics/tech-transformer-ffn.yaml';
import businessInsightCommunication from '../../../rubrics/business-insight-communication.yaml';
import dataModelingAnalysis from '../../../rubrics/data-modeling-analysis.yaml';
import databaseDataPipelines from '../../../rubrics/database-data-pipelines.yaml';
import pythonDataLibraries from '../../../rubrics/python-data-libraries.yaml';
import timeSeriesForecasting from '../../../rubrics/time-series-forecasting.yaml';
import { loadRubrics } from './load.js';
import type { RubricLoadResult } from './types.js';

/** The rubrics that ship with interview-lint, as text bundled at build time. */
export const SHIPPED_RUBRIC_TEXTS: readonly { file: string; text: string }[] = [
  { file: 'rubrics/delivery.yaml', text: delivery },
  { file: 'rubrics/elevator-pitch.yaml', text: elevatorPitch },
  { file: 'rubrics/honesty-floor.yaml', text: honestyFloor },
  { file: 'rubrics/project-end-to-end.yaml', text: projectEndToEnd },
  { file: 'rubrics/tech-attention.yaml', text: techAttention },
  { file: 'rubrics/tech-bias-variance.yaml', text: techBiasVariance },
  { file: 'rubrics/tech-bootstrap-oob.yaml', text: techBootstrapOob },
  { file: 'rubrics/tech-rag-vs-finetuning.yaml', text: techRagVsFinetuning },
  { file: 'rubrics/tech-transformer-ffn.yaml', text: techTransformerFfn },
  { file: 'rubrics/business-insight-communication.yaml', text: businessInsightCommunication },
  { file: 'rubrics/data-modeling-analysis.yaml', text: dataModelingAnalysis },
  { file: 'rubrics/database-data-pipelines.yaml', text: databaseDataPipelines },
  { file: 'rubrics/python-data-libraries.yaml', text: pythonDataLibraries },
  { file: 'rubrics/time-series-forecasting.yaml', text: timeSeriesForecasting },
];

let cached: RubricLoadResult | undefined;

/** The shipped rubrics, parsed and validated once. */
export function shippedRubrics(): RubricLoadResult {
  cached ??= loadRubrics([...SHIPPED_RUBRIC_TEXTS]);
  return cached;
}
