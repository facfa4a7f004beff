// A file double-clicked in the file manager (the desktop entry runs `cityrights-desktop %f`):
// the app, started with a contribution request on its command line, says what the file is
// and asks before anything happens; "Open" makes this computer's empty workspace the
// department's contribution workspace, holding the sections that were sent. A department's
// answer double-clicked while the app already runs reaches the running window (the second copy
// hands it over and exits), is asked about, and "Import" opens its review. A file that is not
// CityRights' is named plainly and changes nothing.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { cli } from '../cli.mjs';
import { startAgain, withApp } from '../harness.mjs';
import { button, eventually, link, seeText } from '../ui.mjs';

const TIMEOUT = { timeout: 300_000 };

/** The officer's side, through the CLI: the demo city asks for two of its sections. */
function requestPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'cityrights-launch-'));
  const db = join(dir, 'officer.sqlite3');
  cli(db, ['demo']);
  const file = join(dir, 'housing.cityrights-contribution');
  cli(db, ['contribution', 'request', '--submission', '1', '--section', '2', '--section', '3', '--to', 'Housing Department', '--due', '2027-03-12', '-o', file]);
  return { dir, file };
}

/**
 * Both sides through the CLI: the demo city (in `officerDb`) asks the Housing Department for a
 * section, and the department answers it from its own database. Returns the answer's path.
 */
function answeredRequest(officerDb, dir) {
  const request = join(dir, 'request.cityrights-contribution');
  cli(officerDb, ['demo']);
  cli(officerDb, ['contribution', 'request', '--submission', '1', '--section', '2', '--to', 'Housing Department', '--due', '2027-03-12', '-o', request]);
  const dept = join(dir, 'housing.sqlite3');
  const opened = JSON.parse(cli(dept, ['contribution', 'open', request, '--json']));
  const theirs = join(dir, 'theirs.md');
  writeFileSync(theirs, 'Rents in the municipal housing stock were frozen in 2026.\n');
  for (const id of opened.sections) cli(dept, ['section', 'replace', '--section', String(id), theirs, '--json']);
  const answer = join(dir, 'housing-answer.cityrights-contribution');
  cli(dept, ['contribution', 'return', '-o', answer, '--json']);
  return answer;
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

test('a department\'s answer double-clicked while the app runs is asked about in the running window, then opened for review', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    let answer = '';
    // The CLI writes only while the app is closed (the writer lock).
    await app.restart(async () => {
      answer = answeredRequest(app.dbPath, app.tempDir);
    });
    await (await link(app, 'Submissions')).click();
    const [first] = app.appProcesses();
    assert.ok(first, 'the app runs');
    // The file manager starts the app again with the file: that copy hands it over and exits.
    assert.equal(await startAgain(app.env, 20_000, [answer]), 0, 'the second copy exits by itself');
    await seeText(app, '“housing-answer.cityrights-contribution” is a department’s answer to a contribution request');
    await assertAccessible(app, 'the question about a double-clicked department\'s answer');
    if (process.env.E2E_SHOTS) await app.screenshot('launch-file-return');
    await (await button(app, 'Import')).click();
    // Straight to its review, in the Contributions queue, with the department's text.
    await seeText(app, 'Contribution from Housing Department');
    // The change is shown as a word diff (added and removed words interleaved), so look for
    // the department's words one by one.
    await eventually(
      async () => {
        const review = await app.session.execute(() => document.querySelector('[data-testid="contribution-review"]')?.textContent ?? '');
        return ['Rents', 'municipal', 'frozen'].every((w) => review.includes(w));
      },
      'the department\'s words in the review',
    );
    await assertAccessible(app, 'the review of a return opened from a double-clicked file');
    // …and the return waits in the queue above it.
    await eventually(async () => (await app.session.$$('//table//td[contains(., "Housing Department")]')).length > 0, 'the return listed in the queue');
    assert.deepEqual(
      app.appProcesses().map((p) => p.pid),
      [first.pid],
      'still the one app',
    );
  });
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
