// The foundation, end to end, as a newcomer uses it: first start, demo data, recording the city's
// own engagement with milestones, validation, the bin, a restart, and hostile text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { addMilestone, newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 180_000 };

test('first start offers demo data or setting up the city; the demo fills the dashboard', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await button(app, 'Set up my city');
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    for (const name of ['Dashboard', 'Engagements', 'Settings', 'Bin']) await link(app, name);
    await seeText(app, 'Submission window closes');
    await seeText(app, 'Missed deadlines');
    await app.screenshot('dashboard-demo');
    await (await link(app, 'Engagements')).click();
    await seeText(app, 'UPR of Exampleland (demo cycle)');
    await seeText(app, 'CESCR review of Exampleland');
    await seeText(app, 'Call for input: local governments and the right to adequate housing');
    await app.screenshot('engagements-demo');
  });
});

test('an engagement with two milestones is recorded and is still there after a restart', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await addMilestone(app, 'Submission window opens', 'Window opens', '2027-02-27');
    await addMilestone(app, 'Submission window closes', 'Window closes', '2027-04-08', '23:59');
    // A window that closes before it opens is refused next to the date, with the input kept.
    await (await button(app, 'Add milestone')).click();
    await choose(app, 'What it marks', 'Submission window closes');
    await fill(app, 'Title', 'Too early');
    await fill(app, 'Date', '2027-01-01');
    await fill(app, 'Time zone', 'Europe/Zurich');
    await (await button(app, 'Save')).click();
    await seeText(app, 'cannot close');
    assert.equal(await (await field(app, 'Title')).getValue(), 'Too early');
    await (await button(app, 'Cancel')).click();
    await app.screenshot('engagement-detail');

    await app.restart();
    await (await link(app, 'Engagements')).click();
    await (await link(app, 'UPR of Slovenia, 4th cycle')).click();
    await seeText(app, 'Window opens');
    await seeText(app, 'Window closes');
    assert.equal(await showsText(app, 'Too early'), false);
    await seeText(app, 'Ljubljana');
  });
});

test('an empty title is refused next to the field and the rest of the input is kept', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await (await link(app, 'Engagements')).click();
    await (await button(app, 'New engagement')).click();
    await choose(app, 'Mechanism', 'Universal Periodic Review');
    await fill(app, 'Session or call', 'WG session 48');
    await (await button(app, 'Save')).click();
    await seeText(app, 'The title cannot be empty');
    const title = await field(app, 'Title');
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    assert.equal(await (await field(app, 'Session or call')).getValue(), 'WG session 48');
  });
});

test('a deleted engagement goes to the bin and comes back from it', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await (await link(app, 'Engagements')).click();
    await (await link(app, 'CESCR review of Exampleland: list of issues prior to reporting')).click();
    await (await button(app, 'Delete')).click();
    const question = await button(app, 'Move to bin');
    await assertAccessible(app, 'the question before deleting an engagement');
    await question.click();
    await seeText(app, 'UPR of Exampleland (demo cycle)');
    await eventually(async () => !(await showsText(app, 'CESCR review of Exampleland')), 'the engagement to leave the list');
    await (await link(app, 'Bin')).click();
    await seeText(app, 'CESCR review of Exampleland');
    await assertAccessible(app, 'the bin with an engagement in it');
    await (await button(app, 'Restore')).click();
    await (await link(app, 'Engagements')).click();
    await seeText(app, 'CESCR review of Exampleland');
  });
});

const HOSTILE = '<img src=x onerror=alert(1)>';

test('markup typed into free-text fields shows as text and never runs', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Set up my city')).click();
    await fill(app, 'City name', HOSTILE);
    await fill(app, 'Country code (ISO 3166-1 alpha-3)', 'SVN');
    await fill(app, 'State under review', HOSTILE);
    await fill(app, 'Contact person or office', HOSTILE);
    await (await button(app, 'Save')).click();
    await (await link(app, 'Engagements')).click();
    await (await button(app, 'New engagement')).click();
    await choose(app, 'Mechanism', 'Universal Periodic Review');
    for (const label of ['Title', 'State under review', 'Session or call', 'Notes']) await fill(app, label, HOSTILE);
    await (await button(app, 'Save')).click();
    await (await button(app, 'Add milestone')).click();
    await choose(app, 'What it marks', 'Internal milestone');
    await fill(app, 'Title', HOSTILE);
    await fill(app, 'Date', '2027-03-01');
    await fill(app, 'Notes', HOSTILE);
    await fill(app, 'Time zone', 'Europe/Zurich');
    await (await button(app, 'Save')).click();
    await seeText(app, HOSTILE);
    for (const name of ['Dashboard', 'Engagements', 'Settings']) {
      await (await link(app, name)).click();
      await seeText(app, HOSTILE);
      const injected = await app.session.execute(() => document.querySelectorAll('img[src="x"], img[onerror]').length);
      assert.equal(injected, 0, `no injected image on ${name}`);
    }
    // No alert opened: WebDriver reports "no such alert".
    await assert.rejects(app.session.getAlertText());
  });
});

test('a damaged database at start-up is named, explained and left untouched', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await button(app, 'Explore with demo data');
    // Quit, damage the file, start again: what an officer sees after a disk problem.
    await app.restart(async () => {
      const { writeFileSync, rmSync, readFileSync } = await import('node:fs');
      for (const suffix of ['-wal', '-shm']) rmSync(app.dbPath + suffix, { force: true });
      writeFileSync(app.dbPath, 'This is not a database: a text file saved over it by mistake.\n'.repeat(20));
      app.damaged = readFileSync(app.dbPath);
    });
    await seeText(app, 'could not open its database');
    await seeText(app, 'not a SQLite database');
    await seeText(app, app.dbPath);
    await button(app, 'Open another file');
    await button(app, 'Start a new database');
    await assertAccessible(app, 'the screen that names a damaged database');
    const { readFileSync } = await import('node:fs');
    assert.deepEqual(readFileSync(app.dbPath), app.damaged, 'the damaged file was not modified');
  });
});
