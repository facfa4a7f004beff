// The core's own words in the interface's language (issue #16): the compliance checks of a
// submission are written by the core, not the page; with LANG=fr_FR.UTF-8 they are French, and
// after the language is changed in Settings to Arabic they are Arabic, without a restart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, link, seeText, showsText } from '../ui.mjs';
import { words } from '../words.mjs';

const TIMEOUT = { timeout: 240_000 };
// The demo is loaded with LANG=fr_FR.UTF-8, so its city is written in French, and its data stays
// French when the interface changes to Arabic afterwards.
const SUBMISSION = words('fr')('demo.submission_title');

/** The message of the compliance check with `code`, as the submission screen shows it. */
function checkMessage(app, code) {
  return app.session.execute(
    (c) => document.querySelector(`li[data-code="${c}"] .message`)?.textContent?.trim() ?? '',
    code,
  );
}

/** Brings the checks into view, for the screenshot. */
function showChecks(app) {
  return app.session.execute(() => document.getElementById('checks-title')?.scrollIntoView());
}

/** Opens the demo submission from the Submissions list, in the language `w` speaks. */
async function openSubmission(app, w) {
  await (await link(app, w('submissions.nav'))).click();
  await (await link(app, SUBMISSION)).click();
  await seeText(app, w('drafting.checks'));
}

test('the compliance checks follow the interface language: French from LANG, Arabic once chosen in Settings', TIMEOUT, async (t) => {
  const fr = words('fr');
  const ar = words('ar');
  await withApp(
    t,
    async (app) => {
      const audit = axeAudit(app);
      await (await button(app, fr('welcome.demo'))).click();
      await openSubmission(app, fr);
      // The UPR's check on formats: the shipped note on whose format rule it is, then the
      // core's advice, both in French.
      const french = fr('compliance.formats_noted', { note: '', formats: 'Word (.docx)' }).trim();
      await eventually(async () => (await checkMessage(app, 'formats')).endsWith(french), `the check on formats to end with "${french}"`);
      assert.ok((await checkMessage(app, 'formats')).startsWith(fr('rule.UPR.formats_note')), 'the shipped note in French');
      await audit.check('the submission screen with its checks in French');
      await showChecks(app);
      await app.screenshot('fr-submission-checks');

      await (await link(app, fr('nav.settings'))).click();
      await choose(app, fr('settings.language_label'), 'العربية');
      await seeText(app, ar('settings.title'));
      await openSubmission(app, ar);
      const arabic = ar('compliance.formats_noted', { note: '', formats: 'Word (.docx)' }).trim();
      await eventually(async () => (await checkMessage(app, 'formats')).endsWith(arabic), `the check on formats to end with "${arabic}"`);
      assert.ok(!(await checkMessage(app, 'formats')).includes(french), 'no French left in the check');
      await audit.check('the submission screen with its checks in Arabic');
      await showChecks(app);
      await app.screenshot('ar-submission-checks');

      // A named version in Arabic: its date and time come from one Intl format, joined with
      // the Arabic comma "،" — never the Latin ", " that gluing date and time used to put in.
      await (await button(app, ar('revisions.open'))).click();
      await fill(app, ar('revisions.name_label'), 'النسخة الأولى');
      await (await button(app, ar('revisions.name_save'))).click();
      const when = () =>
        app.session.execute(
          () => document.querySelector('[data-testid="revision-row"] td')?.textContent?.trim() ?? '',
        );
      await eventually(async () => (await when()).includes('،'), 'a revision row with its time in Arabic');
      assert.ok(!(await when()).includes(','), `no Latin comma in "${await when()}"`);
      await audit.check('the revisions panel with a named version in Arabic');
      await app.session.execute(() => document.querySelector('[data-testid="revision-row"]')?.scrollIntoView());
      await app.screenshot('ar-revision-timestamp');
      audit.assertNone();
    },
    { env: { LANG: 'fr_FR.UTF-8' } },
  );
});

test('a pasted report with no recommendations is refused in French: the shell words the import refusal in the interface language', TIMEOUT, async (t) => {
  const fr = words('fr');
  await withApp(
    t,
    async (app) => {
      await (await button(app, fr('welcome.demo'))).click();
      await (await link(app, fr('nav.recommendations'))).click();
      await (await button(app, fr('recommendations.import_button'))).click();
      await choose(app, fr('recommendations.import_kind'), fr('recommendations.import_kind.report'));
      await fill(app, fr('recommendations.report_text'), 'Rien de numéroté ici.');
      await fill(app, fr('recommendations.symbol'), 'A/HRC/59/15');
      await (await button(app, fr('recommendations.import'))).click();
      // The core's refusal, worded by the catalogue in French (it reached the page in
      // English before: the shell passed the importer's error on without wording it).
      await seeText(app, fr('error.report_none_found').slice(0, 40));
      assert.equal(await showsText(app, 'No recommendations were found'), false, 'no English refusal');
      const audit = axeAudit(app);
      await audit.check('the import dialog with its refusal in French');
      audit.assertNone();
      await app.screenshot('fr-import-refused');
    },
    { env: { LANG: 'fr_FR.UTF-8' } },
  );
});
