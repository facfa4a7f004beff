// The calendar, end to end: a milestone appears on its day; a UPR deadline at 23:59 Geneva time
// lands on the right day and hour for an officer in New York and in Seoul (the app started with
// another TZ), on both sides of a daylight-saving difference; the proposed timeline of a new
// engagement; the "due soon" banner after a restart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertAccessible } from '../axe.mjs';
import { addMilestone, newEngagement, setUpCity } from '../flows.mjs';
import { withApp } from '../harness.mjs';
import { dragInApp } from '../pointer.mjs';
import { button, choose, eventually, field, fill, link, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 240_000 };

/** Opens the calendar on the month of `date`. */
async function openCalendarAt(app, date) {
  await (await link(app, 'Calendar')).click();
  await seeText(app, 'Every date of every engagement');
  await fill(app, 'Go to date', date);
  await app.find(`td.fc-daygrid-day[data-date="${date}"]`);
}

/** The text of the month view's cell for `date` once it shows `title`. */
async function dayText(app, date, title) {
  let text = '';
  await eventually(async () => {
    const cell = await app.session.$(`td.fc-daygrid-day[data-date="${date}"]`);
    // textContent: a long title may be cut short with "…" on the screen.
    text = (await cell.isExisting()) ? String(await cell.getProperty('textContent')) : '';
    return text.includes(title);
  }, `"${title}" on ${date}`);
  return text;
}

test('a milestone created in an engagement appears on its day; clicking it opens it', TIMEOUT, async (t) => {
  // In Geneva's zone, so that the times read as typed.
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await addMilestone(app, 'Internal milestone', 'Inputs from departments', '2027-03-15', '10:00');
    await addMilestone(app, 'Submission window closes', 'Window closes', '2027-04-08', '23:59');

    await openCalendarAt(app, '2027-03-15');
    const text = await dayText(app, '2027-03-15', 'Inputs from departments');
    assert.match(text, /10:00/);
    await app.screenshot('calendar-month');

    const event = await app.find('td.fc-daygrid-day[data-date="2027-03-15"] .fc-event');
    await event.click();
    await seeText(app, '30, 7, 1 days before');
    await app.screenshot('calendar-milestone-details');
    await (await button(app, 'Close')).click();

    // A click on a day starts a new milestone on that day (the only engagement is chosen).
    await (await app.find('td.fc-daygrid-day[data-date="2027-03-22"]')).click();
    await seeText(app, 'New milestone on Mon 22 Mar 2027');
    await choose(app, 'What it marks', 'Internal milestone');
    await fill(app, 'Title', 'Call with the NHRI');
    assert.equal(await (await field(app, 'Date')).getValue(), '2027-03-22');
    await (await button(app, 'Save')).click();
    await dayText(app, '2027-03-22', 'Call with the NHRI');

    await (await app.find('td.fc-daygrid-day[data-date="2027-03-15"] .fc-event')).click();
    await (await link(app, 'Open the engagement “UPR of Slovenia, 4th cycle”')).click();
    await button(app, 'Add milestone');
    await seeText(app, 'Call with the NHRI');
  }, { env: { TZ: 'Europe/Zurich' } });
});

test('dragged to another day: an internal milestone moves at once; an official date asks first, Cancel puts it back', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    await addMilestone(app, 'Internal milestone', 'Inputs from departments', '2027-03-15', '10:00');
    await addMilestone(app, 'Submission window closes', 'Window closes', '2027-03-18', '23:59');
    await openCalendarAt(app, '2027-03-15');
    const eventOn = (date) => app.find(`td.fc-daygrid-day[data-date="${date}"] .fc-event`);
    const day = (date) => app.find(`td.fc-daygrid-day[data-date="${date}"] .fc-daygrid-day-frame`);
    const box = (element) => app.session.execute((e) => e.getBoundingClientRect().toJSON(), element);

    // A deadline at 23:59 is a moment on its day: drawn inside that day's cell, not across
    // midnight into the next (FullCalendar's own hour ended at 00:59).
    const deadline = await box(await eventOn('2027-03-18'));
    const itsDay = await box(await app.find('td.fc-daygrid-day[data-date="2027-03-18"]'));
    assert.ok(deadline.left >= itsDay.left - 1 && deadline.right <= itsDay.right + 1, `drawn within its day: ${JSON.stringify({ deadline, itsDay })}`);

    // An internal milestone: moved by the drop, the time of day kept.
    await dragInApp(app, await eventOn('2027-03-15'), await day('2027-03-16'));
    await seeText(app, '“Inputs from departments” moved to');
    assert.match(await dayText(app, '2027-03-16', 'Inputs from departments'), /10:00/);

    // An official date: the question first; Cancel leaves it where it was.
    await dragInApp(app, await eventOn('2027-03-18'), await day('2027-03-19'));
    await seeText(app, '“Window closes” is an official date (Submission window closes). Move it 1 day later anyway?');
    await assertAccessible(app, 'the question after an official date was dragged');
    await app.screenshot('calendar-drag-question');
    await (await button(app, 'Cancel')).click();
    await dayText(app, '2027-03-18', 'Window closes');
    assert.equal(await showsText(app, '“Window closes” moved to'), false, 'nothing moved');

    // Dragged again and confirmed: moved, and so it stays after a restart.
    await dragInApp(app, await eventOn('2027-03-18'), await day('2027-03-19'));
    await (await button(app, 'Move the official date')).click();
    await seeText(app, '“Window closes” moved to');
    await app.restart();
    await openCalendarAt(app, '2027-03-19');
    assert.match(await dayText(app, '2027-03-19', 'Window closes'), /23:59/);
    assert.match(await dayText(app, '2027-03-16', 'Inputs from departments'), /10:00/);

    // In the week view the deadline at 23:59 is there once, on its day: FullCalendar's hour
    // made it reach into the next day, where it was drawn a second time, at 00:00.
    await (await button(app, 'Week')).click();
    const daysOf = (title) =>
      app.session.execute(
        (t) => [...document.querySelectorAll('.fc-timegrid-event-harness')].filter((h) => h.textContent.includes(t)).map((h) => h.closest('td')?.getAttribute('data-date')),
        title,
      );
    await eventually(async () => (await daysOf('Window closes')).length > 0, 'the week view with the deadline');
    assert.deepEqual(await daysOf('Window closes'), ['2027-03-19']);
    // Its block, a minute tall at the foot of the day, grows upwards to hold its words: all of
    // it is drawn within its day's column (grown downwards it ran past the foot of the grid).
    const outside = await app.session.execute(() => {
      const block = [...document.querySelectorAll('.fc-timegrid-event')].find((b) => b.textContent.includes('Window closes'));
      const column = block?.closest('td.fc-timegrid-col');
      if (!block || !column) return 'no block in a day column';
      const b = block.getBoundingClientRect();
      const c = column.getBoundingClientRect();
      return b.bottom <= c.bottom + 0.5 && b.top >= c.top - 0.5 && b.height > 10 ? '' : JSON.stringify({ block: b.toJSON(), column: c.toJSON() });
    });
    assert.equal(outside, '', 'the deadline at 23:59 drawn whole within its day in the week view');
    // Moments: each block says its time, not the hour it is drawn as ("23:59 - 00:00").
    const times = await app.session.execute(() => [...document.querySelectorAll('.fc-timegrid-event .cr-event-time')].map((e) => e.textContent));
    assert.deepEqual(times.sort(), ['10:00', '23:59']);
    await app.session.execute(() =>
      [...document.querySelectorAll('.fc-timegrid-event')].find((b) => b.textContent.includes('Window closes'))?.scrollIntoView({ block: 'center' }),
    );
    await app.screenshot('calendar-week-deadline-at-23-59');
  }, { env: { TZ: 'Europe/Zurich' } });
});

test('UPR deadlines at 23:59 Geneva time show at 17:59 (18:59 across a DST difference) the same day in New York', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await setUpCity(app);
      await newEngagement(app, 'UPR of Slovenia, 4th cycle');
      // 8 April 2027: both in summer time. 20 March 2027: New York already in summer time
      // (from 14 March), Geneva not yet (from 28 March).
      await addMilestone(app, 'Submission window closes', 'Window closes in April', '2027-04-08', '23:59');
      await addMilestone(app, 'Submission window closes', 'Window closes in March', '2027-03-20', '23:59');

      await openCalendarAt(app, '2027-04-08');
      assert.match(await dayText(app, '2027-04-08', 'Window closes in April'), /17:59/);
      await seeText(app, 'in your time zone (America/New_York)');
      await (await app.find('td.fc-daygrid-day[data-date="2027-04-08"] .fc-event')).click();
      await seeText(app, '23:59 Geneva time (Europe/Zurich)');
      await app.screenshot('calendar-new-york');

      await fill(app, 'Go to date', '2027-03-20');
      assert.match(await dayText(app, '2027-03-20', 'Window closes in March'), /18:59/);
    },
    { env: { TZ: 'America/New_York' } },
  );
});

test('UPR deadlines at 23:59 Geneva time show at 06:59 (07:59 in winter) the next day in Seoul', TIMEOUT, async (t) => {
  await withApp(
    t,
    async (app) => {
      await setUpCity(app);
      await newEngagement(app, 'UPR of Slovenia, 4th cycle');
      await addMilestone(app, 'Submission window closes', 'Window closes in April', '2027-04-08', '23:59');
      await addMilestone(app, 'Submission window opens', 'Window opens in February', '2027-02-10', '23:59');

      await openCalendarAt(app, '2027-04-09');
      const text = await dayText(app, '2027-04-09', 'Window closes in April');
      assert.match(text, /06:59/);
      const before = await app.session.$('td.fc-daygrid-day[data-date="2027-04-08"]');
      assert.doesNotMatch(String(await before.getProperty('textContent')), /Window closes in April/);
      await app.screenshot('calendar-seoul');

      await fill(app, 'Go to date', '2027-02-11');
      assert.match(await dayText(app, '2027-02-11', 'Window opens in February'), /07:59/);
    },
    { env: { TZ: 'Asia/Seoul' } },
  );
});

test('a new UPR engagement with a session date proposes its timeline as estimates, then adds it', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 5th cycle', { sessionDate: '2027-11-01' });
    await seeText(app, 'about seven months before the Working Group session');
    await seeText(app, 'Adoption of the outcome at the Human Rights Council');
    await app.screenshot('timeline-proposal');
    await (await button(app, 'Add the selected milestones')).click();
    await button(app, 'Add milestone');
    await seeText(app, 'Submission window closes');
    await seeText(app, 'Mid-term report');
    await app.screenshot('timeline-added');
  });
});

test('after a restart, the "due soon" banner lists what came due while the app was closed', TIMEOUT, async (t) => {
  // The reminder timer must not give the reminder (as a notification) before the restart.
  await withApp(t, async (app) => {
    await setUpCity(app);
    await newEngagement(app, 'UPR of Slovenia, 4th cycle');
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await addMilestone(app, 'Internal milestone', 'Draft to the mayor', inThreeDays, '12:00');
    await app.restart();
    await seeText(app, 'Due soon');
    await seeText(app, 'Reminders that fell due while CityRights was closed:');
    await seeText(app, 'Draft to the mayor');
    await app.screenshot('due-soon-banner');
    await (await button(app, 'Dismiss')).click();
    await eventually(async () => !(await app.session.$('[data-testid="due-soon"]').isExisting()), 'the banner to go');
  }, { env: { CITYRIGHTS_REMINDER_INTERVAL: '3600' } });
});
