// The start-up banner: what came due or passed while the app was closed, from the reminders
// Rust took at start-up; nothing when there is nothing (or the command fails).
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { PlanReminder } from '../bindings/PlanReminder';
import type { Reminder } from '../bindings/Reminder';
import { mockCommands } from '../../test/setup';
import { deadline, mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import DueSoonBanner from './DueSoonBanner.svelte';

const reminder = (overrides: Partial<Reminder> = {}): Reminder => ({
  ...deadline({ due: '2026-12-04T23:59:00+01:00', date: '2026-12-04', days_left: 6 }),
  days_before: 7,
  missed: false,
  ...overrides,
});

function ready(list: Reminder[] | (() => never)) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  mockCommands({ ...readyApp(), due_at_startup: () => (typeof list === 'function' ? list() : list) });
}

describe('DueSoonBanner', () => {
  it('lists what came due and what was missed, with links, until dismissed', async () => {
    ready([reminder(), reminder({ milestone_id: 6, title: 'Follow-up report', kind: 'follow_up_due', days_left: -2, missed: true })]);
    render(DueSoonBanner);
    const banner = await screen.findByRole('region', { name: 'Due soon' });
    const items = within(banner).getAllByRole('listitem');
    expect(within(banner).getByText('Reminders that fell due while CityRights was closed:')).toBeTruthy();
    expect(items[0]?.textContent).toContain('in 6 days');
    expect(items[0]?.textContent).toContain('7-day reminder');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Submission window closes' }).getAttribute('href')).toBe('#/engagements/1');
    expect(items[1]?.textContent).toContain('passed while CityRights was closed');
    await fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Due soon' })).toBeNull();
  });

  it('stays small: three reminders, then "Show all"', async () => {
    ready([1, 2, 3, 4, 5].map((i) => reminder({ milestone_id: i, title: `Milestone ${i}` })));
    render(DueSoonBanner);
    const banner = await screen.findByRole('region', { name: 'Due soon' });
    expect(within(banner).getAllByRole('listitem')).toHaveLength(3);
    await fireEvent.click(within(banner).getByRole('button', { name: 'Show all 5' }));
    expect(within(banner).getAllByRole('listitem')).toHaveLength(5);
  });

  it('lists the plan’s reminders after the milestones, each a link to its action', async () => {
    const plan: PlanReminder = {
      kind: 'action_due',
      action_id: 4,
      indicator_id: null,
      title: 'Open two shelters',
      context: '',
      department: 'Housing',
      status: 'planned',
      date: '2026-12-11',
      end: '2026-12-12',
      days_left: 5,
      state: 'ahead',
      ended: false,
      soon: true,
      reminder_days: [30, 7, 1],
      days_before: 7,
      missed: false,
    };
    session.status = readyStatus();
    session.mechanisms = mechanisms;
    mockCommands({ ...readyApp(), due_at_startup: () => [reminder()], plan_due_at_startup: () => [plan] });
    render(DueSoonBanner);
    const banner = await screen.findByRole('region', { name: 'Due soon' });
    await within(banner).findByRole('link', { name: 'Due: Open two shelters' });
    const items = within(banner).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]?.textContent).toContain('in 5 days');
    expect(items[1]?.textContent).toContain('plan, 7-day reminder');
    expect(within(items[1] as HTMLElement).getByRole('link').getAttribute('href')).toBe('#/plan?action=4');
  });

  it('shows nothing when nothing came due, or when the reminders cannot be read', async () => {
    ready([]);
    const { unmount } = render(DueSoonBanner);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: 'Due soon' })).toBeNull();
    unmount();
    ready(() => {
      throw { kind: 'database', message: 'locked', field: null };
    });
    render(DueSoonBanner);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: 'Due soon' })).toBeNull();
  });
});
