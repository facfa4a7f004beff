// Recommendations, end to end: a Working Group report's text pasted and imported, a search
// that filters the table, three recommendations tagged at once, and the tags still there after
// the app is closed and opened again. Also: a text with no recommendations is refused in plain
// words and what was typed stays. And (issue #20, parts 5 and 6): at 1366×768 the table shows
// several rows under the folded filters and selecting rows does not move it; the follow-up
// dialog asks before Escape drops unsaved work; "Set department" asks before replacing one set
// by hand; a recommendation with its follow-up goes to the Bin and comes back whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, press, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };

// As pdftotext gives it: a page break (footer, job number, symbol) in the middle of 140.3 and a
// State's name with parentheses of its own.
const REPORT = `II. Conclusions and/or recommendations
140. The following recommendations will be examined by Slovenia:
140.1 Ratify the International Convention on the Protection of the Rights of All Migrant
Workers and Members of Their Families (Algeria) (Cabo Verde);
140.2 Adopt a national housing strategy that guarantees access to adequate housing for
Roma, including water and sanitation (Venezuela (Bolivarian Republic of));
140.3 Take steps to build the capacity of law enforcement to address hate crimes, including
GE.25-02819 11
A/HRC/59/15
recording of data on hate crimes (United Kingdom of Great Britain and Northern Ireland);
140.4 Ratify the Optional Protocol to the International Covenant on Economic, Social and
Cultural Rights (Maldives) (Portugal);
140.5 Strengthen measures to reduce statelessness (Iraq).
141. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).`;

/**
 * Pastes `text` into the field labelled `label`, as a person pastes from a PDF reader: the
 * whole text at once, line breaks included (WebDriver's typing drops line breaks in a textarea).
 */
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

/** The checkbox that selects one recommendation in the table (brought clear of the bulk bar). */
async function select(app, reference) {
  const box = await app.session.$(`//input[@type='checkbox' and @aria-label='Select ${reference}']`);
  await box.waitForDisplayed({ timeout: 20_000 });
  await press(app, box);
}

test('a report is imported, filtered, three recommendations tagged, and the tags survive a restart', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await (await link(app, 'Recommendations')).click();
    await seeText(app, 'No recommendations yet');

    // A text without numbered recommendations: refused, nothing imported, the text kept.
    await (await button(app, 'Import…')).click();
    await choose(app, 'What to import', 'UPR Working Group report (text)');
    await fill(app, 'Report text', 'Nothing numbered here.');
    await fill(app, 'Document symbol', 'A/HRC/59/15');
    await (await button(app, 'Import')).click();
    await seeText(app, 'No recommendations were found');
    assert.equal(await (await field(app, 'Report text')).getValue(), 'Nothing numbered here.');

    await paste(app, 'Report text', REPORT);
    await (await button(app, 'Import')).click();
    await seeText(app, '5 imported, 0 updated, 0 unchanged, 0 skipped.');
    await app.screenshot('recommendations-import');
    await (await button(app, 'Close')).click();
    await seeText(app, 'Showing 5 of 5');
    await seeText(app, 'The last import added 5 new recommendations.');

    // Filter: a search marks its hits and narrows the table.
    await fill(app, 'Search', 'ratify');
    await seeText(app, 'Showing 2 of 2');
    const marks = await app.session.$$('mark');
    assert.ok(marks.length >= 2, 'the hits are marked');
    await (await button(app, 'Show all')).click();
    await seeText(app, 'Showing 5 of 5');
    await app.screenshot('recommendations-table');

    // Tag three at once.
    await select(app, 'A/HRC/59/15, para. 140.1');
    await select(app, 'A/HRC/59/15, para. 140.2');
    await select(app, 'A/HRC/59/15, para. 140.4');
    await seeText(app, '3 selected');
    await fill(app, 'Tag to add or remove', 'housing');
    await (await button(app, 'Add tag')).click();
    await seeText(app, 'Tag added to 3 recommendations.');
    await app.screenshot('recommendations-tagged');

    // The detail panel of one of them.
    await (await button(app, 'Open A/HRC/59/15, para. 140.2')).click();
    await seeText(app, 'Venezuela (Bolivarian Republic of)');
    await choose(app, 'Municipal competence', 'Exclusive');
    // Departments come from the city's list; a new one is typed and joins it.
    await choose(app, 'Responsible department', 'Another department (type its name)');
    await fill(app, 'Name of the new department', 'Housing department');
    await (await button(app, 'Save follow-up')).click();
    await seeText(app, 'Saved');
    await app.screenshot('recommendations-detail');
    await app.session.keys('Escape');

    await app.restart();
    await (await link(app, 'Recommendations')).click();
    await (await button(app, 'More filters')).click();
    await choose(app, 'Tag', 'housing');
    await seeText(app, 'Showing 3 of 3');
    const rows = await app.session.$$("//tr[@data-testid='recommendation-row']");
    await eventually(async () => (await app.session.$$("//tr[@data-testid='recommendation-row']")).length === 3, 'three tagged rows');
    assert.ok(rows.length >= 1);
    for (const para of ['140.1', '140.2', '140.4']) assert.ok(await showsText(app, para), `${para} is tagged`);
    assert.ok(!(await showsText(app, '140.3')), '140.3 is not tagged');
    await seeText(app, 'Housing department');

    // The dashboard: what the last import added, and status by theme.
    await (await link(app, 'Dashboard')).click();
    await seeText(app, 'The last import added 5 new recommendations.');
    await seeText(app, 'Local status by theme');
    await app.screenshot('dashboard-recommendations');
  });
});

/** The page position of the row of `paragraph` in the table (its top, in CSS pixels). */
async function rowTop(app, paragraph) {
  return app.session.execute((p) => {
    const row = [...document.querySelectorAll("tr[data-testid='recommendation-row']")].find((r) => r.querySelector('td.ref button')?.textContent?.trim() === p);
    return row ? row.getBoundingClientRect().top + window.scrollY : null;
  }, paragraph);
}

/** How many rows of the table are wholly in the window now, clear of the floating bulk bar. */
async function rowsInView(app) {
  return app.session.execute(() => {
    const bar = document.querySelector('section.bulk');
    const bottom = bar ? bar.getBoundingClientRect().top : window.innerHeight;
    return [...document.querySelectorAll("tr[data-testid='recommendation-row']")].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= 0 && b.bottom <= bottom;
    }).length;
  });
}

test('follow-up is never lost, bulk changes ask first, and a recommendation goes to the Bin and comes back whole', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await app.session.setWindowRect(0, 0, 1366, 768);
    await setUpCity(app);
    await (await link(app, 'Recommendations')).click();
    await (await button(app, 'Import…')).click();
    await choose(app, 'What to import', 'UPR Working Group report (text)');
    await paste(app, 'Report text', REPORT);
    await fill(app, 'Document symbol', 'A/HRC/59/15');
    await (await button(app, 'Import')).click();
    await seeText(app, '5 imported, 0 updated, 0 unchanged, 0 skipped.');
    await (await button(app, 'Close')).click();
    await seeText(app, 'Showing 5 of 5');

    // At 1366×768 the filters take one row and more than one row of the table shows.
    const { innerWidth, innerHeight } = await app.session.execute(() => ({ innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
    assert.ok(innerWidth >= 1300 && innerHeight >= 650, `the window is about 1366×768 (${innerWidth}×${innerHeight})`);
    await eventually(async () => (await rowsInView(app)) > 1, 'more than one row of the table in view');
    assert.ok(!(await showsText(app, 'Mechanism')), 'the rarer filters are folded');
    await app.screenshot('recommendations-1366x768');

    // Selecting rows brings the bulk bar without moving the table under the pointer.
    const before = await rowTop(app, '140.3');
    await select(app, 'A/HRC/59/15, para. 140.1');
    await seeText(app, '1 selected');
    assert.equal(await rowTop(app, '140.3'), before, 'the table did not move when the bulk bar came');
    await select(app, 'A/HRC/59/15, para. 140.2');
    await select(app, 'A/HRC/59/15, para. 140.3');
    await seeText(app, '3 selected');
    assert.equal(await rowTop(app, '140.3'), before);
    assert.ok((await rowsInView(app)) > 1, 'rows still show above the bulk bar');
    await app.screenshot('recommendations-bulk-1366x768');
    await audit.check('the recommendations with three selected (the bulk bar)');
    await (await button(app, 'Clear selection')).click();

    // The follow-up of 140.2, typed but not saved: Escape asks, and keeps it.
    await (await button(app, 'Open A/HRC/59/15, para. 140.2')).click();
    await choose(app, 'Municipal competence', 'Shared');
    await choose(app, 'Responsible department', 'Another department (type its name)');
    await fill(app, 'Name of the new department', 'Housing department');
    await choose(app, 'Status in the city', 'In progress');
    await fill(app, 'Tags', 'housing, roma');
    await fill(app, 'Date', '2026-03-01');
    await fill(app, 'What was done', 'Council decision 2026/14 funds 200 homes');
    await seeText(app, 'Unsaved changes');
    await app.session.keys('Escape');
    await seeText(app, 'has changes you have not saved. Save them before closing?');
    await app.screenshot('recommendations-unsaved-question');
    await audit.check('the question about unsaved follow-up');
    await (await button(app, 'Keep editing')).click();
    assert.equal(await (await field(app, 'Tags')).getValue(), 'housing, roma', 'what was typed is still there');
    await (await button(app, 'Save follow-up')).click();
    await seeText(app, 'Saved');
    await seeText(app, 'Council decision 2026/14 funds 200 homes');
    await app.session.keys('Escape');
    await seeText(app, 'Showing 5 of 5');

    // "Set department" on three rows, one of which has a department set by hand: it asks.
    await select(app, 'A/HRC/59/15, para. 140.1');
    await select(app, 'A/HRC/59/15, para. 140.2');
    await select(app, 'A/HRC/59/15, para. 140.3');
    await choose(app, 'Department to set', 'Another department (type its name)');
    await fill(app, 'Name of the new department', 'Social services');
    await (await button(app, 'Set department')).click();
    await seeText(app, '1 of the 3 selected already has a department; replace it?');
    await app.screenshot('recommendations-bulk-question');
    await audit.check('the question before replacing a department set by hand');
    await (await button(app, 'Keep theirs, change the other 2')).click();
    await seeText(app, '2 recommendations changed.');
    await seeText(app, 'Housing department');
    await (await button(app, 'Clear selection')).click();

    // Move it to the bin, with its follow-up.
    await (await button(app, 'Open A/HRC/59/15, para. 140.2')).click();
    await seeText(app, 'Council decision 2026/14 funds 200 homes');
    await (await button(app, 'Move to bin')).click();
    await seeText(app, 'to the bin, with the city’s follow-up');
    await audit.check('the question before moving a recommendation to the bin');
    // The question's own button (the dialog under it has one of the same name).
    await (await app.session.$("//dialog[@open][p[contains(., 'to the bin, with the city')]]//button[normalize-space(.)='Move to bin']")).click();
    await seeText(app, 'Showing 4 of 4');
    assert.ok(!(await showsText(app, 'Housing department')), 'the binned one is out of the table');

    // In the Bin, and back whole.
    await (await link(app, 'Bin')).click();
    await seeText(app, 'A/HRC/59/15, para. 140.2');
    await seeText(app, 'Adopt a national housing strategy');
    await app.screenshot('bin-recommendation');
    await audit.check('the bin with a recommendation in it');
    await (await button(app, 'Restore')).click();
    await seeText(app, '“A/HRC/59/15, para. 140.2” was restored.');
    await (await link(app, 'Recommendations')).click();
    await seeText(app, 'Showing 5 of 5');
    await (await button(app, 'Open A/HRC/59/15, para. 140.2')).click();
    await seeText(app, 'Council decision 2026/14 funds 200 homes');
    assert.equal(await (await field(app, 'Municipal competence')).getValue(), 'shared');
    assert.equal(await (await field(app, 'Responsible department')).getValue(), 'Housing department');
    assert.equal(await (await field(app, 'Status in the city')).getValue(), 'in_progress');
    assert.equal(await (await field(app, 'Tags')).getValue(), 'housing, roma');
    await app.screenshot('recommendation-restored');
    audit.assertNone();
  });
});
