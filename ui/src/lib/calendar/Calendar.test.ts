// The calendar shows each milestone where the core placed it (wall-clock time in the user's
// zone), coloured by mechanism, with filters, a legend, overdue/soon/estimate marks in words,
// details on click with the milestone's own time, edit in place, new milestones and export.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { CalendarEvent } from '../bindings/CalendarEvent';
import type { CalendarView } from '../bindings/CalendarView';
import type { PlanDate } from '../bindings/PlanDate';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, milestone, readyApp, readyStatus, summaries } from '../../test/fixtures';
import { session } from '../session.svelte';
import Calendar from './Calendar.svelte';

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  milestone: milestone({ date: '2027-04-08', due: '2027-04-08T23:59:00+02:00' }),
  engagement_title: 'UPR of Exampleland (demo cycle)',
  mechanism: 'UPR',
  all_day: false,
  start: '2027-04-08T17:59:00',
  end: null,
  days_left: 130,
  overdue: false,
  state: 'ahead',
  met_by: null,
  ended: false,
  soon: false,
  official: true,
  ...overrides,
});

const view = (): CalendarView => ({
  time_zone: 'America/New_York',
  plan: [],
  now: '2027-04-06T09:00:00',
  events: [
    event(),
    event({
      milestone: milestone({
        id: 7,
        engagement_id: 2,
        kind: 'pre_session',
        title: 'Pre-sessional working group',
        date: '2027-04-12',
        time: null,
        due: '2027-04-12T23:59:59+02:00',
        is_estimate: true,
        basis: 'About three months before the session',
      }),
      engagement_title: 'CESCR review of Exampleland',
      mechanism: 'CESCR',
      all_day: true,
      start: '2027-04-12',
      end: '2027-04-13',
    }),
    event({
      milestone: milestone({ id: 8, kind: 'internal', title: 'Departments send inputs', date: '2027-04-02', time: '12:00', time_zone: 'America/New_York', due: '2027-04-02T12:00:00-04:00' }),
      start: '2027-04-02T12:00:00',
      days_left: -5,
      overdue: true,
      state: 'missed',
      ended: true,
      official: false,
    }),
    event({
      milestone: milestone({ id: 9, kind: 'internal', title: 'Draft to the mayor', date: '2027-04-09', time: '10:00', time_zone: 'America/New_York', due: '2027-04-09T10:00:00-04:00' }),
      start: '2027-04-09T10:00:00',
      days_left: 3,
      soon: true,
      official: false,
    }),
  ],
});

function setup(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  session.status = readyStatus({ time_zone: 'America/New_York' });
  session.mechanisms = mechanisms;
  return mockCommands({ ...readyApp(), calendar_view: () => view(), ...extra });
}

/** The day cell of the month view for `date`. */
async function day(date: string): Promise<HTMLElement> {
  let cell: HTMLElement | null = null;
  await waitFor(() => {
    cell = document.querySelector<HTMLElement>(`td.fc-daygrid-day[data-date="${date}"]`);
    expect(cell).toBeTruthy();
  });
  return cell as unknown as HTMLElement;
}

describe('Calendar', () => {
  it('puts a timed milestone on the day and at the time the core placed it in the user zone', async () => {
    setup();
    render(Calendar, { date: '2027-04-08' });
    const cell = await day('2027-04-08');
    await waitFor(() => expect(cell.textContent).toContain('Submission window closes'));
    expect(cell.textContent).toContain('17:59');
    // The mechanism's colour, and text that reads on it.
    const ev = cell.querySelector<HTMLElement>('.fc-event');
    expect(ev?.style.backgroundColor).toBe('rgb(29, 78, 137)');
    expect(screen.getByText(/in your time zone \(America\/New_York\)/)).toBeTruthy();
  });

  it('shows whole-day milestones on their own date and marks overdue, soon and estimates in words', async () => {
    setup();
    render(Calendar, { date: '2027-04-08' });
    const estimate = await day('2027-04-12');
    await waitFor(() => expect(estimate.textContent).toContain('Pre-sessional working group'));
    expect(within(estimate).getByText('estimate')).toBeTruthy();
    expect((await day('2027-04-02')).textContent).toContain('overdue');
    expect((await day('2027-04-09')).textContent).toContain('soon');
    expect(document.querySelector('.cr-overdue')).toBeTruthy();
    expect(document.querySelector('.cr-soon')).toBeTruthy();
  });

  it('has a legend of the mechanisms in use and of the marks', async () => {
    setup();
    render(Calendar, { date: '2027-04-08' });
    const legend = await screen.findByRole('group', { name: 'Legend' });
    await waitFor(() => expect(legend.textContent).toContain('UPR — Universal Periodic Review'));
    expect(legend.textContent).toContain('CESCR — Committee on Economic, Social and Cultural Rights');
    expect(legend.textContent).not.toContain('Special Procedures');
    for (const words of ['Overdue', 'Due within 7 days', 'Estimate']) expect(legend.textContent).toContain(words);
  });

  it('filters by mechanism, engagement and kind', async () => {
    setup();
    render(Calendar, { date: '2027-04-08' });
    const cell = await day('2027-04-12');
    await waitFor(() => expect(cell.textContent).toContain('Pre-sessional'));
    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'UPR' } });
    await waitFor(() => expect(cell.textContent).not.toContain('Pre-sessional'));
    expect((await day('2027-04-08')).textContent).toContain('Submission window closes');

    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: '' } });
    await fireEvent.change(screen.getByLabelText('Kind of date'), { target: { value: 'internal' } });
    await waitFor(() => expect(screen.getByTestId('calendar').textContent).not.toContain('Submission window closes'));
    expect((await day('2027-04-09')).textContent).toContain('Draft to the mayor');

    await fireEvent.change(screen.getByLabelText('Kind of date'), { target: { value: '' } });
    await fireEvent.change(screen.getByLabelText('Engagement'), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('calendar').textContent).not.toContain('Draft to the mayor'));
    expect((await day('2027-04-12')).textContent).toContain('Pre-sessional');
  });

  it('has Today, month, week and agenda views', async () => {
    setup();
    render(Calendar, { date: '2027-04-08' });
    await day('2027-04-08');
    for (const name of ['Today', 'Month', 'Week', 'Agenda']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Month' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Agenda' }));
    const agenda = await screen.findByTestId('agenda');
    expect(screen.getByRole('button', { name: 'Agenda' }).getAttribute('aria-pressed')).toBe('true');
    expect(agenda.textContent).toContain('Submission window closes');
    expect(agenda.textContent).toContain('UPR of Exampleland (demo cycle)');
    expect(screen.getByTestId('calendar').classList.contains('hidden')).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: 'Month' }));
    expect(screen.queryByTestId('agenda')).toBeNull();
    expect(screen.getByTestId('calendar').classList.contains('hidden')).toBe(false);
  });

  it('lists the agenda across months, a session once with its span, missed deadlines first', async () => {
    const session12 = event({
      milestone: milestone({ id: 20, kind: 'session', title: 'Working Group session', date: '2027-11-01', end_date: '2027-11-12', time: null, due: '2027-11-01T23:59:59+01:00' }),
      all_day: true,
      start: '2027-11-01',
      end: '2027-11-13',
      days_left: 209,
    });
    const past = event({ milestone: milestone({ id: 21, kind: 'window_opens', title: 'Window opened' }), days_left: -40, state: 'passed', ended: true });
    setup({ calendar_view: () => ({ ...view(), events: [past, ...view().events, session12] }) });
    render(Calendar, { date: '2027-04-08' });
    await day('2027-04-08');
    await fireEvent.click(screen.getByRole('button', { name: 'Agenda' }));
    const agenda = await screen.findByTestId('agenda');
    const headings = within(agenda).getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(['Missed deadlines', 'April 2027', 'November 2027']);
    const items = within(agenda).getAllByTestId('agenda-item');
    expect(items[0]?.textContent).toContain('Departments send inputs');
    expect(items[0]?.textContent).toContain('overdue');
    expect(agenda.textContent).not.toContain('Window opened');
    const sessions = items.filter((i) => i.textContent?.includes('Working Group session'));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.textContent).toContain('Mon 1 Nov 2027 – Fri 12 Nov 2027');
    // A title opens the milestone, as a click on the calendar does.
    await fireEvent.click(within(agenda).getByRole('button', { name: 'Working Group session' }));
    expect((await screen.findByTestId('milestone-details')).textContent).toContain('Session');
  });

  it('puts the plan’s dates on their day and in the agenda, overdue ones with the missed, each a link to the action', async () => {
    const planDate = (over: Partial<PlanDate>): PlanDate => ({
      kind: 'action_due',
      action_id: 4,
      indicator_id: null,
      title: 'Open two shelters',
      context: '',
      department: 'Housing',
      status: 'planned',
      date: '2027-04-20',
      end: '2027-04-21',
      days_left: 14,
      state: 'ahead',
      ended: false,
      soon: false,
      reminder_days: [30, 7, 1],
      ...over,
    });
    const plan = [
      planDate({ action_id: 5, title: 'Train police officers', date: '2027-03-01', end: '2027-03-02', days_left: -36, state: 'overdue', ended: true }),
      planDate({}),
      planDate({ kind: 'indicator_target', indicator_id: 9, title: 'Shelter beds', context: 'Open two shelters', date: '2027-05-31', end: '2027-06-01', days_left: 55 }),
    ];
    setup({ calendar_view: () => ({ ...view(), plan }) });
    render(Calendar, { date: '2027-04-08' });
    const cell = await day('2027-04-20');
    await waitFor(() => expect(cell.textContent).toContain('Due: Open two shelters'));
    expect(screen.getByRole('group', { name: 'Legend' }).textContent).toContain('Implementation plan');
    await fireEvent.click(screen.getByRole('button', { name: 'Agenda' }));
    const agenda = await screen.findByTestId('agenda');
    const missed = within(agenda).getByRole('region', { name: 'Missed deadlines' });
    expect(within(missed).getByRole('link', { name: 'Due: Train police officers' }).getAttribute('href')).toBe('#/plan?action=5');
    const april = within(agenda).getByRole('region', { name: 'April 2027' });
    const due = within(april).getByRole('link', { name: 'Due: Open two shelters' });
    expect(due.getAttribute('href')).toBe('#/plan?action=4');
    // Milestones and plan dates in date order within the month: the 20th comes after the 9th.
    const titles = within(april).getAllByTestId('agenda-item').map((i) => i.querySelector('a, button')?.textContent);
    expect(titles.slice(-2)).toEqual(['Draft to the mayor', 'Due: Open two shelters']);
    expect(within(agenda).getByRole('link', { name: 'Target date: Shelter beds' }).getAttribute('href')).toBe('#/plan?action=4');
  });

  it('says what is next, and when, when the month shown holds nothing, with a button to go there', async () => {
    setup();
    render(Calendar, { date: '2027-01-15' });
    await day('2027-01-15');
    const hint = await screen.findByTestId('next-hint');
    // The first event still ahead, in the core's order (the missed one is not "next").
    await waitFor(() => expect(hint.textContent).toContain('Next: Submission window closes on Thu 8 Apr 2027 (UPR of Exampleland (demo cycle)).'));
    await fireEvent.click(within(hint).getByRole('button', { name: 'Show April 2027' }));
    expect((await day('2027-04-08')).textContent).toContain('Submission window closes');
    await waitFor(() => expect(hint.textContent?.trim()).toBe(''));
  });

  it('writes dates the app\'s way in the week view, and marks a met window as met', async () => {
    setup({
      calendar_view: () => ({
        ...view(),
        events: [
          event({
            state: 'met',
            met_by: { submission_id: 1, submission_title: 'Our submission', sent_on: '2027-04-01' },
            soon: true,
          }),
        ],
      }),
    });
    render(Calendar, { date: '2027-04-08' });
    const cell = await day('2027-04-08');
    await waitFor(() => expect(cell.textContent).toContain('met'));
    expect(cell.textContent).not.toContain('soon');
    expect(document.querySelector('.cr-met')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Week' }));
    await waitFor(() => expect(document.querySelector('.fc-col-header-cell')).toBeTruthy());
    const headers = [...document.querySelectorAll('.fc-col-header-cell')].map((h) => h.textContent?.trim());
    expect(headers[0]).toBe('Mon 5 Apr');
    expect(headers[3]).toBe('Thu 8 Apr');
    // The title too is the language's own (en-GB: day before month), not FullCalendar's US default.
    expect(document.querySelector('.fc-toolbar-title')?.textContent).toBe('5 – 11 Apr 2027');
  });

  it('opens a milestone on click: own time and zone, link to its engagement, edit in place', async () => {
    const calls = setup({ update_milestone: () => milestone(), get_engagement: () => null });
    render(Calendar, { date: '2027-04-08' });
    const cell = await day('2027-04-08');
    await waitFor(() => expect(cell.querySelector('.fc-event')).toBeTruthy());
    await fireEvent.click(cell.querySelector('.fc-event') as HTMLElement);

    const details = await screen.findByTestId('milestone-details');
    expect(details.textContent).toContain('Submission window closes');
    expect(within(details).getByTestId('own-time').textContent).toContain('23:59 Geneva time (Europe/Zurich)');
    expect(within(details).getByRole('link', { name: 'Open the engagement “UPR of Exampleland (demo cycle)”' }).getAttribute('href')).toBe(
      '#/engagements/1',
    );
    expect(details.textContent).toContain('30, 7, 1 days before');

    await fireEvent.click(within(details).getByRole('button', { name: 'Edit' }));
    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    expect(title.value).toBe('Submission window closes');
    await fireEvent.input(screen.getByLabelText('Remind me (days before)'), { target: { value: '14' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('May 2027')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(calls, 'update_milestone')).toHaveLength(1));
    expect(callsOf(calls, 'update_milestone')[0]?.args).toMatchObject({ id: 5, input: { title: 'Submission window closes', reminder_days: '14' } });
    await waitFor(() => expect(callsOf(calls, 'calendar_view').length).toBeGreaterThanOrEqual(2));
    // Reloaded after the save, the calendar stays on the month it showed.
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(screen.getByText('May 2027')).toBeTruthy();
  });

  it('creates a milestone: choose the engagement, the date starts at today', async () => {
    const calls = setup({ add_milestone: () => milestone({ id: 30 }) });
    render(Calendar, { date: '2027-04-08' });
    await day('2027-04-08');
    await fireEvent.click(screen.getByRole('button', { name: 'New milestone' }));
    expect(await screen.findByRole('heading', { name: 'New milestone on Tue 6 Apr 2027' })).toBeTruthy();
    const panel = screen.getByRole('complementary');
    await fireEvent.change(within(panel).getByLabelText('For the engagement'), { target: { value: String(summaries()[0]?.id) } });
    expect(((await within(panel).findByLabelText('Date')) as HTMLInputElement).value).toBe('2027-04-06');
    await fireEvent.change(within(panel).getByLabelText('What it marks'), { target: { value: 'internal' } });
    await fireEvent.input(within(panel).getByLabelText('Title'), { target: { value: 'Meeting with the NHRI' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(calls, 'add_milestone')).toHaveLength(1));
    expect(callsOf(calls, 'add_milestone')[0]?.args).toMatchObject({
      engagementId: 3,
      input: { kind: 'internal', title: 'Meeting with the NHRI', date: '2027-04-06', time_zone: 'America/New_York', reminder_days: '30, 7, 1' },
    });
  });

  it('exports to an .ics file through Rust and says where it went, or that nothing was chosen', async () => {
    let answer: unknown = { path: '/home/officer/deadlines.ics', events: 4 };
    const calls = setup({ export_calendar: () => answer });
    render(Calendar, { date: '2027-04-08' });
    await day('2027-04-08');
    await fireEvent.click(screen.getByRole('button', { name: 'Export to calendar…' }));
    expect(await screen.findByText('4 milestones were written to /home/officer/deadlines.ics.')).toBeTruthy();
    expect(callsOf(calls, 'export_calendar')[0]?.args).toEqual({ engagementId: null });

    answer = null;
    await fireEvent.change(screen.getByLabelText('Engagement'), { target: { value: '2' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Export to calendar…' }));
    expect(await screen.findByText('No file was chosen; nothing was exported.')).toBeTruthy();
    expect(callsOf(calls, 'export_calendar')[1]?.args).toEqual({ engagementId: 2 });
  });

  it('explains what to do when there is nothing yet, and shows a failure plainly', async () => {
    setup({ calendar_view: () => ({ ...view(), events: [] }) });
    render(Calendar);
    expect(await screen.findByText(/No milestones yet/)).toBeTruthy();
  });

  it('shows a failure of the command in a visible alert', async () => {
    setup({
      calendar_view: () => {
        throw { kind: 'database', message: 'The database reported an error: disk I/O error', field: null };
      },
    });
    render(Calendar);
    expect((await screen.findByRole('alert')).textContent).toContain('disk I/O error');
  });
});
