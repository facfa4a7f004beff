// The proposals step: the core's proposed milestones, each an estimate with its basis, kept,
// edited or left out by the user, then added together; and the step from "New engagement".
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { MilestoneInput } from '../bindings/MilestoneInput';
import type { ProposedMilestone } from '../bindings/ProposedMilestone';
import type { ProposedTimeline } from '../bindings/ProposedTimeline';
import { callsOf, mockCommands } from '../../test/setup';
import { engagement, mechanisms, milestone, readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import NewEngagement from './NewEngagement.svelte';
import TimelineProposal from './TimelineProposal.svelte';

const proposed = (overrides: Partial<MilestoneInput>): MilestoneInput => ({
  kind: 'window_closes',
  title: 'Submission window closes (estimate)',
  date: '2027-04-01',
  end_date: null,
  time: '23:59',
  time_zone: 'Europe/Zurich',
  is_estimate: true,
  basis: 'Estimate: about seven months before the Working Group session (UPR47, OHCHR).',
  notes: '',
  reminder_days: null,
  by_state: false,
  ...overrides,
});

/** The core's judgement of a proposal: not past, the city's own step, unless said otherwise. */
const judged = (input: MilestoneInput, extra: Partial<ProposedMilestone> = {}): ProposedMilestone => ({
  input,
  due: `${input.date}T23:59:00+01:00`,
  passed: false,
  passed_note: null,
  by_state: false,
  ...extra,
});

const upr = (): ProposedTimeline => ({
  mechanism: 'UPR',
  deadline_known: true,
  note: 'Typical UPR timeline from the sessions of 2022–2025.',
  milestones: [
    judged(proposed({})),
    judged(proposed({ kind: 'session', title: 'Working Group session (review)', date: '2027-11-01', end_date: '2027-11-12', time: null, is_estimate: false, basis: '' })),
    judged(proposed({ kind: 'outcome_adoption', title: 'Adoption of the outcome at the Human Rights Council (estimate)', date: '2028-02-24', time: null, basis: 'Pattern not confirmed.' })),
  ],
});

function setup(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  return mockCommands({ ...readyApp(), propose_timeline: () => upr(), ...extra });
}

describe('TimelineProposal', () => {
  it('says when a proposed window has already closed, and marks the State’s own report', async () => {
    setup({
      propose_timeline: () => ({
        ...upr(),
        milestones: [
          judged(proposed({ date: '2026-10-03' }), {
            passed: true,
            passed_note: 'By this estimate the submission window closed on 3 Oct 2026. Check the UN’s page for this session: it may be too late to send a submission for this cycle.',
          }),
          judged(proposed({ kind: 'follow_up_due', title: 'State’s follow-up report (estimate)', date: '2028-03-20', time: null }), { by_state: true }),
        ],
      }),
    });
    render(TimelineProposal, { engagement: engagement(), sessionDate: '2027-05-03', ondone: () => {} });

    const rows = await screen.findAllByTestId('proposal-row');
    expect(rows[0]?.textContent).toContain('Already past.');
    expect(rows[0]?.textContent).toContain('closed on 3 Oct 2026');
    expect(rows[0]?.textContent).toContain('too late');
    expect(rows[1]?.textContent).not.toContain('Already past.');
    expect(rows[1]?.textContent).toContain('The State’s report');
    expect(rows[1]?.textContent).toContain('never counted as something the city missed');
  });

  it('asks the core for the proposal and shows each milestone as an estimate with its basis', async () => {
    const calls = setup();
    render(TimelineProposal, { engagement: engagement(), sessionDate: '2027-11-01', sessionEndDate: '2027-11-12', ondone: () => {} });
    const rows = await screen.findAllByTestId('proposal-row');
    expect(rows).toHaveLength(3);
    expect(callsOf(calls, 'propose_timeline')[0]?.args).toEqual({
      request: { mechanism: 'UPR', session_date: '2027-11-01', session_end_date: '2027-11-12' },
    });
    expect(within(rows[0] as HTMLElement).getByText('estimate')).toBeTruthy();
    expect(rows[0]?.textContent).toContain('about seven months before');
    expect(within(rows[1] as HTMLElement).queryByText('estimate')).toBeNull();
    expect(rows[1]?.textContent).toContain('As you entered it.');
    expect(screen.getByText(/Typical UPR timeline/)).toBeTruthy();
  });

  it('adds the kept milestones, as edited, in one call', async () => {
    let added = -1;
    const calls = setup({ add_milestones: (args) => (args.inputs as unknown[]).map((_, i) => milestone({ id: 40 + i })) });
    render(TimelineProposal, { engagement: engagement(), sessionDate: '2027-11-01', ondone: (n: number) => (added = n) });
    const rows = await screen.findAllByTestId('proposal-row');
    const first = rows[0] as HTMLElement;
    await fireEvent.input(within(first).getByLabelText('Date'), { target: { value: '2027-04-08' } });
    await fireEvent.click(within(first).getByLabelText('This date is an estimate'));
    await fireEvent.click(within(rows[2] as HTMLElement).getByRole('checkbox', { name: /^Add “Adoption/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add the selected milestones' }));

    await waitFor(() => expect(added).toBe(2));
    const inputs = callsOf(calls, 'add_milestones')[0]?.args.inputs as MilestoneInput[];
    expect(callsOf(calls, 'add_milestones')[0]?.args.engagementId).toBe(1);
    expect(inputs.map((i) => i.kind)).toEqual(['window_closes', 'session']);
    expect(inputs[0]).toMatchObject({ date: '2027-04-08', time: '23:59', is_estimate: false, basis: '' });
  });

  it("puts the core's message next to the field of the row it is about, keeping every edit", async () => {
    setup({
      add_milestones: () => {
        throw { kind: 'invalid', message: '"2027-02-30" is not a valid date.', field: 'milestones.1.date' };
      },
    });
    render(TimelineProposal, { engagement: engagement(), sessionDate: '2027-11-01', ondone: () => {} });
    const rows = await screen.findAllByTestId('proposal-row');
    await fireEvent.input(within(rows[1] as HTMLElement).getByLabelText('Title'), { target: { value: 'Review of Exampleland' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add the selected milestones' }));
    const date = within(rows[1] as HTMLElement).getByLabelText('Date');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    expect(rows[1]?.textContent).toContain('is not a valid date');
    expect((within(rows[1] as HTMLElement).getByLabelText('Title') as HTMLInputElement).value).toBe('Review of Exampleland');
  });

  it('says honestly when no typical timeline is known, and lets the user go on', async () => {
    let done = -1;
    setup({
      propose_timeline: () => ({ mechanism: 'SP', deadline_known: false, note: 'No typical timeline is known for the Special Procedures.', milestones: [] }),
    });
    render(TimelineProposal, { engagement: engagement({ mechanism: 'SP' }), sessionDate: '2027-03-01', ondone: (n: number) => (done = n) });
    expect(await screen.findByText(/No typical timeline is known/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the selected milestones' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Skip, add dates later' }));
    expect(done).toBe(0);
  });
});

describe('New engagement with a session date', () => {
  it('goes to the proposals, then to the engagement', async () => {
    const calls = setup({
      create_engagement: () => engagement({ id: 9 }),
      add_milestones: () => [milestone()],
    });
    render(NewEngagement);
    await waitFor(() => expect((screen.getByLabelText('Mechanism') as HTMLSelectElement).options.length).toBeGreaterThan(1));
    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'UPR' } });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'UPR of Exampleland (demo cycle)' } });
    await fireEvent.input(screen.getByLabelText('First day of the session'), { target: { value: '2027-11-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Proposed timeline' })).toBeTruthy();
    expect(callsOf(calls, 'propose_timeline')[0]?.args).toMatchObject({ request: { session_date: '2027-11-01', session_end_date: null } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Add the selected milestones' }));
    await waitFor(() => expect(window.location.hash).toBe('#/engagements/9'));
  });

  it('goes straight to the engagement without a session date', async () => {
    setup({ create_engagement: () => engagement({ id: 9 }) });
    render(NewEngagement);
    await waitFor(() => expect((screen.getByLabelText('Mechanism') as HTMLSelectElement).options.length).toBeGreaterThan(1));
    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'UPR' } });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'UPR of Exampleland' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(window.location.hash).toBe('#/engagements/9'));
  });
});
