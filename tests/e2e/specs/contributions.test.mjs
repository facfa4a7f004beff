// Departments contribute from their own computers (issue #17), end to end between two
// databases and two app instances: the officer asks the Housing Department in the app ("Ask a
// department…"), the department opens the package on the welcome screen of its own app, edits
// two sections in the editor and sends them back; the officer edits one of those sections
// meanwhile, imports the return, sees that section as a conflict, accepts what does not
// conflict and keeps their own text for the other. The department's words are then in the
// officer's draft, with a revision naming the department.
//
// Native file dialogs (GTK windows WebDriver cannot see) are answered with the keyboard through
// the X server (keyboard.mjs: answerSaveDialog, answerOpenDialog). The officer's own meanwhile
// edit, which is not what this test is about, is made with the CLI while the app is closed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { cli } from '../cli.mjs';
import { App, withApp } from '../harness.mjs';
import { answerOpenDialog, answerSaveDialog, focused, press as pressKey, tabTo } from '../keyboard.mjs';
import { button, eventually, fill, link, press, saveState, seeText, showsText, textbox } from '../ui.mjs';
import { words } from '../words.mjs';

/** The Arabic catalogue: the native dialogs' titles follow the interface's language. */
const ar = words('ar');

const TIMEOUT = { timeout: 600_000 };
const SUBMISSION = 'Submission of the City of Exampleville to the UPR of Exampleland';
const SUMMARY = 'Summary and key words';
const FOLLOW_UP = 'Follow-up to the previous review';
const HEADER = 'Contribution for the City of Exampleville (demo), due Fri 12 Mar 2027';
/** Types at the end of a section's text, as a person does. */
async function typeInto(app, name, text) {
  const box = await textbox(app, name);
  await press(app, box);
  await app.session.keys(['End']);
  await box.addValue(text);
}

const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

/** The checkbox of the open dialog whose label reads `text`. */
async function checkbox(app, text) {
  const el = await app.session.$(`//dialog[@open]//label[contains(normalize-space(.), "${text}")]/input[@type="checkbox"]`);
  await el.waitForDisplayed();
  return el;
}

/** The review's card of the section titled `title`. */
const card = (app, title) => app.session.$(`//article[@data-testid="contribution-change"][.//h4[contains(normalize-space(.), "${title}")]]`);

test('a department contributes from its own app: ask, open, edit, send back, import, conflict, accept', TIMEOUT, async (t) => {
  await withApp(t, async (officer) => {
    const audit = axeAudit(officer);
    const request = join(officer.tempDir, 'housing-request.cityrights-contribution');
    const returned = join(officer.tempDir, 'housing-return.cityrights-contribution');

    // The officer asks the Housing Department for two sections, due 12 March 2027.
    await (await button(officer, 'Explore with demo data')).click();
    await seeText(officer, 'Exampleville (demo)');
    await (await link(officer, 'Submissions')).click();
    await (await link(officer, SUBMISSION)).click();
    await press(officer, await button(officer, 'Ask a department…'));
    await seeText(officer, 'Ask a department for a contribution');
    for (const s of ['The city and its competences', 'Recommendations to the State']) {
      const box = await checkbox(officer, s);
      assert.equal(await box.isSelected(), true, `"${s}" is checked by default`);
      await box.click();
    }
    await fill(officer, 'Department or person asked', 'Housing Department');
    await fill(officer, 'Due date', '2027-03-12');
    await fill(officer, 'Message', 'Please update the housing figures.');
    // A mistyped e-mail is said in the form, before any file dialog opens.
    await fill(officer, 'E-mail', 'housing@');
    await (await button(officer, 'Choose where to save…')).click();
    const email = await officer.session.$('//dialog[@open]//input[@type="email"]');
    await eventually(async () => (await email.getAttribute('aria-invalid')) === 'true', 'the e-mail to be marked as mistyped');
    await audit.check('the "Ask a department" dialog with a mistyped e-mail');
    await fill(officer, 'E-mail', 'housing@exampleville.example');
    await (await button(officer, 'Choose where to save…')).click();
    await answerSaveDialog('Save the request for a contribution', request);
    await seeText(officer, `The request to Housing Department was saved as ${request} (2 sections, 0 recommendations).`, 30_000);
    await seeText(officer, 'The due date, Fri 12 Mar 2027, is on the calendar.');
    assert.ok(existsSync(request), 'the request package is written');
    await audit.check('the submission after a request was saved');

    await officer.restart(async () => {
      // The officer edits the summary meanwhile (with the CLI: not what this test is about).
      const mine = join(officer.tempDir, 'mine.md');
      writeFileSync(mine, 'The officer rewrote the summary while the department worked.\n');
      cli(officer.dbPath, ['section', 'replace', '--section', '1', mine, '--json']);

      // The department, on its own computer: a second app on a database of its own.
      const dept = await App.start('contributions department');
      try {
        const deptAudit = axeAudit(dept);
        await seeText(dept, 'A city asked your department to write part of its submission');
        await deptAudit.check('the welcome screen with "Open a contribution…"');
        await (await button(dept, 'Open a contribution…')).click();
        await answerOpenDialog('Open a contribution you were asked for', request);
        await seeText(dept, HEADER, 30_000);
        await seeText(dept, 'Please update the housing figures.');
        // It lands on the submission, with only the two sections it was asked for.
        await textbox(dept, `Section text: ${SUMMARY}`);
        await textbox(dept, `Section text: ${FOLLOW_UP}`);
        assert.equal(await showsText(dept, 'The city and its competences'), false, 'a section not asked for is not there');
        assert.equal(await showsText(dept, 'Ask a department…'), false, 'a contributor does not ask others');
        const nav = await dept.session.execute(() => [...document.querySelectorAll('nav a')].map((a) => a.textContent?.trim()));
        assert.ok(nav.includes('Submissions') && !nav.includes('Contributions'), `no Contributions screen in a contributor workspace: ${nav}`);
        await deptAudit.check('the contributor workspace with its header');

        // Nothing changed yet: a plain message, and no file asked for.
        await press(dept, await button(dept, 'Send back…'));
        await (await button(dept, 'Choose where to save…')).click();
        await seeText(dept, 'Nothing has changed since the request');
        await (await button(dept, 'Cancel')).click();

        await typeInto(dept, `Section text: ${SUMMARY}`, ' The Housing Department rewrote this too.');
        await typeInto(dept, `Section text: ${FOLLOW_UP}`, ' Rents were frozen in 2026.');
        await saveState(dept, 'Saved');
        await press(dept, await button(dept, 'Send back…'));
        const author = await (await dept.session.$('//dialog[@open]//input[@type="text"]'));
        assert.equal(await author.getValue(), 'Housing Department', 'the author is prefilled with the contributor');
        await deptAudit.check('the "Send back" dialog');
        await (await button(dept, 'Choose where to save…')).click();
        await answerSaveDialog('Save your contribution to send back', returned);
        await seeText(dept, `Saved as ${returned}: 2 sections and 0 recommendations changed.`, 30_000);
        assert.ok(existsSync(returned), 'the return package is written');
        await seeText(dept, 'Last sent back on ');
        await dept.screenshot('contributions-contributor-header');
        deptAudit.assertNone();
      } finally {
        await dept.stop();
      }
    });

    // The officer imports the return: nothing changes by itself; the summary is a conflict.
    await (await link(officer, 'Contributions')).click();
    await seeText(officer, 'No contribution received yet.');
    await audit.check('the empty Contributions screen');
    await (await button(officer, 'Import a returned contribution…')).click();
    await answerOpenDialog('Import a returned contribution', returned);
    await seeText(officer, 'The contribution from Housing Department is in the queue: 2 sections and 0 recommendations changed.', 30_000);
    await seeText(officer, '1 change conflicts with your own edits.');
    await seeText(officer, 'Contribution from Housing Department');
    const conflict = await card(officer, SUMMARY);
    await conflict.waitForDisplayed();
    assert.ok((await conflict.getText()).includes('Conflict:'), 'the summary is shown as a conflict');
    assert.ok(await (await conflict.$('.//button[normalize-space(.)="Take theirs (overwrite mine)"]')).isDisplayed());
    const clean = await card(officer, FOLLOW_UP);
    assert.ok(!(await clean.getText()).includes('Conflict:'), 'the follow-up is not a conflict');
    const inserted = await clean.$$('.//ins');
    assert.ok(inserted.length > 0, 'inserted words are marked');
    await audit.check('the review of a return with a conflict');
    await officer.session.execute((e) => e.scrollIntoView({ block: 'start' }), conflict);
    await officer.screenshot('contributions-review-conflict');

    // With the keyboard, as an officer who does not use a mouse does.
    await tabTo(officer, 'Accept all that do not conflict');
    await pressKey(officer, 'Enter');
    await seeText(officer, 'Accepted: 1. Rejected: 0. 1 change left waiting: you edited the same text.');
    await (await conflict.$('.//button[normalize-space(.)="Keep mine (reject)"]')).click();
    await seeText(officer, 'Accepted: 0. Rejected: 1.');
    await eventually(async () => showsText(officer, 'Partly accepted'), 'the queue to say "Partly accepted"');
    await audit.check('the review after the decisions');
    await officer.session.execute(() => document.getElementById('contrib-queue')?.scrollIntoView({ block: 'start' }));
    await officer.screenshot('contributions-queue');

    // The department's words are in the draft; the officer's summary is kept.
    await (await link(officer, 'Open the submission')).click();
    await textbox(officer, `Section text: ${FOLLOW_UP}`);
    assert.ok((await editorText(officer, `Section text: ${FOLLOW_UP}`)).includes('Rents were frozen in 2026.'));
    const summary = await editorText(officer, `Section text: ${SUMMARY}`);
    assert.ok(summary.includes('The officer rewrote the summary'), 'the officer’s own edit is kept');
    assert.ok(!summary.includes('The Housing Department rewrote this too.'), 'the rejected change is not applied');
    await press(officer, await button(officer, 'Revisions'));
    // The panel reads the revisions when it opens: wait for the list rather than read it at once.
    await eventually(async () => {
      for (const r of await officer.session.$$('[data-testid="revision-row"]')) {
        const text = await r.getText();
        if (text.includes('Contribution accepted') && text.includes('by Housing Department')) return true;
      }
      return false;
    }, 'a revision naming the department as its author');
    await audit.check('the revisions with a contribution revision');
    audit.assertNone();
  });
});

test('the contributor workspace in Arabic reads right to left', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (dept) => {
      // The request is made with the CLI on an officer's database of its own.
      const office = join(dept.tempDir, 'office.sqlite3');
      const request = join(dept.tempDir, 'request.cityrights-contribution');
      cli(office, ['demo']);
      cli(office, ['contribution', 'request', '--submission', '1', '--section', '1', '--to', 'إدارة الإسكان', '--due', '2027-03-12', '-o', request, '--json']);
      await (await button(dept, 'فتح إسهام…')).click();
      await answerOpenDialog(ar('dialog.open_contribution'), request);
      await seeText(dept, 'إسهام لمدينة', 30_000);
      const dir = await dept.session.execute(() => [document.documentElement.dir, getComputedStyle(document.querySelector('[data-testid="contribution-header"]')).direction]);
      assert.deepEqual(dir, ['rtl', 'rtl']);
      const audit = axeAudit(dept);
      await audit.check('the contributor workspace in Arabic');
      // Send back is reached with Tab from the top of the page, and its dialog opens on the name.
      await tabTo(dept, 'إعادة الإرسال…');
      await pressKey(dept, 'Enter');
      await eventually(async () => (await focused(dept)).name === 'اسمك', 'the focus to be on "Your name" in the dialog');
      await audit.check('the "Send back" dialog in Arabic');
      await dept.screenshot('contributions-contributor-arabic');
      audit.assertNone();
    },
    { env: { LANG: 'ar_EG.UTF-8' } },
  );
});

test('in Settings, a workspace with work is backed up first, after a question, then replaced by the contribution', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const office = join(app.tempDir, 'office.sqlite3');
    const request = join(app.tempDir, 'request.cityrights-contribution');
    cli(office, ['demo']);
    cli(office, ['contribution', 'request', '--submission', '1', '--section', '1', '--to', 'Housing Department', '--due', '2027-03-12', '-o', request, '--json']);

    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await (await link(app, 'Settings')).click();
    await press(app, await button(app, 'Open a contribution…'));
    await seeText(app, 'is first copied to the backups folder beside the database file');
    const audit = axeAudit(app);
    await audit.check('the question before a contribution replaces the workspace');
    // Cancel changes nothing.
    await (await button(app, 'Cancel')).click();
    assert.equal(await showsText(app, HEADER), false);

    await press(app, await button(app, 'Open a contribution…'));
    await (await button(app, 'Back up and open the contribution')).click();
    await answerOpenDialog('Open a contribution you were asked for', request);
    await seeText(app, HEADER, 30_000);
    await textbox(app, `Section text: ${SUMMARY}`);
    const backups = join(app.tempDir, 'backups');
    const kept = existsSync(backups) ? readdirSync(backups).filter((f) => f.includes('before') && f.endsWith('.sqlite3')) : [];
    assert.equal(kept.length, 1, `one copy of the demo workspace kept in ${backups}: ${kept}`);
    await audit.check('the contributor workspace opened from Settings');
    audit.assertNone();
  });
});

test('the review of a return in Arabic: mirrored, with its conflict, audited', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (officer) => {
      const request = join(officer.tempDir, 'request.cityrights-contribution');
      const returned = join(officer.tempDir, 'return.cityrights-contribution');
      const dept = join(officer.tempDir, 'dept.sqlite3');
      await officer.restart(async () => {
        // The whole exchange with the CLI: this test is about the officer's screen in Arabic.
        cli(officer.dbPath, ['demo']);
        cli(officer.dbPath, ['contribution', 'request', '--submission', '1', '--section', '1', '--section', '3', '--to', 'إدارة الإسكان', '-o', request, '--json']);
        const opened = JSON.parse(cli(dept, ['contribution', 'open', request, '--json']));
        const theirs = join(officer.tempDir, 'theirs.md');
        writeFileSync(theirs, 'خُفّضت الإيجارات في عام 2026.\n');
        for (const id of opened.sections) cli(dept, ['section', 'replace', '--section', String(id), theirs, '--json']);
        cli(dept, ['contribution', 'return', '-o', returned, '--json']);
        const mine = join(officer.tempDir, 'mine.md');
        writeFileSync(mine, 'أعاد الموظف كتابة الموجز.\n');
        cli(officer.dbPath, ['section', 'replace', '--section', '1', mine, '--json']);
      });
      await (await link(officer, 'إسهامات الإدارات')).click();
      await (await button(officer, 'استيراد إسهام مُعاد…')).click();
      await answerOpenDialog(ar('dialog.import_return'), returned);
      // The department's name is isolated in the Arabic sentence (Fluent's bidi marks): read
      // without them.
      await eventually(
        async () =>
          (await officer.session.execute(() => document.querySelector('[data-testid="contribution-review"] h3')?.textContent ?? '')).replace(/[\u2068\u2069]/g, '') ===
          'إسهام من إدارة الإسكان',
        'the review of the return from the Housing Department',
        30_000,
      );
      await seeText(officer, 'تعارض:');
      const dir = await officer.session.execute(() => getComputedStyle(document.querySelector('[data-testid="contribution-review"]')).direction);
      assert.equal(dir, 'rtl');
      await assertAccessibleReview(officer);
      const first = await officer.session.$('//article[@data-testid="contribution-change"]');
      await first.waitForDisplayed();
      await officer.session.execute((e) => e.scrollIntoView({ block: 'start' }), first);
      await new Promise((r) => setTimeout(r, 300));
      await officer.screenshot('contributions-review-arabic');
    },
    { env: { LANG: 'ar_EG.UTF-8' } },
  );
});

async function assertAccessibleReview(app) {
  const audit = axeAudit(app);
  await audit.check('the review of a return in Arabic');
  audit.assertNone();
}
