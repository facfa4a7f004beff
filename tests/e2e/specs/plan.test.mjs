// The implementation plan, end to end: recommendations imported through the UI, an action
// refused without a recommendation (the core's message, the title kept), then added on one,
// an indicator under it, a measurement recorded, and the progress the core computed shown as
// text — still there after the app is closed and opened again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UPR_REPORT, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { assertAccessible } from '../axe.mjs';
import { button, choose, field, fill, link, seeText } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };


const TITLE = 'Connect Roma settlements to water';

/** Pastes `text` into the field labelled `label`, line breaks included. */
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

/** Ticks the recommendation whose reference contains `paragraph` in the open dialog. */
async function tick(app, paragraph) {
  const box = await app.session.$(`//dialog[@open]//label[contains(., 'para. ${paragraph}')]//input[@type='checkbox']`);
  await box.waitForDisplayed({ timeout: 20_000 });
  await box.click();
}

test('an action on an imported recommendation, an indicator, a measurement, and the progress shown', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);

    await (await link(app, 'Plan')).click();
    await seeText(app, 'No actions yet');
    await seeText(app, 'Import recommendations, then add the actions the city takes on them.');

    await (await link(app, 'Recommendations')).click();
    await (await button(app, 'Import…')).click();
    await choose(app, 'What to import', 'UPR Working Group report (text)');
    await paste(app, 'Report text', UPR_REPORT);
    await fill(app, 'Document symbol', 'A/HRC/59/15');
    await (await button(app, 'Import')).click();
    await seeText(app, '3 imported, 0 updated, 0 unchanged, 0 skipped.');
    await (await button(app, 'Close')).click();

    // An action without a recommendation: the core's message, and the title stays.
    await (await link(app, 'Plan')).click();
    await (await button(app, 'New action')).click();
    await fill(app, 'Title', TITLE);
    await (await button(app, 'Save')).click();
    await seeText(app, 'An action must address at least one recommendation.');
    assert.equal(await (await field(app, 'Title')).getValue(), TITLE);

    await fill(app, 'Find a recommendation', 'housing');
    await tick(app, '140.2');
    await seeText(app, '1 chosen');
    await fill(app, 'Lead department', 'Water utility');
    await fill(app, 'Start', '2026-01-15');
    await fill(app, 'Due', '2027-12-31');
    await (await button(app, 'Save')).click();
    await seeText(app, 'Water utility');
    await seeText(app, 'A/HRC/59/15, para. 140.2');
    await seeText(app, 'Adopt a national housing strategy');

    // An indicator under it, then a measurement: the core's progress, as text and a bar.
    await (await button(app, `Add indicator to ${TITLE}`)).click();
    await fill(app, 'Name', 'Households connected');
    await fill(app, 'Unit', 'households');
    await fill(app, 'Baseline value', '100');
    await fill(app, 'Baseline date', '2026-01-01');
    await fill(app, 'Target value', '500');
    await fill(app, 'Target date', '2027-12-31');
    await (await button(app, 'Add indicator')).click();
    await seeText(app, 'No measurement yet: record one to see progress.');

    await (await button(app, 'Record a measurement')).click();
    await fill(app, 'Value (households)', '200');
    await fill(app, 'Date', '2026-10-01');
    await fill(app, 'Source', 'Water utility connection register');
    await (await button(app, 'Record')).click();
    await seeText(app, '25% of the way to the target');
    const bar = await app.session.$("//progress[@aria-label='Progress of Households connected']");
    assert.equal(Number(await bar.getAttribute('value')), 0.25);
    await app.screenshot('plan');

    // The indicator edited in place: its fields start as they are; the target moves, and the
    // core's progress follows (200 of 100→400 is a third of the way).
    await (await button(app, 'Edit the indicator Households connected')).click();
    assert.equal(await (await field(app, 'Target value')).getValue(), '500');
    await assertAccessible(app, 'the indicator edit dialog');
    await fill(app, 'Target value', '400');
    await (await button(app, 'Save changes')).click();
    await seeText(app, '33% of the way to the target');

    // A value typed wrong is recorded, then removed after the question: the progress is counted
    // again without it.
    await (await button(app, 'Record a measurement')).click();
    await fill(app, 'Value (households)', '999');
    await fill(app, 'Date', '2026-11-01');
    await fill(app, 'Source', 'Typed wrong');
    await (await button(app, 'Record')).click();
    await seeText(app, '100% of the way to the target');
    await (await button(app, 'Show details')).click();
    await (await button(app, 'Remove the value 999 of Sun 1 Nov 2026')).click();
    await seeText(app, 'The progress is counted again without it.');
    await assertAccessible(app, 'the question before removing a measurement');
    await (await app.session.$("//dialog[@open]//button[normalize-space(.)='Remove']")).click();
    await seeText(app, '33% of the way to the target');

    // Grouped by status: the action was saved as planned.
    await (await app.session.$("//label[normalize-space(.)='Status']/input[@type='radio']")).click();
    await (await app.session.$("//h3[starts-with(normalize-space(.), 'Planned (1)')]")).waitForDisplayed({ timeout: 20_000 });

    await app.restart();
    await (await link(app, 'Plan')).click();
    await seeText(app, TITLE);
    await seeText(app, '33% of the way to the target');
  });
});
