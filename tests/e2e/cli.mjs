// The CLI beside the app (`make app` builds both): the specs use it to set up what a test is not
// about (a demo city, a department's answer, an officer's edit made meanwhile) and to read back
// what the app wrote.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness.mjs';

/** The CLI that `make app` builds beside the app. */
export const CLI = join(repoRoot, 'target', 'debug', 'cityrights');

/**
 * In English whatever the runner's locale: `cityrights demo` writes the demo city in the
 * language of LANG, and the specs read the English demo and the English messages.
 */
const ENGLISH = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** How long the CLI is asked again while a closed app's writer lock outlives its window. */
const LOCK_WAIT_MS = 15_000;
const LOCK_RETRY_MS = 250;

/**
 * Runs the CLI on the database `db` and returns what it printed. The app must be closed for a
 * command that writes; the closed app's writer lock may outlive its window by a moment, and
 * the CLI then says "CityRights is open on…": it is asked again, for up to LOCK_WAIT_MS.
 * @param {string} db
 * @param {string[]} args
 */
export function cli(db, args) {
  assert.ok(existsSync(CLI), `${CLI} is missing: "make app" builds it`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      return execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: ENGLISH });
    } catch (error) {
      if (!String(error?.stderr ?? error).includes('CityRights is open on') || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, LOCK_RETRY_MS);
    }
  }
}
