// A file double-clicked in the file manager (the desktop entry runs `cityrights-desktop %f`):
// the app, started with a contribution request on its command line, says what the file is
// and asks before anything happens; "Open" makes this computer's empty workspace the
// department's contribution workspace, holding the sections that were sent. A file that is not
// CityRights' is named plainly and changes nothing.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { repoRoot, withApp } from '../harness.mjs';
import { button, link, seeText } from '../ui.mjs';

const TIMEOUT = { timeout: 300_000 };
const CLI = join(repoRoot, 'target', 'debug', 'cityrights');

/** The officer's side, through the CLI: the demo city asks for two of its sections. */
function requestPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'cityrights-launch-'));
  const db = join(dir, 'officer.sqlite3');
  const run = (args) => execFileSync(CLI, ['--db', db, ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
  run(['demo']);
  const file = join(dir, 'housing.cityrights-contribution');
  run(['contribution', 'request', '--submission', '1', '--section', '2', '--section', '3', '--to', 'Housing Department', '--due', '2027-03-12', '-o', file]);
  return { dir, file };
}

test('a double-clicked contribution request is asked about, then opened as the workspace', TIMEOUT, async (t) => {
  const { file } = requestPackage();
  await withApp(
    t,
    async (app) => {
      await seeText(app, 'asks you for a contribution');
      await assertAccessible(app, 'the question about a double-clicked contribution request');
      if (process.env.E2E_SHOTS) await app.screenshot('launch-file-request');
      await (await button(app, 'Open')).click();
      // The department's workspace: the submission with only the two sections sent.
      await (await link(app, 'Submissions')).click();
      await (await link(app, 'Submission of the City of Exampleville to the UPR of Exampleland')).click();
      await seeText(app, 'The city and its competences');
      const page = await app.session.$('main').getText();
      assert.ok(!page.includes('Summary and key words'), 'a section not sent is not there');
    },
    { args: [file] },
  );
});

test('a file that is not CityRights\' is named plainly and nothing changes', TIMEOUT, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cityrights-launch-'));
  const notes = join(dir, 'notes.txt');
  writeFileSync(notes, 'Meeting notes');
  await withApp(
    t,
    async (app) => {
      await seeText(app, 'cannot open “notes.txt”');
      await assertAccessible(app, 'the message about a file CityRights does not open');
      await (await button(app, 'Close')).click();
      // Still the welcome screen of an empty database.
      await seeText(app, 'Welcome');
    },
    { args: [notes] },
  );
});
