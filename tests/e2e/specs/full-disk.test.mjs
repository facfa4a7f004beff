// A full disk through the app: the database is moved onto a small tmpfs, the disk is filled, and
// the officer types. The editor says "Not saved" with the reason, keeps the text, and saves it by
// itself once space is freed; after a restart the text is there. Mounting needs root (CI runs
// as root); elsewhere the test is skipped with the reason.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, fill, link, press, saveState, seeText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };
const FIRST = 'Section text: Summary and key words';
const SUBMISSION = 'Submission of the City of Ljubljana';

/** True when this process may mount a tmpfs (root, or CAP_SYS_ADMIN). */
function canMount() {
  const probe = mkdtempSync(join(tmpdir(), 'cityrights-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Writes into `file` until the file system is full. */
function fillDisk(file) {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 0x42);
  const small = Buffer.alloc(4096, 0x42);
  try {
    for (;;) writeSync(fd, chunk);
  } catch {
    // ENOSPC: now the last pages.
  }
  try {
    for (;;) writeSync(fd, small);
  } catch {
    // Full.
  } finally {
    closeSync(fd);
  }
}

test('typing on a full disk: "Not saved" with the reason, the text kept, saved by itself once there is room', { ...TIMEOUT, skip: canMount() ? false : 'cannot mount a tmpfs here (needs root)' }, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await (await button(app, 'New submission')).click();
    await fill(app, 'Title', SUBMISSION);
    await (await button(app, 'Create submission')).click();
    await textbox(app, FIRST);
    await saveState(app, 'Saved');

    // Move the database onto a small disk of its own, mounted where it was.
    const holding = mkdtempSync(join(tmpdir(), 'cityrights-e2e-holding-'));
    await app.restart(async () => {
      for (const name of readdirSync(app.tempDir).filter((n) => n.startsWith('cityrights.sqlite3'))) {
        copyFileSync(join(app.tempDir, name), join(holding, name));
      }
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', app.tempDir]);
      for (const name of readdirSync(holding)) copyFileSync(join(holding, name), join(app.tempDir, name));
    });
    try {
      await (await link(app, 'Submissions')).click();
      await (await link(app, SUBMISSION)).click();
      const box = await textbox(app, FIRST);
      await saveState(app, 'Saved');

      const filler = join(app.tempDir, 'filler');
      fillDisk(filler);
      await press(app, box);
      // In four requests: WebKitWebDriver types key by key, and on a loaded machine one request
      // of 1,240 characters outran WebDriver's 30-second limit (a clean-clone CI run).
      for (let i = 0; i < 4; i++) await box.addValue('Typed while the disk was full. '.repeat(10));
      await saveState(app, 'Not saved', 30_000);
      const kept = await seeText(app, 'Your text is kept on this screen and will be saved again in a moment.');
      await seeText(app, 'is full. Free some space on it');
      await app.session.execute((e) => e.scrollIntoView({ block: 'center' }), kept);
      await app.screenshot('full-disk-not-saved');
      const typed = await app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', FIRST);
      assert.match(typed, /Typed while the disk was full\./, 'the text stays in the editor');

      rmSync(filler);
      await saveState(app, 'Saved', 40_000);

      await app.restart();
      await (await link(app, 'Submissions')).click();
      await (await link(app, SUBMISSION)).click();
      await textbox(app, FIRST);
      await seeText(app, 'Typed while the disk was full.');
    } finally {
      // Lazily: the app still has its files open until the harness stops it.
      execFileSync('umount', ['-l', app.tempDir]);
      rmSync(holding, { recursive: true, force: true });
    }
  });
});
