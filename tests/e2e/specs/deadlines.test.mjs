// Deadlines that cannot hide (issue #20), end to end: a UPR engagement whose session is five
// months away and whose (estimated) submission window closed two months ago. The dashboard shows
// the missed window and the session as the next milestone, "Mark as handled" clears the window
// (and "Undo" brings it back); the sidebar counts it; the calendar opens on an empty month and
// says "Next: … on …" with a button that goes there; the week view writes its days the app's
// way; the agenda lists the 12-day session once with its span; a time zone typed as "Geneva time"
// is accepted and a misspelt one gets a suggestion; no screen scrolls sideways at 1024 px.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { button, choose, eventually, fill, link, seeText } from '../ui.mjs';

const TIMEOUT = { timeout: 360_000 };

/** `YYYY-MM-DD`, `days` from today (the app's clock is the real one). */
function inDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The month of a `YYYY-MM-DD` as the app writes it in English ("May 2027"). */
function monthOf(ymd) {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T12:00:00Z`));
}

/** The text of the element matching `selector` once it is displayed. */
async function textOf(app, selector) {
  return String(await (await app.find(selector)).getProperty('textContent'));
}

/**
 * A new UPR engagement whose Working Group session runs 12 days from `start` days ahead, with
 * the proposed timeline added as proposed (its window estimated to have closed already).
 */
async function engagementWithPastWindow(app, title, start) {
  await newEngagement(app, title, { sessionDate: inDays(start), sessionEndDate: inDays(start + 11) });
  // The proposal says the window has closed already.
  await seeText(app, 'By this estimate the submission window closed on');
  await (await button(app, 'Add the selected milestones')).click();
  await button(app, 'Add milestone');
}

/** Whether the page is wider than the window (it would scroll sideways). */
async function scrollsSideways(app) {
  return app.session.execute(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
  });
}

test('a missed window and a session 150 days away: dashboard, handled and undo, calendar hint, agenda', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await app.session.setWindowRect(0, 0, 1366, 768);
      await setUpCity(app);
      const sessionStart = inDays(150);
      await engagementWithPastWindow(app, 'UPR of Slovenia, 5th cycle', 150);

      // The dashboard: the missed window, and the session as the next milestone.
      await (await link(app, 'Dashboard')).click();
      await seeText(app, 'Missed deadlines');
      const missed = await textOf(app, 'section[aria-labelledby="dash-overdue"]');
      assert.match(missed, /Submission window closes/);
      assert.match(missed, /overdue by \d+ days/);
      const next = await textOf(app, '[data-testid="next-due"]');
      assert.match(next, /Working Group session \(review\)/);
      assert.match(next, /in 1[45]\d days/);
      assert.doesNotMatch(await textOf(app, 'main'), /Nothing is due in the next 90 days/);
      await app.screenshot('deadlines-dashboard-missed');

      // The sidebar (on any other screen) counts it.
      await (await link(app, 'Engagements')).click();
      await link(app, '1 missed deadline');

      // Mark as handled: gone from the dashboard; Undo brings it back; handled again.
      await (await link(app, 'Dashboard')).click();
      await (await button(app, 'Mark as handled')).click();
      await seeText(app, '“Submission window closes” is marked as handled.');
      await eventually(async () => !(await app.session.$('section[aria-labelledby="dash-overdue"]').isExisting()), 'the missed list to go');
      await app.screenshot('deadlines-dashboard-handled');
      await (await button(app, 'Undo')).click();
      await seeText(app, 'Missed deadlines');
      await (await button(app, 'Mark as handled')).click();
      await seeText(app, '“Submission window closes” is marked as handled.');

      // The engagement screen says so, with its own undo.
      await (await link(app, 'UPR of Slovenia, 5th cycle')).click();
      await seeText(app, 'Marked handled on');
      await button(app, 'Undo “handled”');
      await app.screenshot('deadlines-engagement-handled');

      // The calendar opens on this month, which holds nothing: it says what is next, and goes there.
      await (await link(app, 'Calendar')).click();
      await seeText(app, 'Every date of every engagement');
      const hint = await textOf(app, '[data-testid="next-hint"]');
      assert.match(hint, /Next: Working Group session \(review\) on \w{3} \d{1,2} \w{3,4} \d{4} \(UPR of Slovenia, 5th cycle\)\./);
      await app.screenshot('deadlines-calendar-next-hint');
      await (await button(app, `Show ${monthOf(sessionStart)}`)).click();
      await app.find(`td.fc-daygrid-day[data-date="${sessionStart}"] .fc-event`);
      await eventually(async () => (await textOf(app, '[data-testid="next-hint"]')).trim() === '', 'the hint to go once the month shows it');

      // The week view's column headings in the app's format ("Mon 3 May"), not "Mon 5/3".
      await (await button(app, 'Week')).click();
      const headers = await app.session.$$('.fc-col-header-cell');
      const first = String(await headers[0].getProperty('textContent')).trim();
      assert.match(first, /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2,3}$/);
      assert.doesNotMatch(first, /\//);
      await app.screenshot('deadlines-calendar-week');

      // The agenda: across months, the session once with its span, the missed window first.
      await (await button(app, 'Agenda')).click();
      const agenda = await textOf(app, '[data-testid="agenda"]');
      const sessions = agenda.match(/Working Group session \(review\)/g) ?? [];
      assert.equal(sessions.length, 1, agenda);
      assert.match(agenda, / – /);
      await app.screenshot('deadlines-calendar-agenda');
    },
    { env: { TZ: 'Europe/Zurich' } },
  );
});

test('a time zone typed as a city is accepted; a misspelt one gets a suggestion', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await setUpCity(app);
      await newEngagement(app, 'UPR of Slovenia, 4th cycle');
      await (await button(app, 'Add milestone')).click();
      await choose(app, 'What it marks', 'Submission window closes');
      await fill(app, 'Title', 'Window closes');
      await fill(app, 'Date', '2027-04-08');
      await fill(app, 'Time', '23:59');
      await fill(app, 'Time zone', 'Genva');
      await (await button(app, 'Save')).click();
      await seeText(app, 'Did you mean Geneva (Europe/Zurich)?');
      await fill(app, 'Time zone', 'Geneva time');
      await (await button(app, 'Save')).click();
      // Shown in New York time, and at its own: 23:59 Geneva time.
      await seeText(app, '23:59 Geneva time (Europe/Zurich)');
      await seeText(app, 'Thu 8 Apr 2027');
    },
    { env: { TZ: 'America/New_York' } },
  );
});

test('no screen scrolls sideways at 1024 px wide', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await app.session.setWindowRect(0, 0, 1024, 768);
      await setUpCity(app);
      await engagementWithPastWindow(app, 'UPR of Slovenia, 5th cycle — a long title that has to wrap in a narrow window', 150);
      const wide = [];
      const check = async (name) => {
        await new Promise((r) => setTimeout(r, 400));
        if (await scrollsSideways(app)) {
          wide.push(name);
          await app.screenshot(`deadlines-1024-${name}`);
        }
      };
      await check('engagement');
      // The milestone form opens in view, with the focus on its heading.
      const edits = await app.session.$$('//button[normalize-space(.)="Edit" and @aria-describedby]');
      await edits[edits.length - 1].click();
      await seeText(app, 'Edit milestone');
      const inView = await app.session.execute(() => {
        const h = document.activeElement;
        if (!h || h.tagName !== 'H4') return false;
        const r = h.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.equal(inView, true, 'the heading of the milestone form is focused and on screen');
      await app.screenshot('deadlines-1024-milestone-form');
      await check('engagement-form');
      for (const [name, linkName, text] of [
        ['dashboard', 'Dashboard', 'What is due next'],
        ['engagements', 'Engagements', 'New engagement'],
        ['submissions', 'Submissions', 'Submissions'],
        ['calendar', 'Calendar', 'Every date of every engagement'],
        ['recommendations', 'Recommendations', 'Recommendations'],
        ['library', 'Library', 'Library'],
        ['settings', 'Settings', 'Settings'],
        ['bin', 'Bin', 'Bin'],
      ]) {
        await (await link(app, linkName)).click();
        await seeText(app, text);
        await check(name);
      }
      // A Special Procedures engagement offers the mandates, whose full names are long: the
      // select holds them without widening the page.
      await (await link(app, 'Engagements')).click();
      await (await button(app, 'New engagement')).click();
      await choose(app, 'Mechanism', 'Special Procedures');
      await choose(app, 'Mandate', 'adequate housing as a component of the right to an adequate standard of living');
      await check('new-engagement-special-procedures');
      await (await link(app, 'Calendar')).click();
      await seeText(app, 'Every date of every engagement');
      await app.screenshot('deadlines-1024-calendar');
      for (const view of ['Week', 'Agenda']) {
        await (await button(app, view)).click();
        await check(`calendar-${view.toLowerCase()}`);
      }
      await (await link(app, 'Dashboard')).click();
      await seeText(app, 'Missed deadlines');
      await app.screenshot('deadlines-1024-dashboard');
      assert.deepEqual(wide, [], `screens wider than 1024 px: ${wide.join(', ')}`);
    },
    { env: { TZ: 'Europe/Zurich' } },
  );
});
