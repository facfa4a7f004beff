// Recommendations, end to end: a Working Group report's text pasted and imported, a search
// that filters the table, three recommendations tagged at once, and the tags still there after
// the app is closed and opened again. Also: a text with no recommendations is refused in plain
// words and what was typed stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, seeText, showsText } from '../ui.mjs';

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

/** The checkbox that selects one recommendation in the table. */
async function select(app, reference) {
  const box = await app.session.$(`//input[@type='checkbox' and @aria-label='Select ${reference}']`);
  await box.waitForDisplayed({ timeout: 20_000 });
  await box.click();
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
    await fill(app, 'Responsible department', 'Housing department');
    await (await button(app, 'Save follow-up')).click();
    await seeText(app, 'Saved');
    await app.screenshot('recommendations-detail');
    await app.session.keys('Escape');

    await app.restart();
    await (await link(app, 'Recommendations')).click();
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
