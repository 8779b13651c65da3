import type * as Core from '../core/index.js';

let loaded: typeof Core | undefined;

/**
 * The engine, loaded on first use. esbuild turns this `require` into a module that is
 * initialised lazily inside the same bundle (for Node and for the browser alike), so
 * activating the extension does not pay for the markdown parser, the rules and the shipped
 * rubrics; the first lint does. Everything in src/vscode reaches the engine's values through
 * here and imports only its types directly.
 */
export function engine(): typeof Core {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the lazy require above is the point: import() would split the bundle.
  loaded ??= require('../core/index.js') as typeof Core;
  return loaded;
}
