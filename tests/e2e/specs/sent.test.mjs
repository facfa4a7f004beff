// What was sent stays sent, end to end (issue #20): a submission marked as submitted opens
// read-only (its text cannot be typed into, nothing that changes it is offered) and its
// engagement has moved to "Submitted"; "Start a new version" makes it editable again and keeps
// the record of what was sent. And an export with something that MUST be fixed asks first.
//
// "Mark as submitted" asks for the file through a native dialog, which WebDriver cannot drive:
// the submission is marked with the CLI (`cityrights submission mark-submitted`, the same core
// function) while the app is closed; the dialog's page side is in the UI tests.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { cli } from '../cli.mjs';
import { repoRoot, withApp } from '../harness.mjs';
import { answerOpenDialog } from '../keyboard.mjs';
import { button, eventually, field, fill, link, press, saveState, seeText, showsText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 300_000 };
const ENGAGEMENT = 'UPR of Slovenia, 4th cycle';
const SUBMISSION = 'Submission of the City of Ljubljana';
const FIRST = 'Section text: Summary and key words';
/** City, UPR engagement, and a submission from the template; ends in its first editor. */
async function newSubmission(app) {
  await setUpCity(app);
  await newEngagement(app, ENGAGEMENT);
  await (await button(app, 'New submission')).click();
  await seeText(app, 'Sections of this template');
  await fill(app, 'Title', SUBMISSION);
  await (await button(app, 'Create submission')).click();
  return textbox(app, FIRST);
}

/** Types at the end of a section's text, as a person does. */
async function typeInto(app, name, text) {
  const box = await textbox(app, name);
  await press(app, box);
  await app.session.keys(['End']);
  await box.addValue(text);
}

const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

const buttonShown = async (app, name) => {
  for (const el of await app.session.$$(`//button[normalize-space(.)='${name}']`)) {
    if (await el.isDisplayed()) return true;
  }
  return false;
};

test('marked as submitted, the text is read-only until "Start a new version", which keeps what was sent', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await newSubmission(app);
    await typeInto(app, FIRST, 'Ljubljana built 1,250 social homes since the last review.');
    await saveState(app, 'Saved');
    // The dialog that records what was sent (its file is then asked for in a native dialog,
    // which WebDriver cannot drive: it is left with Cancel here).
    await press(app, await button(app, 'Mark as submitted'));
    await seeText(app, 'Record what was sent');
    await audit.check('the dialog to mark a submission as submitted');
    await (await button(app, 'Cancel')).click();
    await eventually(async () => !(await app.session.$('dialog[open]').isExisting()), 'the dialog to close');

    // Sent: marked with the exact file while the app is closed.
    let marked;
    await app.restart(async () => {
      const [submission] = JSON.parse(cli(app.dbPath, ['submissions', 'list', '--json']));
      const file = join(app.tempDir, 'ljubljana-upr.docx');
      writeFileSync(file, 'the exact bytes that went to Geneva');
      marked = JSON.parse(
        cli(app.dbPath, [
          'submission',
          'mark-submitted',
          '--submission',
          String(submission.id),
          '--file',
          file,
          '--channel',
          'UPR online submission system',
          '--date',
          '2026-12-01',
          '--json',
        ]),
      );
    });
    assert.match(marked.sha256, /^[0-9a-f]{64}$/);
    assert.equal(marked.engagement_stage, 'submitted');

    await (await link(app, 'Submissions')).click();
    await (await link(app, SUBMISSION)).click();
    const note = await seeText(app, 'Sent: this version is read-only');
    await seeText(app, 'UPR online submission system');
    const box = await textbox(app, FIRST);
    assert.equal(await box.getAttribute('contenteditable'), 'false');
    assert.equal(await box.getAttribute('aria-readonly'), 'true');
    // Typing into it changes nothing; nothing that would change the text is offered.
    const before = await editorText(app, FIRST);
    await press(app, box);
    await app.session.keys(['End']);
    await app.session.keys([...' Edited after sending.']);
    assert.equal(await editorText(app, FIRST), before, 'the sent text did not change');
    for (const name of ['Add section', 'Mark as submitted', 'Add footnote', 'Import a department’s document…']) {
      assert.equal(await buttonShown(app, name), false, `"${name}" is not offered`);
    }
    const status = await field(app, 'Status');
    assert.equal(await status.getValue(), 'submitted');
    await seeText(app, marked.sha256);
    await app.session.execute((e) => e.scrollIntoView({ block: 'center' }), note);
    await app.screenshot('sent-read-only');
    await audit.check('a sent submission, read-only, with the record of what was sent');

    // The engagement followed its submission.
    await (await link(app, ENGAGEMENT)).click();
    assert.equal(await (await field(app, 'Stage')).getValue(), 'submitted');
    await (await link(app, SUBMISSION)).click();

    // Start a new version: asked first, then editable, and the record of what was sent stays.
    await press(app, await button(app, 'Start a new version'));
    await seeText(app, 'What was sent stays recorded as it is');
    await audit.check('the question before starting a new version');
    await (await button(app, 'Start a new version')).click(); // the one in the open dialog
    await seeText(app, 'Started a new version of');
    const editable = await textbox(app, FIRST);
    await eventually(async () => (await editable.getAttribute('contenteditable')) === 'true', 'the text to be editable again');
    assert.equal(await showsText(app, 'Sent: this version is read-only'), false);
    await typeInto(app, FIRST, ' A corrected figure follows.');
    await saveState(app, 'Saved');
    assert.ok((await editorText(app, FIRST)).includes('A corrected figure follows.'));
    await seeText(app, 'What was sent');
    await seeText(app, marked.sha256);
    await seeText(app, 'A new version was started on');
    assert.equal(await (await field(app, 'Status')).getValue(), 'drafting');
    // Opened again: the record is still there, and says the text changed since it was sent.
    await (await link(app, 'Submissions')).click();
    await (await link(app, SUBMISSION)).click();
    await seeText(app, 'The text was edited after it was sent.');
    await seeText(app, marked.sha256);
    assert.ok((await editorText(app, FIRST)).includes('A corrected figure follows.'));
    await app.screenshot('sent-new-version');
    await audit.check('a new version, edited after what was sent');

    // A department's Word file (with tracked changes and comments) added to the new version as
    // a section, through the native file dialog: the section is there, and what the import
    // accepted or left out is listed.
    await press(app, await button(app, 'Import a department’s document…'));
    await answerOpenDialog("Import a department's document as a section", join(repoRoot, 'tests', 'fixtures', 'docx', 'libreoffice.docx'));
    await seeText(app, 'The document was added as the section');
    await seeText(app, 'What the import changed or left out');
    await textbox(app, 'Section text: Contribution of the Education Department');
    await audit.check('a department’s document imported as a section, with what the import changed');
    audit.assertNone();
  });
});

test('an export with something that must be fixed lists it and asks "Export anyway?" first', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await newSubmission(app);
    await typeInto(app, FIRST, 'Twelve words that go well over a very small word limit today.');
    await saveState(app, 'Saved');
    await (await link(app, ENGAGEMENT)).click();
    await (await button(app, 'Override for this engagement')).click();
    await fill(app, 'Word limit, individual submission', '5');
    await fill(app, 'Source of these figures', 'Test of a very small limit');
    await audit.check('the form to override the rules for one engagement');
    await (await button(app, 'Save')).click();
    await seeText(app, 'The rules for this engagement were saved.');
    await (await link(app, SUBMISSION)).click();
    await textbox(app, FIRST);

    for (const kind of ['Export Word…', 'Export PDF…']) {
      await press(app, await button(app, kind));
      await seeText(app, 'These must be fixed before the submission is sent. Export anyway?');
      const listed = await app.session.execute(() => [...document.querySelectorAll('dialog[open] li')].map((li) => li.textContent ?? ''));
      assert.ok(listed.some((m) => m.includes('the limit is 5')), `the word limit is listed: ${JSON.stringify(listed)}`);
      await button(app, 'Export anyway');
      if (kind === 'Export Word…') await app.screenshot('export-must-fix');
      await audit.check(`the question "Export anyway?" (${kind})`);
      await (await button(app, 'Cancel')).click();
      await seeText(app, 'Nothing was exported. The checks beside the text say what to fix.');
      assert.equal(await showsText(app, 'Export anyway?'), false, 'the question is closed');
    }
    audit.assertNone();
  });
});
