// Backups, restore and one app at a time, end to end: the Backups screen reached from Settings,
// "Back up now", a damaged backup shown but not offered, a restore after the question that
// brings the old data back; a second backup folder whose drive is pulled out; and a second
// start of the app that only brings the first window forward.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { newEngagement } from '../flows.mjs';
import { startAgain, withApp } from '../harness.mjs';
import { button, choose, eventually, link, seeText, showsText } from '../ui.mjs';
import { words, wordsAsShown } from '../words.mjs';

const TIMEOUT = { timeout: 180_000 };

/** The Backups screen, the way a person gets there: Settings, then the link. */
async function openBackups(app) {
  await (await link(app, 'Settings')).click();
  await (await link(app, 'See the backups, back up now, or restore one')).click();
  await seeText(app, 'A backup is a checked copy of your whole database.');
}

/** The table row whose text contains `text`. */
async function row(app, text) {
  const el = await app.session.$(`//tr[@data-testid='backup-row' and contains(normalize-space(.), '${text}')]`);
  await el.waitForDisplayed({ timeout: 20_000, timeoutMsg: `No backup row with "${text}"` });
  return el;
}

test('back up, see a damaged backup without Restore, restore after the question: the old data is back', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await openBackups(app);
    await (await button(app, 'Back up now')).click();
    await seeText(app, 'Backed up: 3 engagements, 1 submission,');

    // Work done after the backup, and a backup damaged on disk (a bad sector, a cut copy).
    await newEngagement(app, 'Work done after the backup');
    const backups = join(dirname(app.dbPath), 'backups');
    writeFileSync(join(backups, 'cityrights-20261101T090000.000Z-periodic.sqlite3'), 'SQLite format 3\0 then the drive failed');

    await openBackups(app);
    const damaged = await row(app, 'Damaged, cannot be restored');
    assert.match(await damaged.getText(), /not a readable database/);
    assert.equal((await damaged.$$('button')).length, 0, 'a damaged backup offers no Restore');
    await app.screenshot('backups-screen');
    const audit = axeAudit(app);
    await audit.check('the backups with a damaged one listed');

    const manual = await row(app, 'Backed up by hand');
    await (await manual.$(".//button[starts-with(@aria-label, 'Restore the backup of ')]")).click();
    await seeText(app, 'Your current database is backed up first, so nothing is lost');
    await app.screenshot('backups-restore-question');
    await audit.check('the question before restoring a backup');
    audit.assertNone();
    await (await button(app, 'Restore this backup')).click();
    await seeText(app, 'Restored the backup of');
    await row(app, 'Before a restore');

    await (await link(app, 'Engagements')).click();
    await seeText(app, 'UPR of Exampleland (demo cycle)');
    assert.equal(await showsText(app, 'Work done after the backup'), false, 'the restored database is in use');
    await seeText(app, 'Exampleville (demo)');
  });
});

test('a second backup folder gets every backup; when its drive is pulled out the backup is still made and the screen says so', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    // What "Choose folder…" writes after the native dialog (which WebDriver cannot drive).
    const usb = join(app.tempDir, 'usb-key');
    mkdirSync(usb);
    writeFileSync(join(dirname(app.dbPath), 'settings.json'), JSON.stringify({ second_backup_folder: usb }));

    await (await link(app, 'Settings')).click();
    const reachable = await seeText(app, 'Reachable: the next backup will be copied there.');
    await app.session.execute((e) => e.scrollIntoView({ block: 'center' }), reachable);
    await app.screenshot('settings-second-folder');
    await (await link(app, 'See the backups, back up now, or restore one')).click();
    await (await button(app, 'Back up now')).click();
    await seeText(app, `A copy is in ${usb} too.`);
    assert.equal(readdirSync(usb).filter((n) => n.endsWith('.sqlite3')).length, 1);

    rmSync(usb, { recursive: true });
    const manualBackups = () => readdirSync(join(dirname(app.dbPath), 'backups')).filter((n) => n.endsWith('-manual.sqlite3')).length;
    const before = manualBackups();
    await (await button(app, 'Back up now')).click();
    await seeText(app, 'The backup was made on this computer, but its second copy could not be written');
    await seeText(app, 'its drive is not connected');
    assert.equal(manualBackups(), before + 1, 'the main backup was made');
    assert.equal(existsSync(usb), false, 'the missing folder is not created on this disk');

    await (await link(app, 'Settings')).click();
    await seeText(app, 'Not reachable:');
  });
});

test('in French, why a backup is damaged and why the second copy was not written are French; in Arabic once chosen, Arabic', TIMEOUT, async (t) => {
  const fr = words('fr');
  const ar = words('ar');
  // The core isolates a path inside Arabic words (FSI…PDI), as the page does its variables.
  const arShown = wordsAsShown('ar');
  await withApp(
    t,
    async (app) => {
      await (await button(app, fr('welcome.demo'))).click();
      // A second folder whose drive is not there, and a backup cut short on disk.
      const usb = join(app.tempDir, 'usb-key');
      writeFileSync(join(dirname(app.dbPath), 'settings.json'), JSON.stringify({ second_backup_folder: usb }));
      const backups = join(dirname(app.dbPath), 'backups');
      mkdirSync(backups, { recursive: true });
      writeFileSync(join(backups, 'cityrights-20261101T090000.000Z-periodic.sqlite3'), 'SQLite format 3\0 then the drive failed');
      const audit = axeAudit(app);

      await (await link(app, fr('nav.settings'))).click();
      await seeText(app, fr('backup_problem.unreachable', { folder: usb }));
      await (await link(app, fr('settings.backups_link'))).click();
      await seeText(app, fr('backups.damaged', { reason: fr('backup_problem.not_a_database') }));
      await (await button(app, fr('backups.back_up_now'))).click();
      await seeText(app, fr('backups.second_failed', { problem: fr('backup_problem.unreachable', { folder: usb }) }));
      assert.equal(await showsText(app, 'cannot be reached'), false, 'no English reason left');
      assert.equal(await showsText(app, 'not a readable database'), false, 'no English reason left');
      await app.screenshot('fr-backups-reasons');
      await audit.check('the backups screen in French with a damaged backup and a second copy not written');

      // The interface changes to Arabic: the last backup's problem, kept by the app since it
      // was made in French, and the damaged backup's reason are now Arabic.
      await (await link(app, fr('nav.settings'))).click();
      await choose(app, fr('settings.language_label'), 'العربية');
      await seeText(app, ar('settings.title'));
      await seeText(app, arShown('backup_problem.unreachable', { folder: usb }));
      await (await link(app, ar('settings.backups_link'))).click();
      await seeText(app, ar('backup_problem.not_a_database'));
      await seeText(app, arShown('backup_problem.unreachable', { folder: usb }));
      assert.equal(await showsText(app, fr('backup_problem.not_a_database')), false, 'no French reason left');
      await app.screenshot('ar-backups-reasons');
      await audit.check('the backups screen in Arabic with the same reasons');
      audit.assertNone();
    },
    { env: { LANG: 'fr_FR.UTF-8' } },
  );
});

test('starting the app a second time brings the first window forward; the second copy exits and opens no database', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await button(app, 'Explore with demo data');
    const [first] = app.appProcesses();
    assert.ok(first, 'the first app runs');

    // The same environment as the first, as when the officer clicks the icon again.
    assert.equal(await startAgain(app.env, 20_000), 0, 'the second copy exits by itself, at once');
    // Another database named: still no second app, and that file is never created.
    const other = join(app.tempDir, 'other.sqlite3');
    assert.equal(await startAgain({ ...app.env, CITYRIGHTS_DB: other }, 20_000), 0);
    assert.equal(existsSync(other), false, 'the second copy opened no database');

    await eventually(() => app.driverLog.join('').includes('another copy was started; showing this window'), 'the first app to hear of the second start');
    assert.deepEqual(
      app.appProcesses().map((p) => p.pid),
      [first.pid],
      'the first app still runs, alone',
    );
    // …and still works on its database.
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
  });
});
