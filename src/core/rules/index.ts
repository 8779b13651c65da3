import type { Rule } from '../types.js';
import { filler } from './filler.js';
import { hedge } from './hedge.js';

/** Every rule, in the order they run. Add a rule here and in docs/rules/<id>.md. */
export const allRules: Rule[] = [filler, hedge] as Rule[];
