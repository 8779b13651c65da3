// Shipped rubric files are imported as parsed data: scripts/build.mjs parses the YAML at build
// time (and vitest.config.mts does the same in tests), so the engine ships them without
// reading the disk or parsing YAML at startup. The loader still validates them.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
