// The implementation plan screen against a mocked Rust side: grouping by department and by
// status, a new action sent in the shape the core reads, the core's message next to its field
// with what was typed kept, recording a measurement showing the core's new progress, deleting
// after the question, and the empty state.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import type { Action } from '../bindings/Action';
import type { ActionInput } from '../bindings/ActionInput';
import type { Indicator } from '../bindings/Indicator';
import type { IndicatorInput } from '../bindings/IndicatorInput';
import type { Plan as PlanData } from '../bindings/Plan';
import type { PlanAction } from '../bindings/PlanAction';
import type { Recommendation } from '../bindings/Recommendation';
import type { PlanCharts } from '../bindings/PlanCharts';
import { filterActions, groupActions, NO_FILTER, type PlanFilter } from './grouping';
import Plan from './Plan.svelte';

const STATUSES = ['planned', 'in_progress', 'done', 'delayed', 'dropped'] as const;

const action = (o: Partial<Action> = {}): Action => ({
  id: 1,
  title: 'Open 200 social housing units',
  description: '',
  department: 'Housing',
  partners: [],
  start: '2026-01-01',
  due: '2027-06-30',
  status: 'in_progress',
  budget_line: '',
  recommendations: [7],
  sdg_targets: ['11.1'],
  indicators: [],
  ...o,
});

const indicator = (o: Partial<Indicator> = {}): Indicator => ({
  id: 50,
  action: 1,
  recommendation: null,
  name: 'Social housing units opened',
  unit: 'units',
  baseline: { value: 0, date: '2026-01-01' },
  target: { value: 200, date: '2027-06-30' },
  sdg_indicator: null,
  latest: null,
  progress: null,
  measurements: [],
  ...o,
});

const ref7 = { id: 7, reference: 'A/HRC/59/15, para. 140.2', text: 'Adopt a national housing strategy for Roma' };

const housing: PlanAction = { action: action(), recommendations: [ref7], indicators: [indicator()], themes: ['Housing'], sdg_goals: [1, 11], overdue: false };
const water: PlanAction = {
  action: action({ id: 2, title: 'Connect informal settlements to water', department: 'Water utility', status: 'planned', start: null, due: null, sdg_targets: [] }),
  recommendations: [ref7],
  indicators: [],
  themes: [],
  sdg_goals: [],
  overdue: false,
};
const shelter: PlanAction = {
  action: action({ id: 3, title: 'Winter shelter', department: 'Housing', status: 'planned', sdg_targets: [] }),
  recommendations: [ref7],
  indicators: [],
  themes: [],
  sdg_goals: [],
  overdue: false,
};

const planData = (actions: PlanAction[] = [housing, water, shelter]): PlanData => ({
  actions,
  recommendation_indicators: [],
  statuses: [...STATUSES],
});

const rec = (id: number, paragraph: string, text: string): Recommendation =>
  ({
    id,
    symbol: 'A/HRC/59/15',
    paragraph,
    reference: `A/HRC/59/15, para. ${paragraph}`,
    text,
    recommending_states: [],
    response: 'supported',
    response_text: '',
    response_source: '',
    mechanism: 'UPR',
    kind: '',
    country: '',
    cycle: '',
    session: '',
    themes: [],
    groups: [],
    sdgs: [],
    published_on: '',
    source: 'report',
    annotation_id: null,
    competence: 'unknown',
    department: '',
    local_status: 'not_started',
    tags: [],
    is_new: false,
    text_pieces: [],
  }) as Recommendation;

const recs = [rec(7, '140.2', 'Adopt a national housing strategy for Roma'), rec(8, '140.3', 'Build the capacity of law enforcement to address hate crimes')];

function app(extra: Record<string, Handler> = {}) {
  return mockCommands({
    get_plan: () => planData(),
    plan_charts: () => charts,
    list_recommendations: () => ({ items: recs, total: recs.length }),
    ...extra,
  });
}

const charts: PlanCharts = {
  statuses: [...STATUSES],
  by_department: [
    { department: 'Housing', total: 2, counts: [1, 1, 0, 0, 0], overdue: 1 },
    { department: 'Water utility', total: 1, counts: [1, 0, 0, 0, 0], overdue: 0 },
  ],
  totals: [2, 1, 0, 0, 0],
};

const groupHeadings = () => screen.getAllByTestId('plan-group').map((g) => g.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim());

describe('grouping by theme and goal, and the filters', () => {
  it('puts an action under each of its themes or goals, those without one last', () => {
    const both = { ...water, themes: ['Water', 'Housing'], sdg_goals: [6] };
    const byTheme = groupActions([housing, both, shelter], 'theme', STATUSES);
    expect(byTheme.map((g) => [g.key, g.actions.map((a) => a.action.id)])).toEqual([
      ['Housing', [1, 2]],
      ['Water', [2]],
      ['', [3]],
    ]);
    const bySdg = groupActions([housing, both, shelter], 'sdg', STATUSES);
    expect(bySdg.map((g) => [g.key, g.actions.map((a) => a.action.id)])).toEqual([
      ['1', [1]],
      ['6', [2]],
      ['11', [1]],
      ['', [3]],
    ]);
  });

  it('keeps the actions of a status, a department, a goal, or those the core says are overdue', () => {
    const late = { ...shelter, overdue: true };
    const all = [housing, water, late];
    const ids = (f: Partial<PlanFilter>) => filterActions(all, { ...NO_FILTER, ...f }).map((a) => a.action.id);
    expect(ids({})).toEqual([1, 2, 3]);
    expect(ids({ department: 'Housing' })).toEqual([1, 3]);
    expect(ids({ sdg: '11' })).toEqual([1]);
    expect(ids({ overdue: true })).toEqual([3]);
    expect(ids({ status: 'planned', department: 'Housing' })).toEqual(ids({ status: 'planned' }).filter((id) => id !== 2));
  });

  it('shows the chart of actions by department as a table with the core’s numbers', async () => {
    app();
    render(Plan);
    const table = await screen.findByTestId('chart-actions-table');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent?.trim()));
    expect(rows).toEqual([
      ['Housing', '1', '1', '0', '0', '0'],
      ['Water utility', '1', '0', '0', '0', '0'],
    ]);
    expect(table.querySelector('caption')?.textContent).toBe('Actions by status per department');
    expect([...table.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['Lead department', 'Planned', 'In progress', 'Done', 'Delayed', 'Dropped']);
  });

  it('filters by department and says how many are shown', async () => {
    app();
    render(Plan);
    await screen.findAllByTestId('plan-action');
    await fireEvent.change(screen.getByLabelText('Department to show'), { target: { value: 'Water utility' } });
    await waitFor(() => expect(screen.getAllByTestId('plan-action')).toHaveLength(1));
    expect(screen.getByTestId('plan-shown').textContent).toContain('Showing 1 of 3 actions.');
  });
});

describe('groupActions', () => {
  it('groups by department (named ones in order, none last) and by status in the core’s order', () => {
    const none = { ...water, action: { ...water.action, id: 4, department: '' } };
    const byDept = groupActions([housing, water, none, shelter], 'department', STATUSES);
    expect(byDept.map((g) => [g.key, g.actions.map((a) => a.action.id)])).toEqual([
      ['Housing', [1, 3]],
      ['Water utility', [2]],
      ['', [4]],
    ]);
    const byStatus = groupActions([housing, water, shelter], 'status', STATUSES);
    expect(byStatus.map((g) => [g.key, g.actions.map((a) => a.action.id)])).toEqual([
      ['planned', [2, 3]],
      ['in_progress', [1]],
    ]);
  });
});

describe('Plan screen', () => {
  it('says what to do first when there is no action', async () => {
    app({ get_plan: () => planData([]) });
    render(Plan);
    expect(await screen.findByText('No actions yet')).toBeTruthy();
    expect(screen.getByText('Import recommendations, then add the actions the city takes on them.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Recommendations' }).getAttribute('href')).toBe('#/recommendations');
    expect(screen.getByRole('button', { name: 'New action' })).toBeTruthy();
  });

  it('shows the actions grouped by department, or by status, with recommendations, dates, SDG targets and indicators', async () => {
    app();
    render(Plan);
    await screen.findAllByTestId('plan-action');
    expect(groupHeadings()).toEqual(['Housing (2)', 'Water utility (1)']);
    const first = screen.getAllByTestId('plan-action')[0] as HTMLElement;
    expect(first.textContent).toContain('Open 200 social housing units');
    expect(first.textContent).toContain('In progress');
    expect(first.textContent).toContain('A/HRC/59/15, para. 140.2');
    expect(first.textContent).toContain('Adopt a national housing strategy for Roma');
    expect(first.textContent).toContain('Thu 1 Jan 2026');
    expect(first.textContent).toContain('Wed 30 Jun 2027');
    expect(first.textContent).toContain('11.1');
    expect(within(first).getByTestId('indicator').textContent).toContain('200 units by Wed 30 Jun 2027');
    expect(within(first).getByTestId('indicator-progress').textContent).toBe('No measurement yet: record one to see progress.');

    await fireEvent.click(screen.getByLabelText('Status'));
    expect(groupHeadings()).toEqual(['Planned (2)', 'In progress (1)']);
  });

  it('adds an action with the recommendations ticked, in the shape create_action reads', async () => {
    let created: ActionInput | null = null;
    const calls = app({
      create_action: (args) => {
        created = (args as { input: ActionInput }).input;
        return action({ id: 9, title: created.title });
      },
    });
    render(Plan);
    await screen.findAllByTestId('plan-action');
    await fireEvent.click(screen.getByRole('button', { name: 'New action' }));
    const dialog = await screen.findByRole('dialog', { name: 'New action' });
    await fireEvent.input(within(dialog).getByLabelText('Title'), { target: { value: 'Housing first pilot' } });
    await within(dialog).findByText(/Build the capacity of law enforcement/);
    await fireEvent.click(within(dialog).getByRole('checkbox', { name: /para\. 140\.3/ }));
    expect(within(dialog).getByText('1 chosen')).toBeTruthy();
    await fireEvent.input(within(dialog).getByLabelText(/Lead department/), { target: { value: 'Social services' } });
    await fireEvent.input(within(dialog).getByLabelText(/Partners/), { target: { value: 'Housing NGO; Tenants’ union' } });
    await fireEvent.input(within(dialog).getByLabelText(/Start/), { target: { value: '2026-03-01' } });
    await fireEvent.input(within(dialog).getByLabelText(/Due/), { target: { value: '2026-12-31' } });
    await fireEvent.change(within(dialog).getByLabelText('Status'), { target: { value: 'in_progress' } });
    await fireEvent.input(within(dialog).getByLabelText(/SDG targets/), { target: { value: '11.1; 1.4' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(callsOf(calls, 'create_action')).toHaveLength(1));
    expect(created).toEqual({
      title: 'Housing first pilot',
      description: '',
      department: 'Social services',
      partners: ['Housing NGO', 'Tenants’ union'],
      start: '2026-03-01',
      due: '2026-12-31',
      status: 'in_progress',
      budget_line: '',
      sdg_targets: ['11.1', '1.4'],
      recommendations: [8],
    });
    // The plan is read again from the core.
    await waitFor(() => expect(callsOf(calls, 'get_plan')).toHaveLength(2));
    expect(screen.getByText('Action “Housing first pilot” added.')).toBeTruthy();
  });

  it('shows the core’s message next to the field at fault and keeps what was typed', async () => {
    app({
      create_action: () => {
        throw { kind: 'invalid', field: 'due', message: 'The due date (2026-01-01) is before the start (2026-03-01). Move one of them.' };
      },
    });
    render(Plan);
    await screen.findAllByTestId('plan-action');
    await fireEvent.click(screen.getByRole('button', { name: 'New action' }));
    const dialog = await screen.findByRole('dialog', { name: 'New action' });
    await fireEvent.input(within(dialog).getByLabelText('Title'), { target: { value: 'Housing first pilot' } });
    await fireEvent.input(within(dialog).getByLabelText(/Start/), { target: { value: '2026-03-01' } });
    await fireEvent.input(within(dialog).getByLabelText(/Due/), { target: { value: '2026-01-01' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const due = within(dialog).getByLabelText(/Due/) as HTMLInputElement;
    await waitFor(() => expect(due.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(due.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(message?.textContent).toContain('The due date (2026-01-01) is before the start (2026-03-01).');
    expect((within(dialog).getByLabelText('Title') as HTMLInputElement).value).toBe('Housing first pilot');
    expect(due.value).toBe('2026-01-01');
    expect(screen.getByRole('dialog', { name: 'New action' })).toBeTruthy();
  });

  it('adds an indicator under an action, sending what was typed for the core to check', async () => {
    let sent: IndicatorInput | null = null;
    app({
      create_indicator: (args) => {
        sent = (args as { input: IndicatorInput }).input;
        return indicator({ id: 51, name: sent.name });
      },
    });
    render(Plan);
    await screen.findAllByTestId('plan-action');
    await fireEvent.click(screen.getByRole('button', { name: 'Add indicator to Connect informal settlements to water' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add indicator to “Connect informal settlements to water”' });
    await fireEvent.input(within(dialog).getByLabelText('Name'), { target: { value: 'Households connected' } });
    await fireEvent.input(within(dialog).getByLabelText(/Unit/), { target: { value: 'households' } });
    await fireEvent.input(within(dialog).getByLabelText('Baseline value'), { target: { value: '1 200' } });
    await fireEvent.input(within(dialog).getByLabelText('Baseline date'), { target: { value: '2026-01-01' } });
    await fireEvent.input(within(dialog).getByLabelText('Target value'), { target: { value: '3000' } });
    await fireEvent.input(within(dialog).getByLabelText('Target date'), { target: { value: '2028-01-01' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Add indicator' }));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toEqual({
      action: 2,
      recommendation: null,
      name: 'Households connected',
      unit: 'households',
      baseline: '1 200',
      baseline_date: '2026-01-01',
      target: '3000',
      target_date: '2028-01-01',
      sdg_indicator: '',
    });
  });

  it('records a measurement and shows the progress the core answers with', async () => {
    const calls = app({
      add_measurement: () =>
        indicator({
          latest: { id: 1, value: 50, date: '2026-09-30', source: 'Housing register' },
          progress: 0.25,
          measurements: [{ id: 1, value: 50, date: '2026-09-30', source: 'Housing register' }],
        }),
    });
    render(Plan);
    const card = (await screen.findAllByTestId('plan-action'))[0] as HTMLElement;
    expect(within(card).queryByRole('progressbar')).toBeNull();
    await fireEvent.click(within(card).getByRole('button', { name: 'Record a measurement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a measurement of “Social housing units opened”' });
    await fireEvent.input(within(dialog).getByLabelText('Value (units)'), { target: { value: '50' } });
    await fireEvent.input(within(dialog).getByLabelText('Date'), { target: { value: '2026-09-30' } });
    await fireEvent.input(within(dialog).getByLabelText('Source'), { target: { value: 'Housing register' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() => expect(within(card).getByTestId('indicator-progress').textContent).toBe('25% of the way to the target'));
    expect(callsOf(calls, 'add_measurement')[0]?.args).toEqual({ input: { indicator: 50, value: '50', date: '2026-09-30', source: 'Housing register' } });
    const bar = within(card).getByRole('progressbar', { name: 'Progress of Social housing units opened' }) as HTMLProgressElement;
    expect(bar.value).toBe(0.25);
    expect(document.getElementById(bar.getAttribute('aria-describedby') ?? '')?.textContent).toBe('25% of the way to the target');
    expect(within(card).getByTestId('indicator-latest').textContent).toContain('50 units on Wed 30 Sept 2026');
  });

  it('edits an indicator in place: its fields start as they are, update_indicator gets what was typed, the card shows the answer', async () => {
    const calls = app({
      update_indicator: (args) => indicator({ name: 'Social housing units delivered', target: { value: 250, date: '2027-12-31' }, id: args.id as number }),
    });
    render(Plan);
    const card = (await screen.findAllByTestId('plan-action'))[0] as HTMLElement;
    await fireEvent.click(within(card).getByRole('button', { name: 'Edit the indicator Social housing units opened' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the indicator “Social housing units opened”' });
    expect((within(dialog).getByLabelText('Target value') as HTMLInputElement).value).toBe('200');
    await fireEvent.input(within(dialog).getByLabelText('Name'), { target: { value: 'Social housing units delivered' } });
    await fireEvent.input(within(dialog).getByLabelText('Target value'), { target: { value: '250' } });
    await fireEvent.input(within(dialog).getByLabelText('Target date'), { target: { value: '2027-12-31' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(within(card).getByText('Social housing units delivered')).toBeTruthy());
    expect(callsOf(calls, 'update_indicator')[0]?.args).toEqual({
      id: 50,
      input: { action: 1, recommendation: null, name: 'Social housing units delivered', unit: 'units', baseline: '0', baseline_date: '2026-01-01', target: '250', target_date: '2027-12-31', sdg_indicator: '' },
    });
  });

  it('removes a measurement typed wrong after a question, and shows the progress the core counts again', async () => {
    const m1 = { id: 1, value: 50, date: '2026-09-30', source: 'Housing register' };
    const m2 = { id: 2, value: 500, date: '2026-10-31', source: 'Typo' };
    const measured = indicator({ latest: m2, progress: 1, measurements: [m1, m2] });
    const calls = app({
      get_plan: () => planData([{ ...housing, indicators: [measured] }]),
      delete_measurement: () => indicator({ latest: m1, progress: 0.25, measurements: [m1] }),
    });
    render(Plan);
    const card = (await screen.findAllByTestId('plan-action'))[0] as HTMLElement;
    await fireEvent.click(within(card).getByRole('button', { name: 'Show details' }));
    await fireEvent.click(await within(card).findByRole('button', { name: 'Remove the value 500 of Sat 31 Oct 2026' }));
    expect(callsOf(calls, 'delete_measurement')).toHaveLength(0);
    const question = await screen.findByText(/Remove the value 500 of Sat 31 Oct 2026 from “Social housing units opened”\?/);
    await fireEvent.click(within(question.closest('dialog') as HTMLElement).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(within(card).getByTestId('indicator-progress').textContent).toBe('25% of the way to the target'));
    expect(callsOf(calls, 'delete_measurement')[0]?.args).toEqual({ id: 2, indicator: 50 });
  });

  it('deletes an indicator only after the question, then reads the plan again', async () => {
    let deleted = false;
    const calls = app({
      get_plan: () => planData([{ ...housing, indicators: deleted ? [] : [indicator()] }]),
      delete_indicator: () => {
        deleted = true;
        return null;
      },
    });
    render(Plan);
    const card = (await screen.findAllByTestId('plan-action'))[0] as HTMLElement;
    await fireEvent.click(within(card).getByRole('button', { name: 'Delete the indicator Social housing units opened' }));
    const question = await screen.findByText(/Delete the indicator “Social housing units opened” and its measurements/);
    expect(callsOf(calls, 'delete_indicator')).toHaveLength(0);
    await fireEvent.click(within(question.closest('dialog') as HTMLElement).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(within(screen.getAllByTestId('plan-action')[0] as HTMLElement).queryByTestId('indicator')).toBeNull());
    expect(callsOf(calls, 'delete_indicator')[0]?.args).toEqual({ id: 50 });
  });

  it('shows a measurement the core refuses next to its field, keeping the value typed', async () => {
    app({
      add_measurement: () => {
        throw { kind: 'invalid', field: 'value', message: '"about 50" is not a number. Write the value as digits, e.g. 120 or 3.5.' };
      },
    });
    render(Plan);
    const card = (await screen.findAllByTestId('plan-action'))[0] as HTMLElement;
    await fireEvent.click(within(card).getByRole('button', { name: 'Record a measurement' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a measurement of “Social housing units opened”' });
    await fireEvent.input(within(dialog).getByLabelText('Value (units)'), { target: { value: 'about 50' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByText(/"about 50" is not a number/)).toBeTruthy();
    expect((within(dialog).getByLabelText('Value (units)') as HTMLInputElement).value).toBe('about 50');
  });

  it('deletes an action only after the question', async () => {
    const calls = app({ delete_action: () => null });
    render(Plan);
    await screen.findAllByTestId('plan-action');
    await fireEvent.click(screen.getByRole('button', { name: 'Delete Winter shelter' }));
    expect(callsOf(calls, 'delete_action')).toHaveLength(0);
    const question = await screen.findByRole('dialog', { name: /Delete the action “Winter shelter”/ });
    await fireEvent.click(within(question).getByRole('button', { name: 'Delete action' }));
    await waitFor(() => expect(callsOf(calls, 'delete_action')[0]?.args).toEqual({ id: 3 }));
    await waitFor(() => expect(callsOf(calls, 'get_plan')).toHaveLength(2));
  });
});
