// Accessibility, end to end: axe-core (WCAG 2.0/2.1 A and AA rules, every impact) run inside the
// real window on every screen and every state an officer reaches — dialogs open, forms with
// their errors shown, the calendar's month, week and agenda, the editor with its toolbar and
// dialogs, the PDF preview, recommendations and the plan. Each test lists every violation it
// found (which rule, which element, what to fix) and fails if there is any. Every walk runs in
// English and again in Arabic (LANG=ar_EG.UTF-8: the page mirrored, right to left), finding
// its way by the catalogue's words in that language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { setUpCity, UPR_REPORT } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, field, fill, link, press, seeText, showsText, textbox } from '../ui.mjs';
import { piece, words, wordsAsShown } from '../words.mjs';
import { scrollsSideways, zoomTo200 } from '../zoom.mjs';

const TIMEOUT = { timeout: 400_000 };

/** The two languages every walk runs in: English, and Arabic, the right-to-left one. */
const LANGUAGES = [
  { code: 'en', env: {} },
  { code: 'ar', env: { LANG: 'ar_EG.UTF-8' } },
];


/** Presses Escape (closes the open dialog) and waits until no dialog is open. */
async function escape(app) {
  await app.session.keys(['Escape']);
  await eventually(async () => !(await app.session.$('dialog[open]').isExisting()), 'the dialog to close');
}

for (const { code, env } of LANGUAGES) {
  const w = words(code);
  // The demo city is written in the interface's language (src/app/demo.rs).
  const SUBMISSION = w('demo.submission_title');
  const ENGAGEMENT = w('demo.upr_title');
  const shown = wordsAsShown(code);
  /** Waits until the page shows the words of `key` that no variable interrupts. */
  const sees = (app, key, names, timeout) => seeText(app, piece(w, key, names), timeout);

  test(`${code}: the welcome screen, the city form with its errors, and the first dashboard`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        const audit = axeAudit(app);
        await seeText(app, w('welcome.title'));
        await audit.check('the welcome screen');
        await (await button(app, w('welcome.setup'))).click();
        await seeText(app, w('welcome.setup_title'));
        await audit.check('the city form');
        await (await button(app, w('common.save'))).click();
        await eventually(async () => (await app.session.$$('[aria-invalid="true"]')).length > 0, 'the form to show its errors');
        await audit.check('the city form with its errors');
        await fill(app, w('city.name'), 'Ljubljana');
        await fill(app, w('city.country'), 'SVN');
        await fill(app, w('city.state_under_review'), 'Slovenia');
        // The screen with "Try again", shown when the database cannot be read just after the
        // city is set up: the shell's answer to the first list of mechanisms is an error, as it
        // comes when the disk fails (the page's IPC runs over fetch; its one answer is replaced).
        const failure = w('error.database', { reason: 'disk I/O error' });
        await app.session.execute((message) => {
          const realFetch = window.fetch;
          window.fetch = (input, init) => {
            if (!String(input).endsWith('/list_mechanisms')) return realFetch(input, init);
            window.fetch = realFetch;
            const body = JSON.stringify({ kind: 'database', message, field: null });
            return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json', 'Tauri-Response': 'error' } }));
          };
        }, failure);
        await (await button(app, w('common.save'))).click();
        await seeText(app, failure);
        await audit.check('the start-up screen: the database could not be read, with Try again');
        await (await button(app, w('common.retry'))).click();
        await link(app, w('nav.engagements'));
        await eventually(async () => (await app.session.execute(() => document.activeElement?.id)) === 'main', 'the focus on the screen that came back');
        assert.equal(await showsText(app, failure), false, 'the failure is still on the screen');
        await audit.check('the empty dashboard');
        await (await link(app, w('nav.engagements'))).click();
        await audit.check('the empty engagements list');
        await (await button(app, w('engagements.new'))).click();
        await seeText(app, w('engagement_form.mechanism'));
        await audit.check('the new engagement form');
        await (await button(app, w('common.save'))).click();
        await eventually(async () => (await app.session.$$('[aria-invalid="true"], [role="alert"]')).length > 0, 'the form to show its errors');
        await audit.check('the new engagement form with its errors');
        await (await link(app, w('nav.plan'))).click();
        await seeText(app, w('plan.empty_title'));
        await audit.check('the empty plan');
        await (await link(app, w('nav.bin'))).click();
        await seeText(app, w('bin.empty'));
        await audit.check('the empty bin');
        audit.assertNone();
      },
      { env },
    );
  });

  test(`${code}: the demo city: dashboard, engagements, submissions, the editor and its dialogs, the preview`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        const audit = axeAudit(app);
        await (await button(app, w('welcome.demo'))).click();
        await link(app, w('nav.engagements'));
        await link(app, w('nav.settings'));
        await audit.check('the dashboard');
        // Every number in Latin digits, as the dates beside them, the core and the exports write
        // them (UN Arabic documents too): "خلال ٥ أيام" came from a count Fluent wrote.
        const indic = await app.session.execute(() => document.querySelector('main')?.textContent?.match(/.{0,20}[\u0660-\u0669].{0,20}/u)?.[0] ?? null);
        assert.equal(indic, null, `a number in Arabic-Indic digits on the dashboard: ${indic}`);

        await (await link(app, w('nav.engagements'))).click();
        await link(app, ENGAGEMENT);
        await audit.check('the engagements list');
        await (await link(app, ENGAGEMENT)).click();
        await (await button(app, w('engagement.add_milestone'))).click();
        await seeText(app, w('milestone_form.kind'));
        await audit.check('an engagement with the milestone form open');
        await (await button(app, w('common.save'))).click();
        await eventually(async () => (await app.session.$$('[aria-invalid="true"], [role="alert"]')).length > 0, 'the milestone form to show its errors');
        await audit.check('the milestone form with its errors');
        // The engagement's own form, opened with Edit (the first Edit: the milestones' come after).
        await press(app, await button(app, w('common.edit')));
        await seeText(app, w('engagement_form.edit_title'));
        await audit.check('the engagement’s edit form');
        await press(app, await button(app, w('common.cancel')));
        // A milestone's Edit (a row of the milestones table).
        const editMilestone = await app.session.$(`//table//button[normalize-space(.)='${w('common.edit')}']`);
        await editMilestone.waitForDisplayed({ timeout: 20_000 });
        await press(app, editMilestone);
        await seeText(app, w('milestone_form.edit_title'));
        await audit.check('a milestone’s edit form');

        await (await link(app, w('submissions.nav'))).click();
        await link(app, SUBMISSION);
        await audit.check('the submissions list');
        await (await link(app, SUBMISSION)).click();
        const label = shown('editor.section_text', { title: '\u0001' }).split('\u0001')[0];
        const first = await app.session.$(`[role="textbox"][aria-label^="${label}"]`);
        await first.waitForDisplayed({ timeout: 20_000 });
        await seeText(app, w('drafting.saved'));
        await audit.check('the submission editor');
        // The toolbar in use: a paragraph selected, every toggle showing its state.
        await press(app, first);
        await app.session.keys(['End']);
        await audit.check('the submission editor with the cursor in a section');

        await press(app, await button(app, w('editor.add_footnote')));
        await textbox(app, w('editor.footnote_text'));
        await audit.check('the footnote dialog');
        await escape(app);
        await press(app, await button(app, w('editor.add_citation')));
        await seeText(app, w('editor.citation_title_new'));
        await audit.check('the citation dialog');
        await (await button(app, w('editor.citation_save'))).click();
        await seeText(app, w('editor.citation_needs_symbol'));
        await audit.check('the citation dialog with its error');
        await escape(app);
        await press(app, first);
        await app.session.keys(['Home', 'Shift', 'End', 'Shift']);
        await press(app, await button(app, w('editor.link')));
        await seeText(app, w('editor.link_href'));
        await audit.check('the link dialog');
        await escape(app);

        await press(app, await button(app, w('revisions.open')));
        await seeText(app, w('revisions.name_label'));
        await audit.check('the revisions panel');

        await press(app, await button(app, w('drafting.delete')));
        await eventually(async () => app.session.$('dialog[open]').isExisting(), 'the question before deleting');
        await audit.check('the question before deleting a submission');
        await escape(app);
        // The submission's details, edited: the form, then refused with its title emptied.
        await press(app, await button(app, w('drafting.edit_details')));
        const details = (css) => app.session.$(`section[aria-labelledby="details-title"] ${css}`);
        const titleField = await details('input[id$="-title"]');
        await titleField.waitForDisplayed();
        await audit.check('the submission’s details form');
        // Emptied as a person does: everything selected, then deleted.
        await titleField.click();
        await app.session.keys(['Control', 'a']);
        await app.session.keys(['Backspace']);
        await eventually(async () => (await titleField.getValue()) === '', 'the title field to be empty');
        await press(app, await details('button[type="submit"]'));
        await eventually(async () => (await titleField.getAttribute('aria-invalid')) === 'true', 'the details form to refuse the empty title');
        await audit.check('the submission’s details form, refused with no title');
        await press(app, await details('form > .actions > button[type="button"]'));
        await eventually(async () => !(await (await details('form')).isExisting()), 'the details form to close');

        await press(app, await button(app, w('export.preview')));
        const pages = `[aria-label="${w('export.preview_pages_region')}"] figcaption`;
        await eventually(async () => (await app.session.$$(pages)).length > 0, 'the preview to show its pages', 30_000);
        await audit.check('the PDF preview');
        await (await button(app, w('export.preview_close'))).click();
        await eventually(async () => (await app.session.$$(pages)).length === 0, 'the preview to close');

        await (await link(app, w('nav.settings'))).click();
        await audit.check('the settings');
        // The city's departments: refused empty, added, renamed, and the question before removing.
        await press(app, await button(app, w('departments.add')));
        await eventually(async () => (await (await field(app, w('departments.add_label'))).getAttribute('aria-invalid')) === 'true', 'the new department refused empty');
        await audit.check('a new department refused empty');
        await fill(app, w('departments.add_label'), 'Housing department');
        await press(app, await button(app, w('departments.add')));
        await seeText(app, 'Housing department');
        await press(app, await button(app, w('departments.rename')));
        await field(app, shown('departments.rename_label', { name: 'Housing department' })); // the form is there before axe looks
        await audit.check('a department being renamed');
        await press(app, await button(app, w('common.cancel')));
        await press(app, await button(app, w('departments.remove')));
        await eventually(async () => app.session.$('dialog[open]').isExisting(), 'the question before removing a department');
        await audit.check('the question before removing a department');
        await escape(app);
        await (await link(app, w('settings.backups_link'))).click();
        await audit.check('the backups');
        await (await link(app, w('nav.library'))).click();
        await seeText(app, w('library.why'));
        await audit.check('the library');
        await (await link(app, w('nav.bin'))).click();
        await audit.check('the bin');
        if (code !== 'en') await app.screenshot(`${code}-a11y-bin`);
        // An address that leads nowhere (an old bookmark of a screen since removed).
        await app.session.execute(() => {
          window.location.hash = '#/nowhere';
        });
        await seeText(app, w('nav.not_found'));
        await audit.check('the page for an address that does not exist');
        audit.assertNone();
      },
      { env },
    );
  });

  test(`${code}: the calendar: month, week, agenda, a milestone’s details and a new milestone`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        const audit = axeAudit(app);
        await (await button(app, w('welcome.demo'))).click();
        await (await link(app, w('calendar.nav'))).click();
        await app.find('.fc-event');
        await audit.check('the calendar, month view');
        await (await button(app, w('calendar.week'))).click();
        await app.find('.fc-timegrid');
        // The demo's timed milestone ("Departments send their sections", noon in six days) is in
        // this week or the next: its block holds its time, title and "soon" tag whole.
        if (!(await app.session.$('.fc-timegrid-event').isExisting())) await (await button(app, w('calendar.next'))).click();
        await app.find('.fc-timegrid-event .cr-tag');
        const cut = await app.session.execute(() =>
          [...document.querySelectorAll('.fc-timegrid-event')].flatMap((box) => {
            const outer = box.getBoundingClientRect();
            return [...box.querySelectorAll('.cr-event-body > *')]
              .filter((part) => {
                const r = part.getBoundingClientRect();
                return r.bottom > outer.bottom + 0.5 || r.top < outer.top - 0.5 || r.left < outer.left - 0.5 || r.right > outer.right + 0.5;
              })
              .map((part) => part.textContent);
          }),
        );
        assert.deepEqual(cut, [], 'parts of a timed milestone drawn outside its block in the week view');
        await audit.check('the calendar, week view');
        await (await button(app, w('calendar.agenda'))).click();
        await eventually(async () => !(await app.session.$('.fc-timegrid').isDisplayed()), 'the agenda to show');
        await audit.check('the calendar, agenda');
        await (await button(app, w('calendar.month'))).click();
        await (await app.find('.fc-daygrid-day .fc-event')).click();
        await sees(app, 'calendar.reminders_days', ['days']);
        await audit.check('the calendar with a milestone’s details');
        await (await button(app, w('calendar.new_milestone'))).click();
        // The demo has several engagements: the panel asks which one first, then shows the form.
        await field(app, w('calendar.choose_engagement'));
        await audit.check('the calendar asking which engagement a new milestone is for');
        await choose(app, w('calendar.choose_engagement'), w('demo.upr_title'));
        await field(app, w('milestone_form.kind'));
        await audit.check('the calendar with a new milestone');
        if (code !== 'en') await app.screenshot(`${code}-a11y-calendar-new-milestone`);
        audit.assertNone();
      },
      { env },
    );
  });

  test(`${code}: recommendations: the import dialog, the table, a recommendation, and the plan’s forms`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        const audit = axeAudit(app);
        await setUpCity(app, w);
        await (await link(app, w('nav.recommendations'))).click();
        await audit.check('the empty recommendations');
        await (await button(app, w('recommendations.import_button'))).click();
        await choose(app, w('recommendations.import_kind'), w('recommendations.import_kind-report'));
        await audit.check('the import dialog');
        await app.session.execute((v) => {
          const el = [...document.querySelectorAll('dialog[open] textarea')][0];
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, UPR_REPORT);
        await fill(app, w('recommendations.symbol'), 'A/HRC/59/15');
        await (await button(app, w('recommendations.import'))).click();
        await sees(app, 'recommendations.import_done', ['imported', 'updated', 'unchanged', 'skipped']);
        await audit.check('the import dialog after an import');
        await (await button(app, w('recommendations.close'))).click();
        await seeText(app, 'Adopt a national housing strategy');
        await audit.check('the recommendations table');
        // The citation stays as the UN writes it, whatever the interface's language.
        await (await button(app, shown('recommendations.open', { ref: 'A/HRC/59/15, para. 140.2' }))).click();
        await seeText(app, w('recommendations.detail_competence'));
        await audit.check('a recommendation’s details');
        await escape(app);
        // One no file brings, typed in: the form, then refused empty with its messages.
        await (await button(app, w('recommendations.add'))).click();
        await seeText(app, w('recommendations.recommended_by'));
        await audit.check('the form to add a recommendation');
        await (await button(app, w('common.save'))).click();
        await eventually(async () => (await app.session.$$('dialog[open] [aria-invalid="true"]')).length > 0, 'the form to show its errors');
        await audit.check('the form to add a recommendation, refused empty');
        await escape(app);

        await (await link(app, w('nav.plan'))).click();
        await (await button(app, w('plan.new_action'))).click();
        await field(app, w('plan.action_title')); // the form is there before axe looks
        await audit.check('the plan’s new action form');
        await fill(app, w('plan.action_title'), 'Connect Roma settlements to water');
        await (await button(app, w('common.save'))).click();
        await eventually(async () => (await app.session.$$('dialog[open] [role="alert"], dialog[open] [aria-invalid="true"]')).length > 0, 'the action form to show its error');
        await audit.check('the new action form with its error');
        await fill(app, w('plan.find_recommendation'), 'housing');
        await eventually(async () => {
          const box = await app.session.$("//dialog[@open]//label[contains(., '140.2')]//input[@type='checkbox']");
          if (!(await box.isExisting())) return false;
          if (!(await box.isSelected())) await press(app, box);
          return box.isSelected();
        }, 'recommendation 140.2 to be chosen');
        await fill(app, w('plan.department'), 'Water utility');
        await (await button(app, w('common.save'))).click();
        await seeText(app, 'Connect Roma settlements to water');
        await eventually(async () => !(await app.session.$('dialog[open]').isExisting()), 'the action form to close');
        await audit.check('the plan with an action');
        await (await button(app, shown('plan.add_indicator_label', { title: 'Connect Roma settlements to water' }))).click();
        await seeText(app, w('plan.baseline_value'));
        await audit.check('the plan’s indicator form');
        await fill(app, w('plan.indicator_name'), 'Households connected');
        await fill(app, w('plan.unit'), 'households');
        await fill(app, w('plan.baseline_value'), '100');
        await fill(app, w('plan.baseline_date'), '2026-01-01');
        await fill(app, w('plan.target_value'), '500');
        await fill(app, w('plan.target_date'), '2027-12-31');
        await (await button(app, w('plan.add_indicator'))).click();
        await (await button(app, w('plan.record_measurement'))).click();
        const value = shown('plan.value_in', { unit: 'households' });
        await field(app, value);
        await audit.check('the plan’s measurement form');
        await fill(app, value, '200');
        await fill(app, w('plan.measured_on'), '2026-10-01');
        await fill(app, w('plan.source'), 'Water utility connection register');
        await (await button(app, w('plan.record'))).click();
        await sees(app, 'plan.progress', ['percent']);
        await audit.check('the plan with an indicator’s progress');
        if (code !== 'en') await app.screenshot(`${code}-a11y-plan-progress`);
        // The questions before deleting an indicator, then its action (both left with Escape).
        await press(app, await button(app, shown('plan.delete_indicator_label', { name: 'Households connected' })));
        await eventually(async () => app.session.$('dialog[open]').isExisting(), 'the question before deleting the indicator');
        await audit.check('the question before deleting an indicator');
        await escape(app);
        await press(app, await button(app, shown('plan.delete_label', { title: 'Connect Roma settlements to water' })));
        await eventually(async () => app.session.$('dialog[open]').isExisting(), 'the question before deleting the action');
        await audit.check('the question before deleting an action');
        await escape(app);
        // The action's edit form: the same form as a new action's, filled in.
        await press(app, await button(app, shown('plan.edit_label', { title: 'Connect Roma settlements to water' })));
        await eventually(async () => (await (await field(app, w('plan.action_title'))).getValue()) === 'Connect Roma settlements to water', 'the action’s edit form');
        await audit.check('an action’s edit form');
        await escape(app);
        audit.assertNone();
      },
      { env },
    );
  });
}

for (const { code, env } of LANGUAGES) {
  const w = words(code);
  // The demo city is written in the interface's language (src/app/demo.rs).
  const SUBMISSION = w('demo.submission_title');
  const ENGAGEMENT = w('demo.upr_title');
  test(`${code}: at 200% zoom (Ctrl+= five times) in a 1280×800 window, no screen scrolls sideways`, TIMEOUT, async (t) => {
    await withApp(
      t,
      async (app) => {
        await app.session.setWindowSize(1280, 800);
        await (await button(app, w('welcome.demo'))).click();
        await link(app, w('nav.engagements'));
        await zoomTo200(app);
        const screens = [
          ['the dashboard', null],
          ['the engagements', w('nav.engagements')],
          ['an engagement', ENGAGEMENT],
          ['the submissions', w('submissions.nav')],
          ['the submission editor', SUBMISSION],
          ['the calendar', w('calendar.nav')],
          ['the recommendations', w('nav.recommendations')],
          ['the plan', w('nav.plan')],
          ['the library', w('nav.library')],
          ['the contributions', w('contrib.nav')],
          ['the settings', w('nav.settings')],
          ['the bin', w('nav.bin')],
        ];
        const failures = [];
        for (const [where, linkName] of screens) {
          // Followed through the DOM: WebKitWebDriver's clicks land off target on a zoomed page.
          if (linkName) await app.session.execute((e) => e.click(), await link(app, linkName));
          const wrong = await scrollsSideways(app, where);
          if (wrong) failures.push(wrong);
          if (['the dashboard', 'the submission editor', 'the calendar'].includes(where)) {
            // The screen itself, below the navigation (which sits above it at this size).
            await app.session.execute(() => document.querySelector('main')?.scrollIntoView());
            await app.screenshot(`${code === 'en' ? '' : `${code}-`}zoom-200-${where.replace(/^the /, '')}`);
          }
        }
        assert.deepEqual(failures, [], 'screens that scroll sideways at 200%');
      },
      { env },
    );
  });
}

test('who asked for less motion gets none: the reduced-motion rule stills transitions and animations', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await seeText(app, words('en')('welcome.title'));
    // WebKitGTK cannot be told to prefer reduced motion from WebDriver: the rule itself is read
    // from the page's style sheets, as the engine will apply it.
    const rule = await app.session.execute(() => {
      for (const sheet of document.styleSheets) {
        for (const r of sheet.cssRules) {
          if (r instanceof CSSMediaRule && r.conditionText.replace(/\s/g, '') === '(prefers-reduced-motion:reduce)') {
            const inner = [...r.cssRules].find((x) => x instanceof CSSStyleRule && x.selectorText.startsWith('*'));
            if (inner) {
              return {
                selector: inner.selectorText,
                transition: inner.style.getPropertyValue('transition-duration'),
                transitionPriority: inner.style.getPropertyPriority('transition-duration'),
                animation: inner.style.getPropertyValue('animation-duration'),
              };
            }
          }
        }
      }
      return null;
    });
    assert.ok(rule, 'a prefers-reduced-motion: reduce rule for every element');
    assert.equal(rule.transition, '0s');
    assert.equal(rule.transitionPriority, 'important');
    assert.equal(rule.animation, '0s');
  });
});
