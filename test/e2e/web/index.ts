// The tests module for the web worker extension host (runServer.ts with IL_E2E_HOST=web): that
// host loads one file with no Node built-ins and no `require` but `vscode`, so this module is
// bundled for the browser with mocha's browser build, and its suites register after setup.
import mocha from 'mocha/mocha.js';
import { registerWebHostSuite } from './webHost.test.js';

export async function run(): Promise<void> {
  // The spec reporter writes with console.log, which the workbench passes to the harness.
  mocha.setup({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  registerWebHostSuite();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} web end-to-end test${failures === 1 ? '' : 's'} failed`);
}
