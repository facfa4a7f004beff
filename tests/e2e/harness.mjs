// The e2e harness: starts the real built app for one test, on a database of its own, and always
// cleans up.
//
// How the pieces fit (Linux):
//
//   test ──WebDriver/HTTP──▶ tauri-driver ──▶ WebKitWebDriver ──launches──▶ cityrights-desktop
//
// - Each test gets a fresh temp directory and `CITYRIGHTS_DB=<tmp>/cityrights.sqlite3`. The app
//   reads that variable; it reaches the app because tauri-driver and WebKitWebDriver pass their
//   own environment to the program they launch — so tauri-driver is started per test, with that
//   environment, on free ports (`--port`, `--native-port`).
// - XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME also point into the temp directory, so the
//   WebView's storage of one test never leaks into another, nor into the developer's own data.
// - One WebKitWebDriver serves one session at a time: `restart()` ends the session (which closes
//   the app) before starting the next; `stop()` always ends the session and the driver.
// - tauri-driver runs in a process group of its own, so stopping it also stops the
//   WebKitWebDriver (and any app) it started — and nothing else.
//
// The session's capabilities are only `{"tauri:options": {"application": PATH}}`: with no
// `browserName`, webdriverio neither manages a driver nor asks for WebDriver BiDi; it just talks
// HTTP to tauri-driver at the host and port given.
//
// Screenshots are taken from the X server (ImageMagick's `import`), not through WebDriver: with
// WEBKIT_DISABLE_COMPOSITING_MODE=1 (which run.sh sets) WebKitWebDriver's screenshot command
// never answers on WebKitGTK 2.50, and an X capture also shows what WebDriver cannot see, such
// as the native file dialogs that Rust opens.

import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));

/** The repository's root (tests/e2e/../..). */
export const repoRoot = resolve(here, '..', '..');

/** Where failure screenshots and driver logs go (git-ignored). */
export const artifactsDir = join(here, 'artifacts');

/** The app under test: the debug build `make app` produces, unless CITYRIGHTS_APP says otherwise. */
export const appPath = resolve(process.env.CITYRIGHTS_APP ?? join(repoRoot, 'target', 'debug', 'cityrights-desktop'));

/**
 * Starts the app binary again, outside WebDriver, as the officer does by clicking its icon or
 * double-clicking a file while it runs (`args`: the file). The single-instance plugin makes this
 * copy hand its arguments to the running one and exit. Resolves with its exit code, or null if
 * it still runs after `ms` (then it is killed).
 * @param {NodeJS.ProcessEnv} env
 * @param {number} ms
 * @param {string[]} [args]
 */
export function startAgain(env, ms, args = []) {
  return new Promise((resolve) => {
    const child = spawn(appPath, args, { env, stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** How long the page may take to show what a test waits for. Generous: CI has 2 cores. */
export const WAIT_MS = 20_000;

/**
 * How long one WebDriver command may take before it fails. Well below the tests' own timeout,
 * so that a hung command fails the test *and* the clean-up still runs.
 */
const COMMAND_TIMEOUT_MS = 30_000;

/** Process groups of the tauri-drivers still running, stopped on exit if a test could not. */
const liveDriverGroups = new Set();
process.on('exit', () => {
  for (const group of liveDriverGroups) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

/**
 * Runs `body` with a freshly started app on a database of its own, then stops everything.
 *
 * On failure it saves a screenshot and the driver's log into `tests/e2e/artifacts/`, named after
 * the test, and keeps the temp directory (its path is printed) for a look at the database.
 *
 * @param {import('node:test').TestContext} t the test's context (for its name)
 * @param {(app: App) => Promise<void>} body what the test does with the app
 * @param {{ env?: Record<string, string>, args?: string[] }} [options] `env`: variables added
 *   to the app's environment, e.g. `{ TZ: 'Asia/Seoul' }` to run it in another time zone;
 *   `args`: the app's command-line arguments at its first start (a file to open, as a
 *   double-click in the file manager gives it)
 */
export async function withApp(t, body, options = {}) {
  const app = await App.start(t.name, options.env, options.args);
  let failed = false;
  try {
    await body(app);
  } catch (error) {
    failed = true;
    await app.saveArtifacts(t.name);
    throw error;
  } finally {
    await app.stop({ keepTempDir: failed });
  }
}

/** One running app: its driver, its WebDriver session, and its temp directory. */
export class App {
  /** @type {import('webdriverio').Browser | null} */
  browser = null;
  /** @type {import('node:child_process').ChildProcess | null} */
  driver = null;
  /** The driver's stdout and stderr, kept for the failure artifacts. */
  driverLog = [];

  /**
   * @param {string} tempDir the test's own directory
   * @param {NodeJS.ProcessEnv} env the environment the driver, and so the app, gets
   * @param {number} port tauri-driver's port
   * @param {number} nativePort WebKitWebDriver's port
   */
  constructor(tempDir, env, port, nativePort) {
    this.tempDir = tempDir;
    this.env = env;
    this.port = port;
    this.nativePort = nativePort;
    /** The database file this app (and every restart of it) uses. */
    this.dbPath = env.CITYRIGHTS_DB;
  }

  /**
   * Creates the temp directory, starts tauri-driver with the test's environment (plus `extraEnv`),
   * opens a session.
   */
  static async start(label, extraEnv = {}, args = []) {
    if (!existsSync(appPath)) {
      throw new Error(`The app is not built: ${appPath} does not exist. Run \`make app\` first.`);
    }
    const tempDir = await mkdtemp(join(tmpdir(), `cityrights-e2e-${slug(label)}-`));
    const env = {
      ...process.env,
      // The app speaks the system's language (LC_ALL, LC_MESSAGES, LANG): the specs read
      // English unless one asks for another language in `extraEnv`, whatever this machine's
      // own locale (undefined: left out of the child's environment).
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: 'C.UTF-8',
      ...extraEnv,
      CITYRIGHTS_DB: join(tempDir, 'cityrights.sqlite3'),
      XDG_DATA_HOME: join(tempDir, 'data'),
      XDG_CONFIG_HOME: join(tempDir, 'config'),
      XDG_CACHE_HOME: join(tempDir, 'cache'),
    };
    const app = new App(tempDir, env, await freePort(), await freePort());
    try {
      await app.startDriver();
      await app.openSession(args);
    } catch (error) {
      await app.saveArtifacts(`${label} (start)`);
      await app.stop({ keepTempDir: true });
      throw error;
    }
    return app;
  }

  /** The live session; throws if there is none (e.g. after `stop()`). */
  get session() {
    if (!this.browser) throw new Error('No WebDriver session: the app is not running.');
    return this.browser;
  }

  /**
   * Closes the app and starts it again on the same database and environment — what a user does
   * when they quit and reopen. Waits until the old app process has gone, so the two never
   * share the database. `whileClosed`, if given, runs between the two (e.g. to damage the file).
   * @param {() => Promise<void>} [whileClosed]
   */
  async restart(whileClosed) {
    const before = this.appProcesses().map((p) => p.pid);
    await this.closeSession();
    await waitUntil(() => !before.some(isRunning), 10_000, 'the previous app process to exit');
    if (whileClosed) await whileClosed();
    await this.openSession();
  }

  /**
   * Waits for the first element matching the CSS `selector` to be displayed, and returns it.
   * @param {string} selector
   */
  async find(selector, timeout = WAIT_MS) {
    const element = await this.session.$(selector);
    await element.waitForDisplayed({ timeout, timeoutMsg: `Nothing matching "${selector}" was displayed within ${timeout} ms.` });
    return element;
  }

  /**
   * The app processes this test started (Linux: read from /proc): their pid and their
   * environment. Lets a test check what the app really received, e.g. `CITYRIGHTS_DB`.
   * @returns {{ pid: number, env: Record<string, string> }[]}
   */
  appProcesses() {
    if (!this.driver?.pid) return [];
    const driverPid = this.driver.pid;
    const found = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      try {
        // `(deleted)` is appended when the binary was rebuilt while the app ran: still ours.
        if (readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, '') !== appPath) continue;
        if (!descendsFrom(pid, driverPid)) continue;
        found.push({ pid, env: readEnviron(pid) });
      } catch {
        // The process ended while we looked, or is not ours to read: not one of our apps.
      }
    }
    return found;
  }

  /**
   * Saves a PNG of the app's window as the X server shows it into the artifacts directory, and
   * returns its path. (Through WebDriver only when there is no X display or no ImageMagick.)
   */
  async screenshot(name) {
    mkdirSync(artifactsDir, { recursive: true });
    const file = join(artifactsDir, `${slug(name)}.png`);
    if (process.env.DISPLAY && onPath('import')) {
      const { x, y, width, height } = await this.session.getWindowRect();
      const crop = `${width}x${height}+${Math.max(0, x)}+${Math.max(0, y)}`;
      await run('import', ['-display', process.env.DISPLAY, '-window', 'root', '-crop', crop, '+repage', file]);
    } else {
      await this.session.saveScreenshot(file);
    }
    return file;
  }

  /** Best effort, on failure: a screenshot and the driver's log. Never throws. */
  async saveArtifacts(name) {
    try {
      mkdirSync(artifactsDir, { recursive: true });
      const log = this.driverLog.join('');
      if (log) writeFileSync(join(artifactsDir, `${slug(name)}.driver.log`), log);
      if (this.browser) {
        const file = await this.screenshot(name);
        console.error(`# screenshot of the failure: ${file}`);
      }
    } catch (error) {
      console.error(`# could not save the failure's artifacts: ${error}`);
    }
  }

  /** Ends the session and the driver (and so the app); removes the temp directory unless asked to keep it. */
  async stop({ keepTempDir = false } = {}) {
    await this.closeSession();
    await this.stopDriver();
    if (keepTempDir) {
      console.error(`# kept the test's temp directory: ${this.tempDir}`);
    } else {
      await rm(this.tempDir, { recursive: true, force: true });
    }
  }

  /** Starts tauri-driver in its own process group and waits until it answers HTTP. */
  async startDriver() {
    const driverPath = findTauriDriver();
    const args = ['--port', String(this.port), '--native-port', String(this.nativePort)];
    // detached: its own process group, so that stopDriver() can end it and its children.
    const child = spawn(driverPath, args, { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.driver = child;
    if (child.pid) liveDriverGroups.add(-child.pid);
    child.stdout.on('data', (chunk) => this.driverLog.push(chunk.toString()));
    child.stderr.on('data', (chunk) => this.driverLog.push(chunk.toString()));
    let exited = null;
    child.on('exit', (code, signal) => {
      exited = { code, signal };
    });
    child.on('error', (error) => {
      exited = { code: null, signal: null, error };
    });
    await waitUntil(
      async () => {
        if (exited) {
          throw new Error(`tauri-driver (${driverPath}) stopped at start-up: ${JSON.stringify(exited)}\n${this.driverLog.join('')}`);
        }
        try {
          await fetch(`http://127.0.0.1:${this.port}/status`, { signal: AbortSignal.timeout(1000) });
          return true;
        } catch {
          return false;
        }
      },
      WAIT_MS,
      `tauri-driver to listen on port ${this.port}`,
    );
  }

  /**
   * Opens a WebDriver session, which launches the app (with `args` on its command line), and
   * waits for the page's header.
   * @param {string[]} [args]
   */
  async openSession(args = []) {
    this.browser = await remote({
      hostname: '127.0.0.1',
      port: this.port,
      // E2E_WDIO_LOG=info shows every WebDriver request and answer.
      logLevel: process.env.E2E_WDIO_LOG ?? 'warn',
      connectionRetryTimeout: COMMAND_TIMEOUT_MS,
      connectionRetryCount: 0,
      capabilities: { 'tauri:options': args.length ? { application: appPath, args } : { application: appPath } },
    });
    // The session opens once the page has loaded; content in #app proves the bundle ran.
    await this.find('#app > *');
  }

  /** Ends the session if there is one (WebKitWebDriver then closes the app). Never throws. */
  async closeSession() {
    const browser = this.browser;
    this.browser = null;
    if (!browser) return;
    try {
      await browser.deleteSession();
    } catch (error) {
      this.driverLog.push(`\n[harness] deleteSession failed: ${error}\n`);
    }
  }

  /** Stops tauri-driver's process group: SIGTERM, then SIGKILL if it lingers. Never throws. */
  async stopDriver() {
    const child = this.driver;
    if (!child?.pid) return;
    const group = -child.pid;
    const groupAlive = () => livingMembers(child.pid) > 0;
    try {
      process.kill(group, 'SIGTERM');
      await waitUntil(() => !groupAlive(), 5_000, 'tauri-driver to stop');
    } catch {
      if (groupAlive()) {
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // Gone in between: nothing left to stop.
        }
      }
    }
    liveDriverGroups.delete(group);
    this.driver = null;
  }
}

/** Runs a program to completion; rejects with its stderr if it fails. */
const run = promisify(execFile);

/** The full path of `program` if it is on PATH. */
function onPath(program) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, program))
    .find((path) => existsSync(path));
}

/** tauri-driver: `$TAURI_DRIVER`, else on PATH, else where `cargo install` puts it. */
function findTauriDriver() {
  if (process.env.TAURI_DRIVER) return process.env.TAURI_DRIVER;
  const cargoBin = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin', 'tauri-driver');
  const found = onPath('tauri-driver') ?? (existsSync(cargoBin) ? cargoBin : undefined);
  if (!found) {
    throw new Error('tauri-driver is not installed. Run `make setup` (it runs `cargo install tauri-driver --locked`).');
  }
  return found;
}

/** A TCP port free on the loopback interface right now (the OS picks it). */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `condition` every 100 ms until it returns true; throws after `timeoutMs`. */
async function waitUntil(condition, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** True if `ancestor` is `pid`'s parent, grandparent, … (read from /proc/PID/stat). */
function descendsFrom(pid, ancestor) {
  let current = pid;
  for (let depth = 0; depth < 32 && current > 1; depth++) {
    const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent === ancestor) return true;
    current = parent;
  }
  return false;
}

/** True while process `pid` runs (a zombie has ended: it only waits to be reaped). */
function isRunning(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * How many processes of process group `pgid` are still running. Zombies do not count: where
 * PID 1 does not reap orphans (some containers), an exited WebKitWebDriver stays a zombie.
 */
function livingMembers(pgid) {
  let count = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After "pid (comm) ": state ppid pgrp ...
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') count++;
    } catch {
      // Ended while we looked.
    }
  }
  return count;
}

/** A process's environment, from /proc/PID/environ. */
function readEnviron(pid) {
  const env = {};
  for (const entry of readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

/** A file-name-safe form of a test's name. */
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'test';
}
