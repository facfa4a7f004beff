// One engagement: its facts and stage, milestones (add, edit, remove), the rules in force with
// their override, and moving it to the bin.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { dated, detail, engagement, mechanisms, milestone, readyApp, readyStatus } from '../../test/fixtures';
import type { EngagementDetail as Detail } from '../bindings/EngagementDetail';
import { session } from '../session.svelte';
import EngagementDetail from './EngagementDetail.svelte';

function setup(handlers: Record<string, Handler> = {}, data: Detail = detail()) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  const calls = mockCommands({ ...readyApp(), get_engagement: () => data, ...handlers });
  render(EngagementDetail, { id: 1 });
  return calls;
}

describe('Engagement detail', () => {
  it('shows the title, mechanism, State, session and stage', async () => {
    setup();

    expect(await screen.findByRole('heading', { level: 2, name: 'UPR of Exampleland (demo cycle)' })).toBeTruthy();
    expect(screen.getByText('Universal Periodic Review')).toBeTruthy();
    expect(screen.getByText('Working Group session (demo)')).toBeTruthy();
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('drafting');
    const stepper = screen.getByRole('list', { name: 'Stages of this engagement' });
    expect(within(stepper).getByText('Drafting').closest('li')?.getAttribute('aria-current')).toBe('step');
  });

  it('names the treaty a committee oversees, as the UN titles it, and none for the UPR', async () => {
    const cescr = mechanisms[1]!;
    setup({}, detail({ mechanism: cescr, engagement: engagement({ mechanism: 'CESCR' }) }));

    expect(await screen.findByText('International Covenant on Economic, Social and Cultural Rights (ICESCR)')).toBeTruthy();
  });

  it('shows no treaty line for the UPR', async () => {
    setup();

    await screen.findByRole('heading', { level: 2 });
    expect(document.querySelector('.treaty')).toBeNull();
  });

  it('changes the stage through set_engagement_stage', async () => {
    const calls = setup({ set_engagement_stage: (args) => engagement({ stage: args.stage as 'submitted' }) });

    await fireEvent.change(await screen.findByLabelText('Stage'), { target: { value: 'submitted' } });

    expect(await screen.findByText('Stage changed to “Submitted”.')).toBeTruthy();
    expect(callsOf(calls, 'set_engagement_stage')[0]?.args).toEqual({ id: 1, stage: 'submitted' });
  });

  it('lists milestones with kind in words, dates in the user zone and Geneva time, and Edit / Remove', async () => {
    setup();

    const rows = await screen.findAllByTestId('milestone-row');
    expect(rows).toHaveLength(2);
    const closes = rows[1] as HTMLElement;
    expect(closes.textContent).toContain('Submission window closes');
    expect(closes.textContent).toContain('Fri 18 Dec 2026');
    expect(closes.textContent).toContain('23:59 Geneva time (Europe/Zurich)');
    expect(within(closes).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(closes).getByRole('button', { name: 'Move to bin' })).toBeTruthy();
  });

  it('adds a milestone with the argument shape the command expects', async () => {
    const calls = setup({ add_milestone: () => milestone({ id: 20 }) });

    await fireEvent.click(await screen.findByRole('button', { name: 'Add milestone' }));
    const kind = screen.getByLabelText('What it marks') as HTMLSelectElement;
    expect([...kind.options].slice(1).map((o) => o.textContent)).toEqual([
      'Submission window opens',
      'Submission window closes',
      'Pre-sessional working group',
      'Session',
      'Adoption of the outcome',
      'Follow-up due',
      'Internal milestone',
    ]);

    // Official kinds default to Geneva time; the city's own milestones to the user's zone.
    await fireEvent.change(kind, { target: { value: 'internal' } });
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Vienna');
    await fireEvent.change(kind, { target: { value: 'window_closes' } });
    const zone = screen.getByLabelText('Time zone') as HTMLInputElement;
    expect(zone.value).toBe('Europe/Zurich');
    expect(zone.getAttribute('list')).toBeTruthy();

    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Submission window closes' } });
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2027-03-04' } });
    await fireEvent.input(screen.getByLabelText('Time'), { target: { value: '23:59' } });
    expect((screen.getByLabelText('Last day') as HTMLInputElement).type).toBe('date');
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsOf(calls, 'add_milestone')).toHaveLength(1));
    expect(callsOf(calls, 'add_milestone')[0]?.args).toEqual({
      engagementId: 1,
      input: {
        kind: 'window_closes',
        title: 'Submission window closes',
        date: '2027-03-04',
        end_date: null,
        time: '23:59',
        time_zone: 'Europe/Zurich',
        is_estimate: false,
        basis: '',
        notes: '',
        reminder_days: '30, 7, 1',
        by_state: false,
      },
    });
    // Saved: the form closes and the engagement is read again.
    await waitFor(() => expect(screen.queryByLabelText('What it marks')).toBeNull());
    expect(callsOf(calls, 'get_engagement').length).toBeGreaterThanOrEqual(2);
  });

  it("shows the core's date and time-zone messages next to those fields, keeping the input", async () => {
    let attempt = 0;
    setup({
      add_milestone: () => {
        attempt += 1;
        if (attempt === 1) {
          throw {
            kind: 'invalid',
            message: 'The submission window cannot close (2026-10-01) before it opens (2026-11-01). Check both dates.',
            field: 'date',
          };
        }
        throw {
          kind: 'invalid',
          message: '"Genva" is not a time zone CityRights knows. Did you mean Geneva (Europe/Zurich)? Write a city, such as Geneva or New York, or a zone name such as Europe/Zurich.',
          field: 'time_zone',
        };
      },
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Add milestone' }));
    await fireEvent.change(screen.getByLabelText('What it marks'), { target: { value: 'window_closes' } });
    await fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Window closes' } });
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-10-01' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const date = screen.getByLabelText('Date') as HTMLInputElement;
    expect(await screen.findByText(/cannot close \(2026-10-01\) before it opens/)).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.value).toBe('2026-10-01');

    await fireEvent.input(screen.getByLabelText('Time zone'), { target: { value: 'Genva' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const zone = screen.getByLabelText('Time zone') as HTMLInputElement;
    expect(await screen.findByText(/Did you mean Geneva \(Europe\/Zurich\)\?/)).toBeTruthy();
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(zone.value).toBe('Genva');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Window closes');
  });

  it('edits a milestone with update_milestone and its id', async () => {
    const calls = setup({ update_milestone: () => milestone() });

    const rows = await screen.findAllByTestId('milestone-row');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Edit' }));
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Zurich');
    await fireEvent.input(screen.getByLabelText('Time'), { target: { value: '12:00' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsOf(calls, 'update_milestone')).toHaveLength(1));
    expect(callsOf(calls, 'update_milestone')[0]?.args).toMatchObject({
      id: 5,
      input: { kind: 'window_closes', date: '2026-12-18', time: '12:00', time_zone: 'Europe/Zurich' },
    });
  });

  it('the milestone form opens in view and takes the focus, for each milestone edited in turn', async () => {
    const scrolled: Element[] = [];
    const before = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
    try {
      setup();
      const rows = await screen.findAllByTestId('milestone-row');
      await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Edit' }));
      const heading = await screen.findByRole('heading', { name: 'Edit milestone' });
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect(scrolled.at(-1)?.contains(heading)).toBe(true);
      (document.activeElement as HTMLElement).blur();
      const count = scrolled.length;
      await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Edit' }));
      await waitFor(() => expect(scrolled.length).toBeGreaterThan(count));
      await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Edit milestone' })));
      expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Submission window opens');
    } finally {
      Element.prototype.scrollIntoView = before;
    }
  });

  it('marks a missed deadline as handled, offers the undo, and says what met a window', async () => {
    let handled = false;
    const missed = () =>
      dated({ id: 8, title: 'Window closes (first cycle)', days_left: -30, overdue: !handled, state: handled ? 'handled' : 'missed', handled_at: handled ? '2026-12-06T10:00:00Z' : null });
    const met = dated({ id: 9, title: 'Window closes (second cycle)', days_left: 3, state: 'met', met_by: { submission_id: 2, submission_title: 'Our submission', sent_on: '2026-11-30' } });
    const calls = mockCommands({
      ...readyApp(),
      get_engagement: () => detail({ milestones: [missed(), met] }),
      set_milestone_handled: (args) => {
        handled = Boolean(args.handled);
        return milestone({ id: 8 });
      },
    });
    session.status = readyStatus();
    session.mechanisms = mechanisms;
    render(EngagementDetail, { id: 1 });

    let rows = await screen.findAllByTestId('milestone-row');
    expect(rows[0]?.textContent).toContain('overdue by 29 days');
    expect(rows[1]?.textContent).toContain('Met by “Our submission”, sent on Mon 30 Nov 2026.');
    expect(within(rows[1] as HTMLElement).queryByRole('button', { name: 'Mark as handled' })).toBeNull();
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Mark as handled' }));
    await screen.findByText('“Window closes (first cycle)” is marked as handled.');
    expect(callsOf(calls, 'set_milestone_handled')[0]?.args).toEqual({ id: 8, handled: true });
    rows = await screen.findAllByTestId('milestone-row');
    await waitFor(() => expect(rows[0]?.textContent).toContain('Marked handled on'));
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Undo “handled”' }));
    await waitFor(() => expect(callsOf(calls, 'set_milestone_handled')[1]?.args).toEqual({ id: 8, handled: false }));
    await waitFor(() => expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'Mark as handled' })).toBeTruthy());
  });

  it('asks before moving a milestone to the bin, and Cancel moves nothing', async () => {
    const calls = setup({ delete_milestone: () => null });

    const rows = await screen.findAllByTestId('milestone-row');
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Move to bin' }));
    let dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Move the milestone “Submission window opens” to the bin? You can restore it, with its reminders, from the Bin.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf(calls, 'delete_milestone')).toHaveLength(0);

    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Move to bin' }));
    dialog = screen.getByRole('dialog');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Move to bin' }));
    await waitFor(() => expect(callsOf(calls, 'delete_milestone')[0]?.args).toEqual({ id: 4 }));
  });

  it('moves the engagement to the bin after confirmation, then goes back to the list', async () => {
    const calls = setup({ delete_engagement: () => null });

    await fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Move this engagement to the bin? You can restore it from the Bin.');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Move to bin' }));

    await waitFor(() => expect(window.location.hash).toBe('#/engagements'));
    expect(callsOf(calls, 'delete_engagement')[0]?.args).toEqual({ id: 1 });
  });

  it('shows the rules in force, their status and the stale warning', async () => {
    setup();

    const rules = await screen.findByRole('region', { name: 'Rules in force' });
    expect(rules.textContent).toContain('2,815 words');
    expect(rules.textContent).toContain('5,630 words');
    expect(rules.textContent).toContain('Reported by UPR Info (2011)');
    expect(rules.textContent).not.toContain('Confirmed by the UN');
    expect(rules.textContent).toContain('Word (.docx)');
    expect(rules.textContent).toContain('as of 1 July 2008');
    expect(rules.textContent).toContain('English, French, Spanish');
    expect(rules.textContent).toContain('Tue 1 Nov 2011');
    expect(rules.textContent).toContain('This rule’s source is more than a year old');
  });

  it('says who states a rule and when the page was read, never "confirmed by the UN"', async () => {
    const cescr = mechanisms[1];
    if (!cescr) throw new Error('fixture');
    setup({}, detail({ mechanism: cescr, engagement: engagement({ mechanism: 'CESCR' }), rule: { ...cescr.rule, overridden: false, stale: false } }));

    const rules = await screen.findByRole('region', { name: 'Rules in force' });
    expect(rules.textContent).toContain('Stated by OHCHR (page read on Thu 3 Dec 2026)');
    expect(rules.textContent).toContain('The source is undated');
  });

  it('shows "not known" and "undated" when the rule does not say', async () => {
    const sp = mechanisms[2];
    if (!sp) throw new Error('fixture');
    setup({}, detail({ mechanism: sp, engagement: engagement({ mechanism: 'SP' }), rule: { ...sp.rule, overridden: false, stale: true } }));

    const rules = await screen.findByRole('region', { name: 'Rules in force' });
    expect(rules.textContent).toContain('not known');
    expect(rules.textContent).toContain('The source is undated');
    expect(rules.textContent).toContain('Not confirmed: no source states it');
  });

  it('overrides the rule for this engagement with set_rule_override', async () => {
    const calls = setup({
      set_rule_override: () => ({ ...detail().rule, word_limit_individual: 5000, status: 'set_by_city', overridden: true, stale: false }),
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Override for this engagement' }));
    await fireEvent.input(screen.getByLabelText('Word limit, individual submission'), { target: { value: '5000' } });
    await fireEvent.change(screen.getByLabelText('Footnotes count toward the limit'), { target: { value: 'no' } });
    await fireEvent.input(screen.getByLabelText('Source of these figures'), { target: { value: 'Call for input, para. 4' } });
    await fireEvent.input(screen.getByLabelText('Date of the source'), { target: { value: '2026-03-03' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsOf(calls, 'set_rule_override')).toHaveLength(1));
    expect(callsOf(calls, 'set_rule_override')[0]?.args).toEqual({
      id: 1,
      ruleOverride: { word_limit_individual: 5000, footnotes_count: false, source: 'Call for input, para. 4', last_confirmed: '2026-03-03' },
    });
    const rules = screen.getByRole('region', { name: 'Rules in force' });
    await waitFor(() => expect(rules.textContent).toContain('Not confirmed — set by you'));
    expect(rules.textContent).toContain('5,000 words');
  });

  it('lists the submissions of the engagement as links to them, with New submission and Import draft…', async () => {
    const calls = setup({ import_draft: () => null });

    const section = await screen.findByRole('region', { name: 'Submissions' });
    expect(section.textContent).toContain('290 / 5,630 words');
    const link = within(section).getByRole('link', { name: 'Submission of the City of Exampleville' });
    expect(link.getAttribute('href')).toBe('#/submissions/1');
    expect(within(section).getByRole('button', { name: 'New submission' })).toBeTruthy();
    await fireEvent.click(within(section).getByRole('button', { name: 'Import draft…' }));
    expect(await within(section).findByText('No file was chosen; nothing was imported.')).toBeTruthy();
    expect(callsOf(calls, 'import_draft')[0]?.args).toEqual({ engagementId: 1 });
  });

  it('renders markup typed into any field as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const data = detail({
      engagement: engagement({ title: evil, session: evil, notes: evil }),
      milestones: [dated({ title: evil, notes: evil })],
    });
    setup({}, data);

    expect((await screen.findByRole('heading', { level: 2 })).textContent).toBe(evil);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(evil).length).toBeGreaterThanOrEqual(4);
  });
});
