import type { Rule } from '../types.js';
import { filler } from './filler.js';
import { hedge } from './hedge.js';
import { redFlag } from './red-flag.js';
import { accuracyOnly } from './accuracy-only.js';

/** Every rule, in the order they run. Add a rule here and in docs/rules/<id>.md. */
export const allRules: Rule[] = [filler, hedge, redFlag, accuracyOnly] as Rule[];
