// Contributions in the app (#17), the page's side: "Ask a department…" sends exactly what was
// chosen and says where the file went and that the due date is on the calendar; the
// contributor header shows who asked and for when, and "Send back…" says how many changes went
// out, or the core's plain "nothing has changed"; the review shows a conflict as one, with
// "Take theirs (overwrite mine)" and "Keep mine (reject)", and announces each decision;
// "Open a contribution…" in a workspace with work asks first. The rules are the core's: these
// tests check what the page sends and shows.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { ChangeReview } from '../bindings/ChangeReview';
import type { ContributionReview as Review } from '../bindings/ContributionReview';
import type { Origin } from '../bindings/Origin';
import { callsOf, mockCommands } from '../../test/setup';
import { readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import AskDepartment from './AskDepartment.svelte';
import ContributionHeader from './ContributionHeader.svelte';
import ContributionReview from './ContributionReview.svelte';
import OpenContribution from './OpenContribution.svelte';

const origin: Origin = {
  city: 'Ljubljana',
  contributor: 'Housing Department',
  email: 'housing@ljubljana.si',
  due_on: '2027-03-12',
  message: 'Please update the housing figures.',
  submission_id: 1,
  requested_at: '2026-12-01T09:00:00Z',
  opened_at: '2026-12-02T09:00:00Z',
  returned_at: null,
};

const change = (over: Partial<ChangeReview>): ChangeReview => ({
  id: 1,
  kind: 'section',
  target_id: 2,
  field: 'text',
  label: 'Housing',
  author: 'Housing Department',
  changed_at: '2026-12-03T10:00:00Z',
  state: 'pending',
  conflict: false,
  gone: false,
  sent: 'Rents rose.',
  theirs: 'Rents rose by 12 per cent.',
  current: 'Rents rose.',
  sent_to_theirs: [
    { op: 'equal', text: 'Rents rose' },
    { op: 'insert', text: ' by 12 per cent' },
    { op: 'equal', text: '.' },
  ],
  current_to_theirs: [
    { op: 'equal', text: 'Rents rose' },
    { op: 'insert', text: ' by 12 per cent' },
    { op: 'equal', text: '.' },
  ],
  ...over,
});

const review = (changes: ChangeReview[]): Review => ({
  summary: {
    id: 7,
    request_id: 3,
    submission_id: 1,
    submission_title: 'Submission of the City of Ljubljana',
    from: 'Housing Department',
    received: '2026-12-04T08:00:00Z',
    returned: '2026-12-03T17:00:00Z',
    state: 'pending',
    pending: changes.filter((c) => c.state === 'pending').length,
    accepted: 0,
    rejected: 0,
    conflicts: changes.filter((c) => c.conflict).length,
  },
  request: {
    id: 3,
    submission_id: 1,
    contributor: 'Housing Department',
    email: '',
    due_on: '2027-03-12',
    message: '',
    sections: [2, 3],
    recommendations: [],
    file_name: 'Housing-Department.cityrights-contribution',
    milestone_id: 9,
    created_at: '2026-12-01T09:00:00Z',
  },
  changes,
});

describe('AskDepartment', () => {
  it('sends the sections left checked, the contributor and the due date, then says where the file went', async () => {
    session.status = readyStatus();
    const calls = mockCommands({
      ...readyApp(),
      request_contribution: () => ({ request_id: 3, sections: [3], recommendations: [], file: '/home/officer/Housing-Department.cityrights-contribution', milestone_id: 9 }),
    });
    render(AskDepartment, {
      submissionId: 1,
      sections: [
        { id: 2, title: 'Summary' },
        { id: 3, title: 'Housing' },
      ],
      before: async () => {},
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Ask a department…' }));
    const dialog = screen.getByRole('dialog');
    const summary = within(dialog).getByRole('checkbox', { name: 'Summary' }) as HTMLInputElement;
    expect(summary.checked).toBe(true);
    expect((within(dialog).getByRole('checkbox', { name: 'Housing' }) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(summary);
    await fireEvent.input(within(dialog).getByLabelText(/Department or person asked/), { target: { value: ' Housing Department ' } });
    await fireEvent.input(within(dialog).getByLabelText(/Due date/), { target: { value: '2027-03-12' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }));

    const status = await screen.findByText(/^The request to Housing Department was saved as /);
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(status.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'The request to Housing Department was saved as /home/officer/Housing-Department.cityrights-contribution (1 section, 0 recommendations). Send this file to them. The due date, Fri 12 Mar 2027, is on the calendar.',
    );
    expect(callsOf(calls, 'request_contribution')[0]?.args).toEqual({
      input: { submission_id: 1, sections: [3], recommendations: [], contributor: 'Housing Department', email: '', due_on: '2027-03-12', message: '' },
    });
  });

  it('finds recommendations by a search and sends the ones ticked', async () => {
    session.status = readyStatus();
    const found = [
      { id: 41, reference: '125.1', text: 'Ensure access to affordable housing for low-income families.' },
      { id: 42, reference: '125.2', text: 'Prevent evictions without adequate alternative housing.' },
    ];
    const calls = mockCommands({
      ...readyApp(),
      list_recommendations: () => ({ items: found, total: 2 }),
      request_contribution: () => ({ request_id: 3, sections: [], recommendations: [42], file: '/tmp/r.cityrights-contribution', milestone_id: null }),
    });
    render(AskDepartment, { submissionId: 1, sections: [{ id: 2, title: 'Summary' }], before: async () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Ask a department…' }));
    const dialog = screen.getByRole('dialog');
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Summary' }));
    await fireEvent.input(within(dialog).getByLabelText('Search the recommendations'), { target: { value: 'housing' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Search' }));
    await fireEvent.click(await within(dialog).findByRole('checkbox', { name: /125\.2/ }));
    await fireEvent.input(within(dialog).getByLabelText(/Department or person asked/), { target: { value: 'Social Services' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }));
    await screen.findByText(/^The request to Social Services was saved as/);
    expect((callsOf(calls, 'list_recommendations')[0]?.args.filter as { query: string }).query).toBe('housing');
    expect(callsOf(calls, 'request_contribution')[0]?.args).toMatchObject({ input: { sections: [], recommendations: [42] } });
  });

  it('asks for something to send before any file dialog', async () => {
    session.status = readyStatus();
    const calls = mockCommands({ ...readyApp() });
    render(AskDepartment, { submissionId: 1, sections: [{ id: 2, title: 'Summary' }], before: async () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Ask a department…' }));
    const dialog = screen.getByRole('dialog');
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Summary' }));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }));
    expect(within(dialog).getByText('Choose at least one section or one recommendation.')).toBeTruthy();
    expect(callsOf(calls, 'request_contribution')).toHaveLength(0);
  });
});

describe('ContributionHeader', () => {
  it('says who asked and for when, and what Send back saved', async () => {
    session.status = readyStatus({ contribution: origin });
    const calls = mockCommands({
      ...readyApp(),
      send_back_contribution: () => ({ file: '/home/dept/Housing-Department-return.cityrights-contribution', sections_changed: 2, recommendations_changed: 1 }),
    });
    render(ContributionHeader, { origin });
    expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Contribution for the City of Ljubljana, due Fri 12 Mar 2027');
    expect(screen.getByText('Please update the housing figures.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Send back…' }));
    const dialog = screen.getByRole('dialog');
    expect((within(dialog).getByLabelText(/Your name/) as HTMLInputElement).value).toBe('Housing Department');
    await fireEvent.input(within(dialog).getByLabelText(/Your name/), { target: { value: 'Ana Novak' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }));
    const status = await screen.findByText(/^Saved as /);
    expect(status.textContent?.trim()).toBe(
      'Saved as /home/dept/Housing-Department-return.cityrights-contribution: 2 sections and 1 recommendation changed. Send this file to the city.',
    );
    expect(callsOf(calls, 'send_back_contribution')[0]?.args).toEqual({ author: 'Ana Novak' });
  });

  it('shows the core’s plain message when nothing has changed', async () => {
    session.status = readyStatus({ contribution: origin });
    mockCommands({
      ...readyApp(),
      send_back_contribution: () => {
        throw { kind: 'refused', message: 'Nothing has changed since the request: there is nothing to send back yet.', field: null };
      },
    });
    render(ContributionHeader, { origin });
    await fireEvent.click(screen.getByRole('button', { name: 'Send back…' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Choose where to save…' }));
    expect(await within(screen.getByRole('dialog')).findByText(/Nothing has changed since the request/)).toBeTruthy();
  });
});

describe('ContributionReview', () => {
  it('shows a conflict as one, with its two choices, and announces what "Accept all that do not conflict" did', async () => {
    session.status = readyStatus();
    let current = review([
      change({ id: 1, label: 'Housing' }),
      change({ id: 2, label: 'Summary', target_id: 3, conflict: true, current: 'Our own summary.' }),
    ]);
    const calls = mockCommands({
      ...readyApp(),
      review_contribution: () => current,
      accept_contribution: () => {
        current = review([change({ id: 1, label: 'Housing', state: 'accepted' }), change({ id: 2, label: 'Summary', target_id: 3, conflict: true })]);
        return { contribution_id: 7, accepted: 1, rejected: 0, conflicts: [2], gone: [], state: 'partly accepted' };
      },
    });
    render(ContributionReview, { id: 7 });
    const conflict = (await screen.findByRole('heading', { name: /Section “Summary”/ })).closest('article') as HTMLElement;
    expect(within(conflict).getByText('Conflict:')).toBeTruthy();
    expect(within(conflict).getByRole('button', { name: 'Take theirs (overwrite mine)' })).toBeTruthy();
    expect(within(conflict).getByRole('button', { name: 'Keep mine (reject)' })).toBeTruthy();
    expect(within(conflict).queryByRole('button', { name: 'Accept' })).toBeNull();
    // Inserted words are marked with words, not colour alone.
    const housing = screen.getByRole('heading', { name: /Section “Housing”/ }).closest('article') as HTMLElement;
    expect(housing.querySelector('ins')?.textContent).toBe('Added:  by 12 per cent');
    // The text keeps its own direction in a right-to-left interface; the hidden label is skipped.
    expect(housing.querySelector('p.ops')?.getAttribute('dir')).toBe('auto');
    expect(housing.querySelector('ins bdi')?.textContent).toBe('Added: ');

    await fireEvent.click(screen.getByRole('button', { name: 'Accept all that do not conflict' }));
    const live = screen.getByTestId('contribution-decided');
    await expect.poll(() => live.textContent).toBe('Accepted: 1. Rejected: 0. 1 change left waiting: you edited the same text.');
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(callsOf(calls, 'accept_contribution')[0]?.args).toEqual({
      id: 7,
      choice: { all: true, sections: [], recommendations: [], changes: [], overwrite: false },
    });
  });

  it('"Take theirs (overwrite mine)" accepts that one change with overwrite; "Keep mine (reject)" rejects it', async () => {
    session.status = readyStatus();
    const calls = mockCommands({
      ...readyApp(),
      review_contribution: () => review([change({ id: 2, label: 'Summary', conflict: true })]),
      accept_contribution: () => ({ contribution_id: 7, accepted: 1, rejected: 0, conflicts: [], gone: [], state: 'accepted' }),
      reject_contribution: () => ({ contribution_id: 7, accepted: 0, rejected: 1, conflicts: [], gone: [], state: 'rejected' }),
    });
    render(ContributionReview, { id: 7 });
    await fireEvent.click(await screen.findByRole('button', { name: 'Take theirs (overwrite mine)' }));
    await expect.poll(() => callsOf(calls, 'accept_contribution').length).toBe(1);
    expect(callsOf(calls, 'accept_contribution')[0]?.args).toEqual({
      id: 7,
      choice: { all: false, sections: [], recommendations: [], changes: [2], overwrite: true },
    });
    await fireEvent.click(await screen.findByRole('button', { name: 'Keep mine (reject)' }));
    await expect.poll(() => callsOf(calls, 'reject_contribution').length).toBe(1);
    expect(callsOf(calls, 'reject_contribution')[0]?.args).toEqual({
      id: 7,
      choice: { all: false, sections: [], recommendations: [], changes: [2], overwrite: false },
    });
  });

  it('shows a recommendation field as old → new, in words', async () => {
    session.status = readyStatus();
    mockCommands({
      ...readyApp(),
      review_contribution: () =>
        review([change({ id: 3, kind: 'recommendation', field: 'local_status', label: '125.1', sent: 'not_started', theirs: 'in_progress', current: 'not_started', sent_to_theirs: [], current_to_theirs: [] })]),
    });
    render(ContributionReview, { id: 7 });
    const card = (await screen.findByRole('heading', { name: /Recommendation 125\.1: local status/ })).closest('article') as HTMLElement;
    expect(within(card).getByText('Not started')).toBeTruthy();
    expect(within(card).getByText('In progress')).toBeTruthy();
  });
});

describe('OpenContribution', () => {
  it('asks before replacing a workspace that holds work, and cancelling opens nothing', async () => {
    session.status = readyStatus();
    const calls = mockCommands({ ...readyApp(), open_contribution: () => null });
    render(OpenContribution, { replacesWork: true, onstatus: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Open a contribution…' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('is first copied to the backups folder beside the database file');
    expect(callsOf(calls, 'open_contribution')).toHaveLength(0);
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf(calls, 'open_contribution')).toHaveLength(0);
  });

  it('on an empty database opens directly and hands over the new status', async () => {
    session.status = readyStatus({ empty: true });
    const next = readyStatus({ contribution: origin });
    mockCommands({ ...readyApp(), open_contribution: () => next });
    let got: unknown = null;
    render(OpenContribution, { onstatus: (s: unknown) => (got = s) });
    await fireEvent.click(screen.getByRole('button', { name: 'Open a contribution…' }));
    await expect.poll(() => got).toEqual(next);
    expect(window.location.hash).toBe('#/submissions/1');
  });
});

describe('RevisionsPanel with a contribution', () => {
  it('names the author of a contribution revision', async () => {
    const { default: RevisionsPanel } = await import('../drafting/RevisionsPanel.svelte');
    session.status = readyStatus();
    mockCommands({
      list_revisions: () => [{ id: 31, kind: 'contribution', name: '', author: 'Housing Department', words: 2450, created_at: '2026-12-05T09:00:00Z' }],
    });
    render(RevisionsPanel, { submissionId: 7, beforeChange: () => Promise.resolve(), onrestored: () => {} });
    const [row] = await screen.findAllByTestId('revision-row');
    expect(row?.children[1]?.textContent).toBe('Contribution acceptedby Housing Department');
  });
});

describe('a date inside a sentence in Arabic', () => {
  it('keeps its own right-to-left order: the weekday first, the year last', async () => {
    const { setLanguage, t } = await import('../i18n');
    const { formatPlainDate } = await import('../format');
    await setLanguage('ar');
    try {
      const date = formatPlainDate('2027-03-12');
      // No isolation marks left inside: the sentence's own isolate around the date then finds
      // its Arabic letters and lays it out right to left (with them, it found none: year first).
      expect(date).not.toMatch(/[\u2068\u2069]/);
      const heading = t('contrib.header_due', { city: 'Ljubljana', date });
      const isolated = /\u2068([^\u2069]*)\u2069$/.exec(heading)?.[1] ?? '';
      expect(isolated).toBe(date);
      expect(/^\p{Script=Arabic}/u.test(date)).toBe(true);
    } finally {
      await setLanguage('en');
    }
  });
});
