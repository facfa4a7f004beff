// The dashboard answers "what is due next?": the next milestone whatever its distance, the 90
// days ahead with the core's days left, every missed deadline until it is marked handled
// (flagged in words and with an icon; undoable), a window met by a submission as met, and drafts.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Dashboard as DashboardData } from '../bindings/Dashboard';
import { callsOf, mockCommands } from '../../test/setup';
import { dashboard, deadline, mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import Dashboard from './Dashboard.svelte';

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

describe('Dashboard', () => {
  it('answers "what is due next?" with the next deadline, its days left and its engagement', async () => {
    ready();
    mockCommands(readyApp());
    render(Dashboard);

    const next = await screen.findByTestId('next-due');
    expect(next.textContent).toContain('Departments send their sections');
    expect(next.textContent).toContain('in 5 days');
    const section = screen.getByRole('region', { name: 'What is due next' });
    expect(within(section).getByRole('link', { name: 'UPR of Exampleland (demo cycle)' }).getAttribute('href')).toBe('#/engagements/1');
    expect(section.textContent).toContain('Thu 3 Dec 2026, 12:00');
  });

  it('lists the next 90 days with date, time, days left, mechanism, estimate tag and Geneva time', async () => {
    ready();
    mockCommands(readyApp());
    render(Dashboard);

    const upcoming = await screen.findByRole('region', { name: 'Next 90 days' });
    const rows = within(upcoming).getAllByTestId('deadline-row');
    expect(rows).toHaveLength(3);

    // Due within 7 days: highlighted.
    expect(rows[0]?.classList.contains('soon')).toBe(true);
    expect(rows[0]?.textContent).toContain('in 5 days');
    expect(rows[1]?.classList.contains('soon')).toBe(false);

    // A UN deadline in Geneva time, shown in the user's zone and in its own.
    const geneva = rows[1] as HTMLElement;
    expect(geneva.textContent).toContain('Fri 18 Dec 2026');
    expect(geneva.textContent).toContain('in 21 days');
    expect(geneva.textContent).toContain('23:59 Geneva time (Europe/Zurich)');
    expect(within(geneva).getByText('UPR').getAttribute('style')).toContain('background-color');

    const estimate = rows[2] as HTMLElement;
    expect(within(estimate).getByText('estimate')).toBeTruthy();
    expect(within(estimate).getByText('CESCR')).toBeTruthy();
    expect(estimate.textContent).toContain('end of day Geneva time (Europe/Zurich)');
  });

  it('shows "today" and "tomorrow" from the core\'s days left', async () => {
    ready();
    mockCommands({
      ...readyApp(),
      dashboard: () => ({
        next: deadline({ milestone_id: 1, days_left: 0 }),
        upcoming_days: 90,
        upcoming: [deadline({ milestone_id: 1, days_left: 0 }), deadline({ milestone_id: 2, days_left: 1 })],
        overdue: [],
        drafts: [],
      }),
    });
    render(Dashboard);

    const upcoming = await screen.findByRole('region', { name: 'Next 90 days' });
    const rows = within(upcoming).getAllByTestId('deadline-row');
    expect(rows[0]?.textContent).toContain('today');
    expect(rows[1]?.textContent).toContain('tomorrow');
  });

  it('flags missed deadlines with an icon and words, not colour alone', async () => {
    ready();
    mockCommands(readyApp());
    render(Dashboard);

    const overdue = await screen.findByRole('region', { name: 'Missed deadlines' });
    expect(within(overdue).getByRole('heading', { name: 'Missed deadlines' }).querySelector('svg')).toBeTruthy();
    const [row] = within(overdue).getAllByTestId('deadline-row');
    expect(row?.textContent).toContain('Kick-off meeting with departments');
    expect(row?.textContent).toContain('overdue by 7 days');
    expect(row?.classList.contains('overdue')).toBe(true);
    expect(row?.querySelector('svg')).toBeTruthy();
  });

  it('lists drafts in progress with words against the limit and status', async () => {
    ready();
    mockCommands(readyApp());
    render(Dashboard);

    const drafts = await screen.findByRole('region', { name: 'Drafts in progress' });
    expect(drafts.textContent).toContain('Submission of the City of Exampleville');
    expect(drafts.textContent).toContain('290 / 5,630 words');
    expect(drafts.textContent).toContain('Drafting');
    expect(within(drafts).getByRole('link', { name: 'Submission of the City of Exampleville' }).getAttribute('href')).toBe('#/submissions/1');
  });

  it('explains what to do first when there are no engagements, and offers "New engagement"', async () => {
    ready();
    mockCommands({ ...readyApp(), dashboard: () => ({ next: null, upcoming_days: 90, upcoming: [], overdue: [], drafts: [] }), list_engagements: () => [] });
    render(Dashboard);

    expect(await screen.findByRole('heading', { name: 'No engagements yet' })).toBeTruthy();
    expect(screen.getByText(/An engagement is one review or call/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'New engagement' }));
    expect(window.location.hash).toBe('#/engagements/new');
  });

  it('says when no date is still to come', async () => {
    ready();
    mockCommands({ ...readyApp(), dashboard: () => ({ ...dashboard(), next: null, upcoming: [], overdue: [] }) });
    render(Dashboard);

    expect(await screen.findByText('No date of any engagement is still to come.')).toBeTruthy();
  });

  it('shows the next milestone however far away, with nothing in the next 90 days', async () => {
    ready();
    const session148 = deadline({ milestone_id: 40, kind: 'session', title: 'Working Group session', days_left: 148, date: '2027-05-03', due: '2027-05-03T23:59:59+02:00', time: null });
    mockCommands({ ...readyApp(), dashboard: () => ({ ...dashboard(), next: session148, upcoming: [] }) });
    render(Dashboard);

    const next = await screen.findByTestId('next-due');
    expect(next.textContent).toContain('Working Group session');
    expect(next.textContent).toContain('in 148 days');
    expect(screen.queryByText('No date of any engagement is still to come.')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Next 90 days' })).toBeNull();
    // The missed window is listed beside it, not hidden by it.
    expect(screen.getByRole('region', { name: 'Missed deadlines' }).textContent).toContain('Kick-off meeting with departments');
  });

  it('marks a missed deadline as handled, then undoes it', async () => {
    ready();
    let handled = false;
    const data = (): DashboardData => (handled ? { ...dashboard(), overdue: [] } : dashboard());
    const calls = mockCommands({
      ...readyApp(),
      dashboard: data,
      set_milestone_handled: (args) => {
        handled = Boolean(args.handled);
        return {};
      },
    });
    render(Dashboard);

    const missed = await screen.findByRole('region', { name: 'Missed deadlines' });
    await fireEvent.click(within(missed).getByRole('button', { name: 'Mark as handled' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Missed deadlines' })).toBeNull());
    expect(callsOf(calls, 'set_milestone_handled')[0]?.args).toEqual({ id: 2, handled: true });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('“Kick-off meeting with departments” is marked as handled.');
    const undo = within(status).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);

    await fireEvent.click(undo);
    await screen.findByRole('region', { name: 'Missed deadlines' });
    expect(callsOf(calls, 'set_milestone_handled')[1]?.args).toEqual({ id: 2, handled: false });
    expect(screen.getByRole('status').textContent).toContain('is a missed deadline again');
  });

  it('shows a window a submission met as met, with what was sent, not as due', async () => {
    ready();
    const met = deadline({ state: 'met', days_left: 3, met_by: { submission_id: 1, submission_title: 'Submission of the City of Exampleville', sent_on: '2026-11-30' } });
    mockCommands({ ...readyApp(), dashboard: () => ({ ...dashboard(), upcoming: [met] }) });
    render(Dashboard);

    const upcoming = await screen.findByRole('region', { name: 'Next 90 days' });
    const [row] = within(upcoming).getAllByTestId('deadline-row');
    expect(row?.textContent).toContain('met');
    expect(row?.textContent).not.toContain('in 3 days');
    expect(row?.classList.contains('soon')).toBe(false);
    expect(row?.textContent).toContain('Met by “Submission of the City of Exampleville”, sent on Mon 30 Nov 2026.');
  });

  it('shows a failure of the command in a visible alert', async () => {
    ready();
    mockCommands({
      ...readyApp(),
      dashboard: () => {
        throw { kind: 'database', message: 'The database reported an error: disk I/O error', field: null };
      },
    });
    render(Dashboard);

    expect((await screen.findByRole('alert')).textContent).toContain('disk I/O error');
  });
});
