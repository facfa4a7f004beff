// An officer's day, walked through end to end (issue #20, "Done when"): the city set up; a UPR
// engagement whose Working Group session is 150 days away, so that the estimated submission
// window closed about two months ago, with the proposed timeline accepted — the proposal says the
// window is "Already past." and the dashboard shows the missed window and the session as the next
// milestone, beyond 90 days; a submission drafted with a citation typed after "in 2025."; marked
// as submitted (today, after the window closed) → read-only; a new version started → editable,
// and the record of what was sent kept; the window stays missed (it was not met by a late send)
// until "Mark as handled"; a recommendation followed up (department and status, one Save, Close),
// moved to the Bin, restored, with its department and status back.
//
// "Mark as submitted" asks for the file through a native dialog, which WebDriver cannot drive:
// as in sent.test.mjs, the submission is marked with the CLI (`cityrights submission
// mark-submitted`, the same core function) while the app is closed.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { newEngagement, newSubmission, setUpCity } from '../flows.mjs';
import { cli } from '../cli.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, press, saveState, seeText, showsText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 420_000 };
const ENGAGEMENT = 'UPR of Slovenia, 5th cycle';
const SUBMISSION = 'Submission of the City of Ljubljana';
const FIRST = 'Section text: Summary and key words';
const SENTENCE = 'The city connected 1,200 homes to the water supply in 2025.';
const CITED = 'The city connected 1,200 homes to the water supply in 2025 (A/HRC/59/15, para. 140.212).';

// A Working Group report's recommendations 140.1 to 140.213, as pdftotext gives them (the
// importer reads numbered chains from N.1, so the whole section is pasted, as an officer copies
// it from the PDF); 140.212 is the one the submission cites.
const WATER = 'Ensure access to safe drinking water and sanitation for all, including in informal settlements';
const REPORT = [
  'II. Conclusions and/or recommendations',
  '140. The following recommendations will be examined by Slovenia:',
  ...Array.from({ length: 213 }, (_, i) =>
    i + 1 === 212 ? `140.212 ${WATER} (Spain);` : `140.${i + 1} Continue its efforts on the matter numbered ${i + 1} in this list (Portugal);`,
  ),
  '141. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).',
].join('\n');

/** `YYYY-MM-DD`, `days` from today (the app's clock is the real one). */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The text of the element matching `selector` once it is displayed. */
async function textOf(app, selector) {
  return String(await (await app.find(selector)).getProperty('textContent'));
}

const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

const dialogOpen = (app) => app.session.execute(() => document.querySelector('dialog[open]') !== null);

/** Whether a button named `name` (aria-label or text) is displayed. */
const buttonShown = async (app, name) => {
  for (const el of await app.session.$$(`//button[@aria-label='${name}' or normalize-space(.)='${name}']`)) {
    if (await el.isDisplayed()) return true;
  }
  return false;
};

const missedListShown = (app) => app.session.$('section[aria-labelledby="dash-overdue"]').isExisting();

/** Types at the end of a section's text, as a person does (or only puts the cursor there). */
async function typeAtEnd(app, text = '') {
  const box = await textbox(app, FIRST);
  await press(app, box);
  await app.session.keys(['End']);
  if (text) await box.addValue(text);
}

/** Pastes `text` into the field labelled `label` at once, line breaks included, as from a PDF reader. */
async function paste(app, label, text) {
  const el = await field(app, label);
  await app.session.execute(
    (e, v) => {
      e.value = v;
      e.dispatchEvent(new Event('input', { bubbles: true }));
    },
    el,
    text,
  );
}

/** The dashboard's next milestone: the session, beyond 90 days. */
async function expectSessionNext(app) {
  const next = await textOf(app, '[data-testid="next-due"]');
  assert.match(next, /Working Group session \(review\)/);
  const days = Number(next.match(/in (\d+) days/)?.[1]);
  assert.ok(days > 90 && days <= 150, `the session is the next milestone, beyond 90 days: ${next}`);
}

test('an officer’s day: past window, citation, sent and read-only, new version, handled, follow-up, bin and back', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await app.session.setWindowRect(0, 0, 1366, 768);

      // 1. Set up the city.
      await setUpCity(app);

      // 2. A UPR engagement whose session is 150 days away: the proposal says the window closed.
      await newEngagement(app, ENGAGEMENT, { sessionDate: inDays(150), sessionEndDate: inDays(161) });
      const windowRow = await app.session.execute(
        () =>
          [...document.querySelectorAll('[data-testid="proposal-row"]')]
            .map((r) => r.textContent ?? '')
            .find((text) => text.includes('Submission window closes')) ?? '',
      );
      assert.match(windowRow, /Already past\./, `the window's row says it is past: ${windowRow}`);
      assert.match(windowRow, /By this estimate the submission window closed on/);
      await app.screenshot('officers-day-proposal-past');
      await (await button(app, 'Add the selected milestones')).click();
      await button(app, 'Add milestone');

      // The dashboard: the missed window, and the session as the next milestone (beyond 90 days).
      await (await link(app, 'Dashboard')).click();
      await seeText(app, 'Missed deadlines');
      const missed = await textOf(app, 'section[aria-labelledby="dash-overdue"]');
      assert.match(missed, /Submission window closes/);
      assert.match(missed, /overdue by \d+ days/);
      await expectSessionNext(app);
      assert.doesNotMatch(await textOf(app, 'main'), /Nothing is due in the next 90 days/);
      await app.screenshot('officers-day-dashboard-missed');

      // 3. Draft a submission with a citation typed after "in 2025.".
      await (await link(app, ENGAGEMENT)).click();
      await newSubmission(app, SUBMISSION);
      await typeAtEnd(app, SENTENCE);
      await typeAtEnd(app);
      await press(app, await button(app, 'Add citation'));
      await fill(app, 'Document symbol', 'A/HRC/59/15');
      await fill(app, 'Paragraph or recommendation', '140.212');
      await (await button(app, 'Save citation')).click();
      await eventually(async () => !(await dialogOpen(app)), 'the citation dialog to close');
      await eventually(async () => (await editorText(app, FIRST)) === CITED, 'the citation in brackets before the full stop');
      await saveState(app, 'Saved');
      await app.screenshot('officers-day-citation');

      // 4. Mark as submitted (today, with the exact file), while the app is closed.
      let marked;
      await app.restart(async () => {
        const [submission] = JSON.parse(cli(app.dbPath, ['submissions', 'list', '--json']));
        const file = join(app.tempDir, 'ljubljana-upr.docx');
        writeFileSync(file, 'the exact bytes that went to Geneva');
        marked = JSON.parse(
          cli(app.dbPath, ['submission', 'mark-submitted', '--submission', String(submission.id), '--file', file, '--channel', 'UPR online submission system', '--json']),
        );
      });
      assert.match(marked.sha256, /^[0-9a-f]{64}$/);
      assert.equal(marked.engagement_stage, 'submitted');
      await app.session.setWindowRect(0, 0, 1366, 768);

      // The text cannot be edited.
      await (await link(app, 'Submissions')).click();
      await (await link(app, SUBMISSION)).click();
      const note = await seeText(app, 'Sent: this version is read-only');
      const box = await textbox(app, FIRST);
      assert.equal(await box.getAttribute('contenteditable'), 'false');
      assert.equal(await box.getAttribute('aria-readonly'), 'true');
      await press(app, box);
      await app.session.keys(['End']);
      await app.session.keys([...' Edited after sending.']);
      assert.equal(await editorText(app, FIRST), CITED, 'the sent text did not change');
      for (const name of ['Add citation', 'Add footnote', 'Add section']) {
        assert.equal(await buttonShown(app, name), false, `"${name}" is not offered`);
      }
      await app.session.execute((e) => e.scrollIntoView({ block: 'center' }), note);
      await app.screenshot('officers-day-sent-read-only');

      // 5. Start a new version: editable again, and the record of what was sent kept.
      await press(app, await button(app, 'Start a new version'));
      await seeText(app, 'What was sent stays recorded as it is');
      await (await button(app, 'Start a new version')).click(); // the one in the open dialog
      await seeText(app, 'Started a new version of');
      const editable = await textbox(app, FIRST);
      await eventually(async () => (await editable.getAttribute('contenteditable')) === 'true', 'the text to be editable again');
      await typeAtEnd(app, ' Another 300 follow in 2026.');
      await saveState(app, 'Saved');
      assert.equal(await editorText(app, FIRST), `${CITED} Another 300 follow in 2026.`);
      await seeText(app, 'What was sent');
      await seeText(app, marked.sha256);
      await seeText(app, 'A new version was started on');
      await app.screenshot('officers-day-new-version');

      // 6. Sent today, after the estimated window closed: the window is not met. It stays missed
      // until "Mark as handled", and then goes; the session is still the next milestone.
      await (await link(app, 'Dashboard')).click();
      await seeText(app, 'Missed deadlines');
      const stillMissed = await textOf(app, 'section[aria-labelledby="dash-overdue"]');
      assert.match(stillMissed, /Submission window closes/);
      assert.doesNotMatch(stillMissed, /Met by/);
      await expectSessionNext(app);
      await app.screenshot('officers-day-dashboard-sent-late');
      await (await button(app, 'Mark as handled')).click();
      await seeText(app, '“Submission window closes” is marked as handled.');
      await eventually(async () => !(await missedListShown(app)), 'the missed list to go');
      await expectSessionNext(app);
      await app.screenshot('officers-day-dashboard-handled');

      // 7. Follow up a recommendation: import the report, set a department and a status, save once, close.
      await (await link(app, 'Recommendations')).click();
      await (await button(app, 'Import…')).click();
      await choose(app, 'What to import', 'UPR Working Group report (text)');
      await paste(app, 'Report text', REPORT);
      await fill(app, 'Document symbol', 'A/HRC/59/15');
      await (await button(app, 'Import')).click();
      await seeText(app, '213 imported, 0 updated, 0 unchanged, 0 skipped.');
      await (await button(app, 'Close')).click();
      await seeText(app, ' of 213');
      await fill(app, 'Search', 'drinking water');
      await seeText(app, 'Showing 1 of 1');
      await (await button(app, 'Open A/HRC/59/15, para. 140.212')).click();
      await seeText(app, WATER);
      await choose(app, 'Responsible department', 'Another department (type its name)');
      await fill(app, 'Name of the new department', 'Water and sanitation department');
      await choose(app, 'Status in the city', 'In progress');
      await (await button(app, 'Save follow-up')).click();
      await seeText(app, 'Saved');
      await app.screenshot('officers-day-follow-up');
      await (await button(app, 'Close')).click();
      await eventually(async () => !(await dialogOpen(app)), 'the dialog to close without a question');
      await seeText(app, 'Water and sanitation department');

      // 8. Delete it: it goes to the Bin, and comes back with its department and status.
      await (await button(app, 'Open A/HRC/59/15, para. 140.212')).click();
      await (await button(app, 'Move to bin')).click();
      await seeText(app, 'to the bin, with the city’s follow-up');
      // The question's own button (the dialog under it has one of the same name).
      await (await app.session.$("//dialog[@open][p[contains(., 'to the bin, with the city')]]//button[normalize-space(.)='Move to bin']")).click();
      await eventually(async () => !(await showsText(app, 'Water and sanitation department')), 'the binned one to leave the table');
      assert.equal(await app.session.$("//button[@aria-label='Open A/HRC/59/15, para. 140.212' or normalize-space(.)='Open A/HRC/59/15, para. 140.212']").isExisting(), false);
      await (await link(app, 'Bin')).click();
      await seeText(app, 'A/HRC/59/15, para. 140.212');
      await app.screenshot('officers-day-bin');
      await (await button(app, 'Restore')).click();
      await seeText(app, '“A/HRC/59/15, para. 140.212” was restored.');
      await (await link(app, 'Recommendations')).click();
      await seeText(app, ' of 213');
      await fill(app, 'Search', 'drinking water');
      await seeText(app, 'Showing 1 of 1');
      await (await button(app, 'Open A/HRC/59/15, para. 140.212')).click();
      await seeText(app, WATER);
      assert.equal(await (await field(app, 'Responsible department')).getValue(), 'Water and sanitation department');
      assert.equal(await (await field(app, 'Status in the city')).getValue(), 'in_progress');
      await app.screenshot('officers-day-restored');
    },
    { env: { TZ: 'Europe/Zurich' } },
  );
});
