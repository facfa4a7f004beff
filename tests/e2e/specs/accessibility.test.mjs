// Accessibility, end to end: axe-core (WCAG 2.0/2.1 A and AA rules, every impact) run inside the
// real window on every screen and every state an officer reaches — dialogs open, forms with
// their errors shown, the calendar's month, week and agenda, the editor with its toolbar and
// dialogs, the PDF preview, recommendations and the plan. Each test lists every violation it
// found (which rule, which element, what to fix) and fails if there is any.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeAudit } from '../axe.mjs';
import { setUpCity, UPR_REPORT } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, link, press, saveState, seeText, showsText, textbox } from '../ui.mjs';

const TIMEOUT = { timeout: 400_000 };
const SUBMISSION = 'Submission of the City of Exampleville to the UPR of Exampleland';
const ENGAGEMENT = 'UPR of Exampleland (demo cycle)';


/** Presses Escape (closes the open dialog) and waits until no dialog is open. */
async function escape(app) {
  await app.session.keys(['Escape']);
  await eventually(async () => !(await app.session.$('dialog[open]').isExisting()), 'the dialog to close');
}

test('the welcome screen, the city form with its errors, and the first dashboard', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await seeText(app, 'Welcome to CityRights');
    await audit.check('the welcome screen');
    await (await button(app, 'Set up my city')).click();
    await seeText(app, 'Set up your city');
    await audit.check('the city form');
    await (await button(app, 'Save')).click();
    await eventually(async () => (await app.session.$$('[aria-invalid="true"]')).length > 0, 'the form to show its errors');
    await audit.check('the city form with its errors');
    await fill(app, 'City name', 'Ljubljana');
    await fill(app, 'Country code (ISO 3166-1 alpha-3)', 'SVN');
    await fill(app, 'State under review', 'Slovenia');
    await (await button(app, 'Save')).click();
    await link(app, 'Engagements');
    await audit.check('the empty dashboard');
    await (await link(app, 'Engagements')).click();
    await audit.check('the empty engagements list');
    await (await button(app, 'New engagement')).click();
    await seeText(app, 'Mechanism');
    await audit.check('the new engagement form');
    await (await button(app, 'Save')).click();
    await eventually(async () => (await app.session.$$('[aria-invalid="true"], [role="alert"]')).length > 0, 'the form to show its errors');
    await audit.check('the new engagement form with its errors');
    await (await link(app, 'Plan')).click();
    await seeText(app, 'No actions yet');
    await audit.check('the empty plan');
    await (await link(app, 'Bin')).click();
    await seeText(app, 'The bin is empty.');
    await audit.check('the empty bin');
    audit.assertNone();
  });
});

test('the demo city: dashboard, engagements, submissions, the editor and its dialogs, the preview', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await audit.check('the dashboard');

    await (await link(app, 'Engagements')).click();
    await link(app, ENGAGEMENT);
    await audit.check('the engagements list');
    await (await link(app, ENGAGEMENT)).click();
    await (await button(app, 'Add milestone')).click();
    await seeText(app, 'What it marks');
    await audit.check('an engagement with the milestone form open');
    await (await button(app, 'Save')).click();
    await eventually(async () => (await app.session.$$('[aria-invalid="true"], [role="alert"]')).length > 0, 'the milestone form to show its errors');
    await audit.check('the milestone form with its errors');

    await (await link(app, 'Submissions')).click();
    await link(app, SUBMISSION);
    await audit.check('the submissions list');
    await (await link(app, SUBMISSION)).click();
    const first = await app.session.$('[role="textbox"][aria-label^="Section text:"]');
    await first.waitForDisplayed({ timeout: 20_000 });
    await saveState(app, 'Saved');
    await audit.check('the submission editor');
    // The toolbar in use: a paragraph selected, every toggle showing its state.
    await press(app, first);
    await app.session.keys(['End']);
    await audit.check('the submission editor with the cursor in a section');

    await press(app, await button(app, 'Add footnote'));
    await textbox(app, 'Footnote text');
    await audit.check('the footnote dialog');
    await escape(app);
    await press(app, await button(app, 'Add citation'));
    await seeText(app, 'Add a citation');
    await audit.check('the citation dialog');
    await (await button(app, 'Save citation')).click();
    await seeText(app, 'Type the document symbol, e.g. A/HRC/59/15.');
    await audit.check('the citation dialog with its error');
    await escape(app);
    await press(app, first);
    await app.session.keys(['Home', 'Shift', 'End', 'Shift']);
    await press(app, await button(app, 'Link'));
    await seeText(app, 'Link address');
    await audit.check('the link dialog');
    await escape(app);

    await press(app, await button(app, 'Revisions'));
    await seeText(app, 'Name the current text');
    await audit.check('the revisions panel');

    await press(app, await button(app, 'Delete submission'));
    await eventually(async () => app.session.$('dialog[open]').isExisting(), 'the question before deleting');
    await audit.check('the question before deleting a submission');
    await escape(app);

    await press(app, await button(app, 'Preview PDF'));
    await seeText(app, 'Page 1 of ', 30_000);
    await audit.check('the PDF preview');
    await (await button(app, 'Close')).click();
    await eventually(async () => !(await showsText(app, 'Page 1 of ')), 'the preview to close');

    await (await link(app, 'Settings')).click();
    await audit.check('the settings');
    await (await link(app, 'See the backups, back up now, or restore one')).click();
    await audit.check('the backups');
    await (await link(app, 'Library')).click();
    await seeText(app, 'Why it matters to a city:');
    await audit.check('the library');
    await (await link(app, 'Bin')).click();
    await audit.check('the bin');
    audit.assertNone();
  });
});

test('the calendar: month, week, agenda, a milestone’s details and a new milestone', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await (await link(app, 'Calendar')).click();
    await app.find('.fc-event');
    await audit.check('the calendar, month view');
    await (await button(app, 'Week')).click();
    await app.find('.fc-timegrid');
    await audit.check('the calendar, week view');
    await (await button(app, 'Agenda')).click();
    await eventually(async () => !(await app.session.$('.fc-timegrid').isDisplayed()), 'the agenda to show');
    await audit.check('the calendar, agenda');
    await (await button(app, 'Month')).click();
    await (await app.find('.fc-daygrid-day .fc-event')).click();
    await seeText(app, 'days before');
    await audit.check('the calendar with a milestone’s details');
    await (await button(app, 'New milestone')).click();
    await audit.check('the calendar with a new milestone');
    audit.assertNone();
  });
});

test('recommendations: the import dialog, the table, a recommendation, and the plan’s forms', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const audit = axeAudit(app);
    await setUpCity(app);
    await (await link(app, 'Recommendations')).click();
    await audit.check('the empty recommendations');
    await (await button(app, 'Import…')).click();
    await choose(app, 'What to import', 'UPR Working Group report (text)');
    await audit.check('the import dialog');
    await app.session.execute((v) => {
      const el = [...document.querySelectorAll('dialog[open] textarea')][0];
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, UPR_REPORT);
    await fill(app, 'Document symbol', 'A/HRC/59/15');
    await (await button(app, 'Import')).click();
    await seeText(app, '3 imported, 0 updated, 0 unchanged, 0 skipped.');
    await audit.check('the import dialog after an import');
    await (await button(app, 'Close')).click();
    await seeText(app, 'Adopt a national housing strategy');
    await audit.check('the recommendations table');
    await (await button(app, 'Open A/HRC/59/15, para. 140.2')).click();
    await seeText(app, 'Municipal competence');
    await audit.check('a recommendation’s details');
    await escape(app);

    await (await link(app, 'Plan')).click();
    await (await button(app, 'New action')).click();
    await audit.check('the plan’s new action form');
    await fill(app, 'Title', 'Connect Roma settlements to water');
    await (await button(app, 'Save')).click();
    await seeText(app, 'An action must address at least one recommendation.');
    await audit.check('the new action form with its error');
    await fill(app, 'Find a recommendation', 'housing');
    await eventually(async () => {
      const box = await app.session.$("//dialog[@open]//label[contains(., 'para. 140.2')]//input[@type='checkbox']");
      if (!(await box.isExisting())) return false;
      if (!(await box.isSelected())) await press(app, box);
      return showsText(app, '1 chosen');
    }, 'recommendation 140.2 to be chosen');
    await fill(app, 'Lead department', 'Water utility');
    await (await button(app, 'Save')).click();
    await seeText(app, 'A/HRC/59/15, para. 140.2');
    await audit.check('the plan with an action');
    await (await button(app, 'Add indicator to Connect Roma settlements to water')).click();
    await seeText(app, 'Baseline value');
    await audit.check('the plan’s indicator form');
    await fill(app, 'Name', 'Households connected');
    await fill(app, 'Unit', 'households');
    await fill(app, 'Baseline value', '100');
    await fill(app, 'Baseline date', '2026-01-01');
    await fill(app, 'Target value', '500');
    await fill(app, 'Target date', '2027-12-31');
    await (await button(app, 'Add indicator')).click();
    await (await button(app, 'Record a measurement')).click();
    await seeText(app, 'Value (households)');
    await audit.check('the plan’s measurement form');
    await fill(app, 'Value (households)', '200');
    await fill(app, 'Date', '2026-10-01');
    await fill(app, 'Source', 'Water utility connection register');
    await (await button(app, 'Record')).click();
    await seeText(app, '25% of the way to the target');
    await audit.check('the plan with an indicator’s progress');
    audit.assertNone();
  });
});

/** Whether the page scrolls sideways now: its content is wider than the window. */
const overflow = (app) =>
  app.session.execute(() => {
    const root = document.documentElement;
    // The outermost elements that reach past the window's right edge: the culprits.
    const past = (el) => el.getBoundingClientRect().right > root.clientWidth + 1;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => past(el) && !el.closest('.visually-hidden') && !(el.parentElement && past(el.parentElement)))
      .slice(0, 3)
      .map((el) => `${Math.round(el.getBoundingClientRect().width)} px wide: ${el.outerHTML.slice(0, 160)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });

test('at 200% zoom (Ctrl+= five times) in a 1280×800 window, no screen scrolls sideways', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await app.session.setWindowSize(1280, 800);
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    const before = await app.session.execute(() => window.innerWidth);
    // The zoom keys an officer presses (tauri.conf.json: zoomHotkeysEnabled): +20% each.
    for (let i = 0; i < 5; i++) await app.session.keys(['Control', '=', 'Control']);
    await eventually(async () => (await app.session.execute(() => window.innerWidth)) <= before / 1.9, 'the page to be zoomed to 200%');
    const screens = [
      ['the dashboard', null],
      ['the engagements', 'Engagements'],
      ['an engagement', ENGAGEMENT],
      ['the submissions', 'Submissions'],
      ['the submission editor', SUBMISSION],
      ['the calendar', 'Calendar'],
      ['the recommendations', 'Recommendations'],
      ['the plan', 'Plan'],
      ['the library', 'Library'],
      ['the contributions', 'Contributions'],
      ['the settings', 'Settings'],
      ['the bin', 'Bin'],
    ];
    const failures = [];
    for (const [where, linkName] of screens) {
      // Followed through the DOM: WebKitWebDriver's clicks land off target on a zoomed page.
      if (linkName) await app.session.execute((e) => e.click(), await link(app, linkName));
      await new Promise((r) => setTimeout(r, 700));
      const o = await overflow(app);
      if (o.scrollWidth > o.clientWidth) failures.push(`${where}: ${o.scrollWidth} px of content in ${o.clientWidth} px; too wide: ${o.wide.join(' | ')}`);
      if (['the dashboard', 'the submission editor', 'the calendar'].includes(where)) {
        // The screen itself, below the navigation (which sits above it at this size).
        await app.session.execute(() => document.querySelector('main')?.scrollIntoView());
        await app.screenshot(`zoom-200-${where.replace(/^the /, '')}`);
      }
    }
    assert.deepEqual(failures, [], 'screens that scroll sideways at 200%');
  });
});

test('who asked for less motion gets none: the reduced-motion rule stills transitions and animations', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await seeText(app, 'Welcome to CityRights');
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
