// The esbuild options for running the engine's TypeScript in Node outside the extension build
// (the bench, the claim audit): one ES module, packages loaded from node_modules.
import { rubricYaml } from './rubricYaml.mjs';

export const nodeBundle = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // As in scripts/build.mjs: regex literals with \p{...} stay literals instead of becoming a
  // `new RegExp(...)` call on every evaluation.
  supported: { 'regexp-unicode-property-escapes': true },
  packages: 'external',
  // The scorer's shipped rubrics are YAML parsed at build time, as in scripts/build.mjs.
  plugins: [rubricYaml],
  logLevel: 'warning',
};
