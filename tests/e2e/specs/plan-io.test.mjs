// From recommendation to action in the app (issue #15): the implementation matrix out to Excel
// and back, and a report generated from the evidence — each through its button, its native
// dialog and its own dialog, every state audited with axe.
//
// The edited workbook is made by the app itself: a second export after the officer's status,
// department and evidence note are set through the app's commands, which are then put back — so
// importing it brings exactly those three changes, as a ministry's edited copy would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { axeAudit } from '../axe.mjs';
import { UPR_REPORT, newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { words } from '../words.mjs';
import { zoomTo200 } from '../zoom.mjs';
import { answerSaveDialog } from '../keyboard.mjs';
import { button, choose, eventually, field, fill, invoke, link, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 300_000 };
const run = promisify(execFile);


/**
 * Answers the native "open" dialog titled `title` (a GTK window WebDriver cannot see) through
 * the X server: Ctrl+L opens its location field, where the path is typed, then Return.
 */
async function answerOpenDialog(title, path, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let window = '';
  while (!window) {
    try {
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--name', title]);
      window = stdout.trim().split('\n').pop() ?? '';
    } catch {
      // Not there yet.
    }
    if (!window) {
      if (Date.now() > deadline) throw new Error(`No window titled "${title}" appeared within ${timeoutMs} ms.`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  await new Promise((r) => setTimeout(r, 1000));
  await run('xdotool', ['windowfocus', '--sync', window]);
  await run('xdotool', ['key', '--clearmodifiers', 'ctrl+l']);
  await new Promise((r) => setTimeout(r, 300));
  await run('xdotool', ['type', '--delay', '20', path]);
  await new Promise((r) => setTimeout(r, 300));
  await run('xdotool', ['key', 'Return']);
}

/** An .xlsx made by LibreOffice Calc from `csv` (Debian package libreoffice-calc; `make setup`). */
async function workbookFromCsv(app, name, csv) {
  const source = join(app.tempDir, `${name}.csv`);
  await writeFile(source, csv);
  await run('soffice', ['--headless', `-env:UserInstallation=file://${join(app.tempDir, 'libreoffice')}`, '--convert-to', 'xlsx', '--outdir', app.tempDir, source], { timeout: 120_000 });
  return join(app.tempDir, `${name}.xlsx`);
}

/** "Import from Excel…" with the workbook at `path`. */
async function importWorkbook(app, path) {
  await (await button(app, 'Import from Excel…')).click();
  await answerOpenDialog('Import the implementation matrix', path);
}

test('the matrix exported to Excel, an edited copy previewed and applied; a report generated and opened', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');

    await (await link(app, 'Recommendations')).click();
    await (await button(app, 'Import…')).click();
    await choose(app, 'What to import', 'UPR Working Group report (text)');
    await app.session.execute(
      (e, v) => {
        e.value = v;
        e.dispatchEvent(new Event('input', { bubbles: true }));
      },
      await field(app, 'Report text'),
      UPR_REPORT,
    );
    await fill(app, 'Document symbol', 'A/HRC/59/15');
    await (await button(app, 'Import')).click();
    await seeText(app, '3 imported, 0 updated, 0 unchanged, 0 skipped.');
    await (await button(app, 'Close')).click();

    // Export to Excel: the save dialog, and where it was written.
    const original = join(app.tempDir, 'matrix.xlsx');
    await (await button(app, 'Export to Excel…')).click();
    await answerSaveDialog('Export the implementation matrix', original);
    await seeText(app, `Wrote 3 recommendations to ${original}.`);
    await audit.check('the recommendations screen after the Excel export');

    // The edited copy: 140.2 in progress, with the housing department and a note.
    const page = await invoke(app, 'list_recommendations', { filter: {}, limit: 10, offset: 0 });
    const housing = page.items.find((r) => r.paragraph === '140.2');
    await invoke(app, 'set_recommendation_fields', { id: housing.id, fields: { competence: 'shared', department: 'Housing office', local_status: 'in_progress' } });
    const note = await invoke(app, 'add_recommendation_evidence', { id: housing.id, notedOn: '2026-11-30', note: 'Council adopted the Roma housing plan' });
    const edited = join(app.tempDir, 'edited.xlsx');
    await (await link(app, 'Plan')).click();
    await (await link(app, 'Recommendations')).click();
    await (await button(app, 'Export to Excel…')).click();
    await answerSaveDialog('Export the implementation matrix', edited);
    await seeText(app, `Wrote 3 recommendations to ${edited}.`);
    await invoke(app, 'set_recommendation_fields', { id: housing.id, fields: { competence: 'shared', department: '', local_status: 'not_started' } });
    await invoke(app, 'delete_recommendation_evidence', { id: note.id });
    await (await link(app, 'Plan')).click();
    await (await link(app, 'Recommendations')).click();

    // A file that is not a workbook: the core's words, nothing written.
    const broken = join(app.tempDir, 'broken.xlsx');
    await writeFile(broken, 'status,department\nImplemented,Housing\n');
    await importWorkbook(app, broken);
    await eventually(async () => (await app.session.$$('[role=alert]')).length > 0, 'the error to be shown');
    await audit.check('the recommendations screen with a refused workbook');
    await app.screenshot('plan-io-refused');

    // Workbooks a ministry might send back (made by LibreOffice Calc from CSV): one without the
    // matrix's columns, one with a status that is not one of ours. Each is refused in the
    // core's words, naming the columns or the row, and nothing is written.
    const noColumns = await workbookFromCsv(app, 'no-columns', 'Symbol,Paragraph,Status\nA/HRC/59/15,140.2,Done\n');
    await importWorkbook(app, noColumns);
    await seeText(app, 'has no column Local status, Department, Evidence');
    const badStatus = await workbookFromCsv(app, 'bad-status', 'Symbol,Paragraph,Local status,Department,Evidence\nA/HRC/59/15,140.2,Done,Housing office,\n');
    await importWorkbook(app, badStatus);
    await seeText(app, 'Row 2 (A/HRC/59/15, para. 140.2)');
    await seeText(app, '"Done" is not a local status');
    await audit.check('the recommendations screen with a workbook whose status is not one of ours');
    const untouched = await invoke(app, 'get_recommendation', { id: housing.id });
    assert.equal(untouched.recommendation.department, '', 'a refused workbook wrote nothing');

    // The edited copy: the preview lists the changes, nothing is written yet.
    await importWorkbook(app, edited);
    await seeText(app, 'What the workbook would change');
    await seeText(app, 'Recommendations to change: 1. Unchanged: 2. Rows not found: 0.');
    await seeText(app, 'Not started → In progress');
    await seeText(app, 'no department → Housing office');
    await seeText(app, '2026-11-30: Council adopted the Roma housing plan');
    await audit.check('the preview of an Excel import');
    await app.screenshot('plan-io-preview');
    const before = await invoke(app, 'get_recommendation', { id: housing.id });
    assert.equal(before.recommendation.local_status, 'not_started', 'the preview wrote nothing');

    await (await button(app, 'Apply these changes')).click();
    await seeText(app, "The workbook's changes were written. Recommendations changed: 1.");
    const row = await app.session.$(`//tr[@data-testid='recommendation-row'][.//button[contains(., '140.2')]]`);
    await eventually(async () => (await row.getText()).includes('In progress'), 'the table to show the new status');
    assert.match(await row.getText(), /Housing office/);
    const after = await invoke(app, 'get_recommendation', { id: housing.id });
    assert.equal(after.recommendation.local_status, 'in_progress');
    assert.ok(after.evidence.some((e) => e.note === 'Council adopted the Roma housing plan'));
    await audit.check('the recommendations screen after an Excel import');

    // The SDGs in the table: a target the city links shows under the recommendation's text.
    await invoke(app, 'link_sdg_targets', { id: housing.id, targets: ['11.1'] });
    await (await link(app, 'Plan')).click();
    await (await link(app, 'Recommendations')).click();
    await seeText(app, 'SDG targets: 11.1');

    // Importing it again changes nothing, and says so; Close leaves it.
    await importWorkbook(app, edited);
    await seeText(app, 'The workbook changes nothing');
    await audit.check('the preview of a workbook that changes nothing');
    await (await button(app, 'Close')).click();

    // A report from the engagement's screen: the kind, the symbol, the new draft.
    await (await link(app, 'Engagements')).click();
    await (await link(app, 'UPR of Slovenia, 4th cycle')).click();
    await (await button(app, 'Generate a report…')).click();
    await seeText(app, "Generate a report from the city's data");
    await choose(app, 'Kind of report', 'UPR mid-term report');
    await choose(app, 'Recommendations of', 'A/HRC/59/15');
    await audit.check('the report dialog');
    await app.screenshot('plan-io-report');
    await (await button(app, 'Generate the draft')).click();
    await seeText(app, 'Recommendations covered: 1.');
    assert.ok(await showsText(app, 'Sections: '), 'the sections are counted');
    await audit.check('the report dialog after the draft was generated');
    await app.screenshot('plan-io-report-done');
    await (await button(app, 'Open the draft')).click();
    await seeText(app, 'A/HRC/59/15, para. 140.2');
    await seeText(app, 'Adopt a national housing strategy');
    assert.match(await app.session.getUrl(), /#\/submissions\/\d+/);
    await audit.check('the generated draft');

    // The same from the plan, where the dialog asks for the engagement first.
    await (await link(app, 'Plan')).click();
    await (await button(app, 'Generate a report…')).click();
    await choose(app, 'Engagement', 'UPR of Slovenia, 4th cycle');
    await choose(app, 'Kind of report', 'Local human rights report');
    await audit.check('the report dialog opened from the plan');
    await (await button(app, 'Generate the draft')).click();
    await seeText(app, 'Recommendations covered: 1.');
    await (await button(app, 'Close')).click();
    const listed = await invoke(app, 'get_engagement', { id: (await invoke(app, 'list_engagements', {}))[0].id });
    assert.equal(listed.submissions.length, 2, 'both generated drafts are submissions of the engagement');

    // The two dialogs in Arabic, right to left, for the eye.
    await invoke(app, 'set_interface_language', { language: 'ar' });
    await app.session.execute(() => window.location.reload());
    await eventually(async () => (await app.session.execute(() => document.documentElement.dir)) === 'rtl', 'the page to turn right to left');
    const ar = words('ar');
    await (await link(app, ar('nav.recommendations'))).click();
    await (await button(app, ar('matrix_xlsx.import'))).click();
    await answerOpenDialog(ar('dialog.import_matrix'), original);
    await seeText(app, ar('matrix_xlsx.preview_title'));
    await app.screenshot('plan-io-preview-ar');
    await audit.check('the preview of an Excel import, in Arabic');
    await (await button(app, ar('common.cancel'))).click();
    await (await link(app, ar('nav.engagements'))).click();
    await (await link(app, 'UPR of Slovenia, 4th cycle')).click();
    await (await button(app, ar('report_generate.open'))).click();
    await seeText(app, ar('report_generate.title'));
    await app.screenshot('plan-io-report-ar');
    await audit.check('the report dialog, in Arabic');
    await (await button(app, ar('common.cancel'))).click();

    // The table with its SDGs at 200% zoom in a 1280×800 window: nothing scrolls sideways.
    await zoomTo200(app);
    await app.session.execute(() => {
      window.location.hash = '#/recommendations';
    });
    await eventually(async () => (await app.session.$$('[data-testid=recommendation-sdgs]')).length === 1, 'the SDG line of 140.2');
    await app.session.execute(() => document.querySelector('[data-testid=recommendation-sdgs]')?.scrollIntoView({ block: 'center' }));
    await app.screenshot('plan-io-table-zoom-200-ar');
    const sideways = await app.session.execute(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(sideways <= 1, `the recommendations screen scrolls sideways by ${sideways}px at 200% zoom`);
    // Every screen and dialog checked above, found clean (without this the checks only collect).
    audit.assertNone();
  });
});
