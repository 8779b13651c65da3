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
import type { RubricLoadResult, RubricSource } from './types.js';

/** The rubrics that ship with interview-lint, as data bundled at build time. */
export const SHIPPED_RUBRIC_SOURCES: readonly RubricSource[] = [
  { file: 'rubrics/delivery.yaml', data: delivery },
  { file: 'rubrics/elevator-pitch.yaml', data: elevatorPitch },
  { file: 'rubrics/honesty-floor.yaml', data: honestyFloor },
  { file: 'rubrics/project-end-to-end.yaml', data: projectEndToEnd },
  { file: 'rubrics/tech-attention.yaml', data: techAttention },
  { file: 'rubrics/tech-bias-variance.yaml', data: techBiasVariance },
  { file: 'rubrics/tech-bootstrap-oob.yaml', data: techBootstrapOob },
  { file: 'rubrics/tech-rag-vs-finetuning.yaml', data: techRagVsFinetuning },
  { file: 'rubrics/tech-transformer-ffn.yaml', data: techTransformerFfn },
  { file: 'rubrics/business-insight-communication.yaml', data: businessInsightCommunication },
  { file: 'rubrics/data-modeling-analysis.yaml', data: dataModelingAnalysis },
  { file: 'rubrics/database-data-pipelines.yaml', data: databaseDataPipelines },
  { file: 'rubrics/python-data-libraries.yaml', data: pythonDataLibraries },
  { file: 'rubrics/time-series-forecasting.yaml', data: timeSeriesForecasting },
];

let cached: RubricLoadResult | undefined;

/** The shipped rubrics, parsed and validated once. */
export function shippedRubrics(): RubricLoadResult {
  cached ??= loadRubrics([...SHIPPED_RUBRIC_SOURCES]);
  return cached;
}
