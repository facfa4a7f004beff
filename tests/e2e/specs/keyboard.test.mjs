// Keyboard only, end to end (issue #19): an officer who cannot use a mouse sets up the city,
// creates an engagement, adds a milestone, drafts a section with a footnote, exports the PDF,
// restores a revision and opens a milestone from the calendar — with Tab, Shift+Tab, Enter,
// Space, arrows and Escape, never a click. On the way: every focus is drawn, Tab is never
// trapped, the skip link reaches the screen, and closing a dialog gives the focus back.
//
// The PDF's native save dialog (a GTK window, outside the page) is answered with keys too,
// through the X server (xdotool): a name typed, Return pressed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { withApp } from '../harness.mjs';
import { newEngagement, setUpCity } from '../flows.mjs';
import { answerSaveDialog, focused, press, pressInApp, pressInNativeWindow, strongPixelChanges, tabTo, typeKeys } from '../keyboard.mjs';
import { button, eventually, field, saveState, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 400_000 };
const ENGAGEMENT = 'UPR of Slovenia, 4th cycle';
const SUBMISSION = 'Submission of the City of Ljubljana';
const FIRST = 'Section text: Summary and key words';

/** Tab to the control `name`, then press `key` on it (Enter by default). */
async function activate(app, name, key = 'Enter', options = {}) {
  await tabTo(app, name, options);
  await press(app, key);
}

/** Tab to the field `name` and type `text` into it. */
async function typeInto(app, name, text) {
  await tabTo(app, name);
  await typeKeys(app, text);
}

/** The text of the section editor named `name`. */
const editorText = (app, name) =>
  app.session.execute((n) => document.querySelector(`[role="textbox"][aria-label="${n}"]`)?.textContent ?? '', name);

const dialogOpen = (app) => app.session.execute(() => document.querySelector('dialog[open]') !== null);

test('keyboard only: engagement, milestone, a section with a footnote, the PDF, a revision restored, the calendar', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    // Welcome → the city.
    await seeText(app, 'Welcome to CityRights');
    await activate(app, 'Set up my city');
    await seeText(app, 'Set up your city');
    await typeInto(app, 'City name', 'Ljubljana');
    await typeInto(app, 'Country code (ISO 3166-1 alpha-3)', 'SVN');
    await typeInto(app, 'State under review', 'Slovenia');
    await activate(app, 'Save');
    await seeText(app, 'No engagements yet');

    // The skip link is the first stop, and takes the focus to the screen itself.
    await app.session.execute(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await press(app, 'Tab');
    assert.equal((await focused(app)).name, 'Skip to main content', 'the first Tab reaches the skip link');
    assert.ok((await focused(app)).visible, 'the skip link shows its focus');
    await app.screenshot('keyboard-skip-link');
    await press(app, 'Enter');
    assert.equal((await focused(app)).tag, 'main', 'Enter on the skip link puts the focus on the main content');

    // A new engagement. A select takes the first letters of an option.
    await activate(app, 'Engagements', 'Enter', { back: true });
    await activate(app, 'New engagement');
    await tabTo(app, 'Mechanism');
    await typeKeys(app, 'Universal');
    await typeInto(app, 'Title', ENGAGEMENT);
    await typeInto(app, 'State under review', 'Slovenia');
    await typeInto(app, 'Session or call', '4th cycle, WG session 48');
    await activate(app, 'Save');
    await seeText(app, 'Add milestone');

    // A milestone, from the calendar's "New milestone" (today's date filled in: WebKitGTK's date
    // fields take no typed digits from WebDriver or XTEST, see README "Accessibility").
    await activate(app, 'Calendar', 'Enter', { back: true });
    await seeText(app, 'Every date of every engagement');
    await activate(app, 'New milestone');
    await seeText(app, 'What it marks');
    assert.match((await focused(app)).name, /^New milestone on /, 'the panel’s heading takes the focus');
    await tabTo(app, 'What it marks');
    await typeKeys(app, 'Internal');
    await typeInto(app, 'Title', 'Inputs from departments');
    await app.screenshot('keyboard-milestone-form');
    await activate(app, 'Save');
    await seeText(app, 'Inputs from departments');
    // The panel closes and hands the focus back a moment after the milestone is shown: wait
    // for it (a check made at once raced the hand-over in one CI run of three).
    await eventually(async () => (await focused(app)).tag !== 'body', 'after saving, the focus to land somewhere, not be lost');

    // Back to the engagement.
    await activate(app, 'Engagements', 'Enter', { back: true });
    await activate(app, ENGAGEMENT);
    // A submission from the template, then a section drafted with a footnote.
    await activate(app, 'New submission');
    await seeText(app, 'Sections of this template');
    await typeInto(app, 'Title', SUBMISSION);
    await activate(app, 'Create submission');
    await saveState(app, 'Saved');
    await tabTo(app, FIRST);
    await typeKeys(app, 'Ljubljana reports on housing and water.');
    // Shift+Tab from the text reaches its toolbar (one stop); arrows move along it.
    await tabTo(app, 'Text style', { back: true });
    for (let i = 0; i < 20 && (await focused(app)).name !== 'Add footnote'; i++) await press(app, 'ArrowRight');
    assert.equal((await focused(app)).name, 'Add footnote', 'the arrows reach "Add footnote"');
    await press(app, 'Enter');
    await eventually(() => dialogOpen(app), 'the footnote dialog to open');
    await typeKeys(app, 'Municipal housing report 2024, p. 12.');
    await app.screenshot('keyboard-footnote');
    await press(app, 'Enter'); // Enter saves the footnote
    await eventually(async () => !(await dialogOpen(app)), 'the footnote dialog to close');
    // Back where the officer was: the button that opened the dialog, or the text the footnote
    // went into (the editor takes the focus back after an insertion).
    const sensible = ['Add footnote', FIRST];
    assert.ok(sensible.includes((await focused(app)).name), `the focus is back on ${sensible.join(' or ')}, not on "${(await focused(app)).name}"`);
    await seeText(app, 'Municipal housing report 2024, p. 12.');
    // Escape leaves a footnote dialog opened by mistake, and the focus comes back.
    // (The toolbar's one Tab stop is now the control used last: "Add footnote".)
    if ((await focused(app)).name !== 'Add footnote') await tabTo(app, 'Add footnote', { back: true });
    await press(app, 'Enter');
    await eventually(() => dialogOpen(app), 'the footnote dialog to open again');
    await press(app, 'Escape');
    await eventually(async () => !(await dialogOpen(app)), 'Escape to close the footnote dialog');
    assert.ok(sensible.includes((await focused(app)).name), `after Escape the focus is back on ${sensible.join(' or ')}`);
    await saveState(app, 'Saved');

    // The PDF, through the native save dialog, answered with keys.
    const pdf = join(app.tempDir, 'keyboard.pdf');
    await activate(app, 'Export PDF…');
    await answerSaveDialog('Export PDF', pdf);
    await eventually(async () => existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString() === '%PDF-', 'the PDF to be written');
    // The message that follows ("PDF saved": Open it, Close) is left with Escape.
    await pressInNativeWindow('PDF saved', 'Escape');
    await eventually(async () => (await showsText(app, 'Export PDF…')) && !(await showsText(app, 'Exporting PDF…')), 'the export to finish');
    assert.equal((await focused(app)).name, 'Export PDF…', 'the focus is back on the button');

    // A named version, more text, then the named version restored.
    await activate(app, 'Revisions');
    await typeInto(app, 'Name the current text', 'First draft');
    await press(app, 'Enter');
    await seeText(app, 'Saved as “First draft”.');
    await tabTo(app, FIRST, { back: true });
    await press(app, 'End');
    await typeKeys(app, ' A second sentence to take back.');
    await saveState(app, 'Saved');
    assert.ok((await editorText(app, FIRST)).includes('A second sentence'));
    await activate(app, 'Restore', 'Enter', { within: 'First draft' });
    await eventually(() => dialogOpen(app), 'the question before a restore');
    // The safe answer has the focus; Tab reaches the other.
    assert.equal((await focused(app)).name, 'Cancel');
    await activate(app, 'Restore', 'Enter', { within: 'Restore the text of' });
    await eventually(async () => !(await (await editorText(app, FIRST)).includes('A second sentence')), 'the text of "First draft" to come back');
    assert.ok((await editorText(app, FIRST)).includes('Ljubljana reports on housing and water.'));
    assert.notEqual((await focused(app)).tag, 'body', 'after the restore, the focus is somewhere, not lost');
    await app.screenshot('keyboard-restored');

    // The calendar: its milestones are reached with Tab and opened with Enter.
    await activate(app, 'Calendar', 'Enter', { back: true });
    await seeText(app, 'Every date of every engagement');
    await tabTo(app, (f) => f.name.includes('Inputs from departments'));
    await app.screenshot('keyboard-calendar-event');
    await press(app, 'Enter');
    await seeText(app, 'days before');
    assert.ok(!(await showsText(app, 'Add a footnote')));
  });
});

// A date from the keyboard. WebKitGTK's date fields take no typed digits (README
// "Accessibility" → "Typing dates"), so Space, Alt+Down and F4 open the field's calendar
// (ui/src/lib/kit/dateKeys.ts), where the arrows move the day, Space picks it and Escape closes
// it without a change. The calendar is drawn by GTK outside the page: its keys go through the X
// server.
test('keyboard only: a date field’s calendar opens with Space, Alt+Down or F4 and picks a day', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'Dates by keyboard');
    await (await button(app, 'Add milestone')).click();
    const date = await field(app, 'Date');
    const value = () => app.session.execute((e) => e.value, date);
    await tabTo(app, 'Date');
    assert.equal((await focused(app)).html.includes('aria-keyshortcuts="Space Alt+ArrowDown F4"'), true, 'the field names its keys');

    // Space opens the calendar; an arrow takes the focus into its days (on an empty field GTK
    // starts on the month's buttons), Space picks the day.
    await pressInApp('space');
    await app.screenshot('keyboard-date-calendar');
    await pressInApp('Down', 'space');
    await eventually(async () => /^\d{4}-\d{2}-\d{2}$/.test(await value()), 'a day to be picked');
    const first = new Date(`${await value()}T00:00:00Z`);
    assert.ok(Math.abs(first.getTime() - Date.now()) < 62 * 86_400_000, `a day near today: ${await value()}`);

    // Alt+Down opens it on that day, which is in the first column (GTK's arrows first enter the
    // days at the top left): three days right, in the same row, is three days later.
    await pressInApp('alt+Down', 'Right', 'Right', 'Right', 'space');
    const later = new Date(first.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    await eventually(async () => (await value()) === later, `the day three days later (${later}) to be picked`);
    await app.screenshot('keyboard-date-picked');
    await assertAccessible(app, 'the milestone form, its date picked from the calendar by keyboard');

    // The calendar stays open after a pick: arrows without Space, then Escape, change nothing
    // and give the focus back to the field. On the way, the day the arrows reach is drawn with
    // a ring one can see (src-tauri/src/gtk_style.rs): moving it from one day to the next
    // changes a few hundred pixels strongly, where GTK's own faint ring changed none.
    await pressInApp('Right');
    const here = await app.screenshot('keyboard-date-focus-here');
    await pressInApp('Right');
    const next = await app.screenshot('keyboard-date-focus-next');
    const changed = await strongPixelChanges(here, next);
    assert.ok(changed >= 100, `the focused day's ring is drawn strongly (${changed} pixels changed)`);
    await pressInApp('Escape');
    assert.equal(await value(), later);
    await pressInApp('F4');
    await app.screenshot('keyboard-date-f4');
    await pressInApp('Escape');
    assert.equal(await value(), later);
    assert.equal((await focused(app)).name, 'Date', 'the focus is back on the date field');
    // Then the rest of the form with the keyboard, and the milestone is saved on that day.
    await tabTo(app, 'Title', { back: true });
    await typeKeys(app, 'Council vote');
    await tabTo(app, 'What it marks', { back: true });
    await typeKeys(app, 'Internal');
    await tabTo(app, 'Save');
    await press(app, 'Enter');
    await seeText(app, 'Council vote');
  });
});
