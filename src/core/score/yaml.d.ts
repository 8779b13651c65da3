// Rubric files are bundled as text (esbuild `loader: { '.yaml': 'text' }`, and a small
// transform in vitest.config.mts), so the engine ships them without reading the disk.
declare module '*.yaml' {
  const text: string;
  export default text;
}
