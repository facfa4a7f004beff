// Personal data, end to end: a consultation with two participants recorded on the engagement
// screen, one person found and erased from Settings after the question that lists where they
// appear, and after a restart the consultation is still there with "Participant 1" in her
// place and the other person intact; then the consultation is deleted after the question that
// names it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible, axeAudit } from '../axe.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 180_000 };

test('a consultation with two participants; one person erased; after a restart the consultation remains anonymised for her only', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');

    await (await button(app, 'Add consultation')).click();
    await field(app, 'Name of participant 1'); // the form is there before axe looks
    await audit.check('the consultation form');
    // Nothing typed is lost on a refusal: an empty topic is refused next to the field.
    await fill(app, 'Date', '2026-03-02');
    await choose(app, 'Format', 'Meeting');
    await fill(app, 'Name of participant 1', 'Ana Novak');
    await fill(app, 'Organisation of participant 1', 'Legal Aid Network');
    await fill(app, 'E-mail of participant 1 (optional)', 'ana@ngo.example');
    await (await button(app, 'Add participant')).click();
    await fill(app, 'Name of participant 2', 'Marko Kranjc');
    await fill(app, 'Organisation of participant 2', 'Housing department');
    await (await button(app, 'Save')).click();
    await seeText(app, 'The topic cannot be empty');
    await audit.check('the consultation form with its error and two participants');
    await fill(app, 'Topic', 'Housing round table');
    await (await button(app, 'Save')).click();
    await seeText(app, 'Consultation saved.');
    await seeText(app, 'Ana Novak, Legal Aid Network');
    await seeText(app, 'Marko Kranjc, Housing department');
    await audit.check('an engagement with a consultation');

    await (await link(app, 'Settings')).click();
    await seeText(app, 'Keep personal data for (months)');
    await fill(app, 'Name or e-mail', 'novak');
    await (await button(app, 'Find')).click();
    await seeText(app, 'participant 1');
    await audit.check('the personal data found for a name');
    await (await button(app, 'Erase Ana Novak…')).click();
    await seeText(app, 'Erase Ana Novak everywhere?');
    await audit.check('the question before erasing a person everywhere');
    await app.screenshot('personal-data-erase-question');
    await (await button(app, 'Erase everywhere')).click();
    await seeText(app, 'Erased: 1 participant anonymised in 1 consultation');
    audit.assertNone();

    await app.restart();
    await (await link(app, 'Engagements')).click();
    await (await link(app, 'UPR of Slovenia, 4th cycle')).click();
    await seeText(app, 'Housing round table');
    await seeText(app, 'Participant 1, Legal Aid Network');
    await seeText(app, 'Marko Kranjc, Housing department');
    await eventually(async () => !(await showsText(app, 'Ana Novak')), 'her name to be gone');
    assert.equal(await showsText(app, 'ana@ngo.example'), false);
    await app.screenshot('personal-data-after-restart');

    // Deleted after the question that names it: gone with its list of participants.
    await (await app.find('[data-testid="consultation-row"] button.danger')).click();
    await seeText(app, 'Delete the consultation “Housing round table” and its list of participants?');
    await assertAccessible(app, 'the question before deleting a consultation');
    await (await button(app, 'Delete for good')).click();
    await seeText(app, 'Consultation deleted.');
    await eventually(async () => (await app.session.$$('[data-testid="consultation-row"]')).length === 0, 'the consultation to be gone');
    assert.equal(await showsText(app, 'Marko Kranjc'), false, 'its participants are gone with it');
  });
});
