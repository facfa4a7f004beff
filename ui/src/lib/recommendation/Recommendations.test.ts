// The recommendations screen, the citation picker and the status-by-theme chart, against a
// mocked Rust side.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { mechanisms, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import type { Facets } from '../bindings/Facets';
import type { Recommendation } from '../bindings/Recommendation';
import type { RecommendationFilter } from '../bindings/RecommendationFilter';
import type { RecommendationsOverview } from '../bindings/RecommendationsOverview';
import RecommendationPicker from './RecommendationPicker.svelte';
import CitationDialog from '../editor/CitationDialog.svelte';
import RecommendationImport from './RecommendationImport.svelte';
import RecommendationDetail from './RecommendationDetail.svelte';
import RecommendationForm from './RecommendationForm.svelte';
import StatusByTheme from './StatusByTheme.svelte';
import Recommendations from './Recommendations.svelte';

const rec = (overrides: Partial<Recommendation> = {}): Recommendation => ({
  id: 1,
  symbol: 'A/HRC/59/15',
  paragraph: '140.1',
  text: 'Adopt a national housing strategy',
  recommending_states: ['Spain'],
  response: 'supported',
  response_text: 'Supported',
  response_source: 'A/HRC/59/15/Add.1 - Para.3',
  mechanism: 'UPR',
  kind: '',
  country: 'SVN',
  cycle: '4th',
  session: '48',
  themes: ['Right to adequate housing'],
  groups: [],
  sdgs: ['11 - SUSTAINABLE CITIES AND COMMUNITIES'],
  published_on: '',
  source: 'report',
  annotation_id: null,
  competence: 'unknown',
  department: '',
  local_status: 'not_started',
  tags: [],
  is_new: false,
  text_pieces: [],
  ...overrides,
  // As the core sends it (document::citation_text).
  reference: `${overrides.symbol ?? 'A/HRC/59/15'}, para. ${overrides.paragraph ?? '140.1'}`,
});

const list = [
  rec(),
  rec({ id: 2, paragraph: '140.2', text: 'Ensure access to water for Roma', recommending_states: ['Chile'], tags: ['water'], is_new: true }),
  rec({ id: 3, paragraph: '140.3', text: 'Ratify the Optional Protocol', response: 'noted' }),
];

const facets: Facets = {
  total: 3,
  symbols: [{ value: 'A/HRC/59/15', count: 3 }],
  mechanisms: [{ value: 'UPR', count: 3 }],
  cycles: [{ value: '4th', count: 3 }],
  themes: [{ value: 'Right to adequate housing', count: 3 }],
  sdgs: [{ value: '11', count: 3 }],
  departments: [],
  tags: [{ value: 'water', count: 1 }],
};

const overview: RecommendationsOverview = {
  total: 3,
  last_import: { id: 1, kind: 'report', file_name: 'pasted text', country: '', symbol: 'A/HRC/59/15', imported: 3, updated: 0, unchanged: 0, skipped: 0, imported_at: '2026-11-27T10:00:00Z' },
  new_since_last_import: 3,
  by_theme: [{ theme: 'Right to adequate housing', not_started: 2, in_progress: 1, implemented: 0, not_applicable: 0, total: 3 }],
  within_competence: 0,
};

function app(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  return mockCommands({
    recommendation_facets: () => facets,
    recommendations_overview: () => overview,
    list_recommendations: (args) => {
      const f = args.filter as RecommendationFilter;
      const items = list.filter((r) => (f.response ? r.response === f.response : true));
      if (f.query) {
        return {
          items: items.slice(0, 1).map((r) => ({ ...r, text_pieces: [{ text: 'Adopt a national ', hit: false }, { text: 'housing', hit: true }, { text: ' strategy', hit: false }] })),
          total: 1,
        };
      }
      return { items, total: items.length };
    },
    bulk_change_recommendations: (args) => (args.ids as number[]).length,
    ...extra,
  });
}

describe('Recommendations screen', () => {
  it('explains what to do first when there are none', async () => {
    app({ recommendation_facets: () => ({ ...facets, total: 0 }), list_recommendations: () => ({ items: [], total: 0 }) });
    render(Recommendations);
    expect(await screen.findByText('No recommendations yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import…' })).toBeTruthy();
  });

  it('shows the table, the chart and what the last import added; filters go to Rust', async () => {
    const calls = app();
    render(Recommendations);
    const rows = await screen.findAllByTestId('recommendation-row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('Ensure access to water for Roma');
    expect(rows[1]?.textContent).toContain('(Chile)');
    expect(within(rows[1] as HTMLElement).getByText('new')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('water')).toBeTruthy();
    expect(screen.getByText('The last import added 3 new recommendations.')).toBeTruthy();
    expect(screen.getAllByText('Local status by theme').length).toBeGreaterThan(0);

    await fireEvent.change(screen.getByLabelText('Response'), { target: { value: 'noted' } });
    await waitFor(() => expect(screen.getAllByTestId('recommendation-row')).toHaveLength(1));
    const last = callsOf(calls, 'list_recommendations').at(-1);
    expect((last?.args.filter as RecommendationFilter).response).toBe('noted');
    expect(screen.getByText('Showing 1 of 1')).toBeTruthy();
  });

  it('shows each row’s SDG goals and linked targets from the core, and exports and imports the matrix in Excel', async () => {
    const calls = app({
      list_recommendation_sdgs: () => [
        { id: 1, sdg_goals: [11], sdg_targets: ['11.1'] },
        { id: 2, sdg_goals: [6, 11], sdg_targets: [] },
        { id: 3, sdg_goals: [], sdg_targets: [] },
      ],
      export_matrix_xlsx: () => ({ path: '/home/ana/implementation-matrix.xlsx', rows: 3 }),
      preview_matrix_xlsx: () => {
        throw { kind: 'import', message: 'The workbook has no column Local status.', field: null };
      },
    });
    render(Recommendations);
    await waitFor(() => expect(screen.getAllByTestId('recommendation-sdgs')).toHaveLength(2));
    const rows = screen.getAllByTestId('recommendation-row');
    expect(within(rows[0] as HTMLElement).getByTestId('recommendation-sdgs').textContent).toBe('SDGs: 11 · SDG targets: 11.1');
    expect(within(rows[1] as HTMLElement).getByTestId('recommendation-sdgs').textContent).toBe('SDGs: 6, 11');
    expect(within(rows[2] as HTMLElement).queryByTestId('recommendation-sdgs')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Export to Excel…' }));
    expect(await screen.findByText('Wrote 3 recommendations to /home/ana/implementation-matrix.xlsx.')).toBeTruthy();
    expect(callsOf(calls, 'export_matrix_xlsx')).toHaveLength(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Import from Excel…' }));
    expect(await screen.findByText('The workbook has no column Local status.')).toBeTruthy();
    expect(document.querySelector('dialog[open]')).toBeNull();
  });

  it('exports the follow-up matrix as a PDF table of what the table shows', async () => {
    const calls = app({
      export_recommendations_pdf: () => ({ path: '/home/ana/follow-up-matrix.pdf', pages: 4, rows: 3 }),
    });
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.change(screen.getByLabelText('Response'), { target: { value: 'noted' } });
    // The export follows the filter, and the screen says so before anything is written.
    expect(await screen.findByText(/^The exports hold what the current filter shows: 1 of 3 recommendations\./)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Export follow-up matrix (PDF)…' }));
    expect(await screen.findByText('Wrote 3 recommendations on 4 pages to /home/ana/follow-up-matrix.pdf.')).toBeTruthy();
    const sent = callsOf(calls, 'export_recommendations_pdf')[0]?.args.filter as RecommendationFilter;
    expect(sent.response).toBe('noted');
  });

  it('shows imported text as text: markup in it never becomes markup', async () => {
    app({
      list_recommendations: () => ({
        items: [rec({ text: '<img src=x onerror="window.hacked=1"> Ensure housing', tags: ['<b>x</b>'] })],
        total: 1,
      }),
    });
    render(Recommendations);
    const row = (await screen.findAllByTestId('recommendation-row'))[0] as HTMLElement;
    expect(row.textContent).toContain('<img src=x onerror="window.hacked=1"> Ensure housing');
    expect(row.querySelector('img')).toBeNull();
    expect(row.querySelector('b')).toBeNull();
  });

  it('marks the search hits', async () => {
    app();
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'housing' } });
    await waitFor(() => expect(screen.getAllByTestId('recommendation-row')).toHaveLength(1));
    const mark = document.querySelector('mark');
    expect(mark?.textContent).toBe('housing');
  });

  it('tags the selected recommendations at once', async () => {
    const calls = app();
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.click(screen.getByLabelText('Select A/HRC/59/15, para. 140.1'));
    await fireEvent.click(screen.getByLabelText('Select A/HRC/59/15, para. 140.3'));
    expect(screen.getByText('2 selected')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Tag to add or remove'), { target: { value: 'housing' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await screen.findByText('Tag added to 2 recommendations.');
    const bulk = callsOf(calls, 'bulk_change_recommendations')[0];
    expect(bulk?.args).toEqual({ ids: [1, 3], change: { action: 'add_tag', tag: 'housing' }, mode: 'replace' });
    // Adding a tag replaces nothing: no question, no preview.
    expect(callsOf(calls, 'preview_bulk_change')).toHaveLength(0);
  });

  it('says how many departments a bulk change would replace, and keeps them when asked', async () => {
    const calls = app({
      list_departments: () => [
        { id: 1, name: 'Housing department', recommendations: 1 },
        { id: 2, name: 'Social services', recommendations: 3 },
      ],
      preview_bulk_change: () => ({ selected: 12, replaced: 3, unchanged: 1 }),
      bulk_change_recommendations: (args) => (args.mode === 'keep_existing' ? 9 : 12),
    });
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.click(screen.getByLabelText('Select all shown'));
    const bar = screen.getByRole('region', { name: 'Change the selected recommendations' });
    // The city's list is offered, and a new name can be typed.
    const select = within(bar).getByLabelText('Department to set') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['None', 'Housing department', 'Social services', 'Another department (type its name)']);
    await fireEvent.change(select, { target: { value: 'Housing department' } });
    await fireEvent.click(within(bar).getByRole('button', { name: 'Set department' }));

    // Nothing is changed before the answer.
    const question = await screen.findByRole('dialog');
    expect(question.textContent).toContain('3 of the 12 selected already have a department; replace them?');
    expect(callsOf(calls, 'bulk_change_recommendations')).toHaveLength(0);
    expect(callsOf(calls, 'preview_bulk_change')[0]?.args).toEqual({ ids: [1, 2, 3], change: { action: 'set_department', department: 'Housing department' } });
    await fireEvent.click(within(question).getByRole('button', { name: 'Keep theirs, change the other 9' }));
    await screen.findByText('9 recommendations changed.');
    expect(callsOf(calls, 'bulk_change_recommendations')[0]?.args).toEqual({
      ids: [1, 2, 3],
      change: { action: 'set_department', department: 'Housing department' },
      mode: 'keep_existing',
    });

    // Asked again, "Replace" replaces; Cancel changes nothing.
    await fireEvent.click(within(bar).getByRole('button', { name: 'Set department' }));
    await fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(callsOf(calls, 'bulk_change_recommendations')).toHaveLength(1);
    await fireEvent.click(within(bar).getByRole('button', { name: 'Set department' }));
    await fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Replace' }));
    await screen.findByText('12 recommendations changed.');
    expect(callsOf(calls, 'bulk_change_recommendations')[1]?.args).toMatchObject({ mode: 'replace' });
  });

  it('changes at once when nothing would be replaced, and a new department can be typed', async () => {
    const calls = app({
      list_departments: () => [],
      preview_bulk_change: () => ({ selected: 2, replaced: 0, unchanged: 0 }),
    });
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.click(screen.getByLabelText('Select A/HRC/59/15, para. 140.1'));
    await fireEvent.click(screen.getByLabelText('Select A/HRC/59/15, para. 140.2'));
    await fireEvent.change(screen.getByLabelText('Department to set'), { target: { value: ' other' } });
    await fireEvent.input(screen.getByLabelText('Name of the new department'), { target: { value: 'Water utility' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Set department' }));
    await screen.findByText('2 recommendations changed.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf(calls, 'bulk_change_recommendations')[0]?.args).toEqual({
      ids: [1, 2],
      change: { action: 'set_department', department: 'Water utility' },
      mode: 'replace',
    });
  });

  it('keeps the bulk bar out of the table and folds the rarer filters', async () => {
    const calls = app();
    render(Recommendations);
    const rows = await screen.findAllByTestId('recommendation-row');
    const table = rows[0]?.closest('table') as HTMLTableElement;
    await fireEvent.click(screen.getByLabelText('Select A/HRC/59/15, para. 140.1'));
    const bar = screen.getByRole('region', { name: 'Change the selected recommendations' });
    // The bar comes after the table in the page: nothing is inserted above the rows.
    expect(table.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await fireEvent.click(within(bar).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Change the selected recommendations' })).toBeNull();

    // One row of filters; the others behind "More filters".
    expect(screen.queryByLabelText('Mechanism')).toBeNull();
    const more = screen.getByRole('button', { name: 'More filters' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(more);
    await fireEvent.change(screen.getByLabelText('Mechanism'), { target: { value: 'UPR' } });
    await waitFor(() => expect((callsOf(calls, 'list_recommendations').at(-1)?.args.filter as RecommendationFilter).mechanism).toBe('UPR'));
    await fireEvent.click(screen.getByRole('button', { name: 'Fewer filters' }));
    // A filter set behind the fold is counted on the button.
    expect(screen.getByRole('button', { name: 'More filters (1 set)' })).toBeTruthy();
  });

  it('shows the core’s message when a bulk change is refused', async () => {
    app({
      bulk_change_recommendations: () => {
        throw { kind: 'invalid', message: 'The tag cannot be empty.', field: 'tag' };
      },
    });
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByText('3 selected')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByText('The tag cannot be empty.')).toBeTruthy();
  });
});

describe('RecommendationPicker', () => {
  it('searches in Rust and gives back the symbol and paragraph to cite', async () => {
    const calls = mockCommands({
      search_recommendations: () => [
        {
          id: 7,
          symbol: 'A/HRC/59/15',
          paragraph: '140.7',
          reference: 'A/HRC/59/15, para. 140.7',
          text: 'Ratify the Optional Protocol',
          recommending_states: ['Maldives', 'Portugal'],
          response: 'supported',
          pieces: [{ text: 'Ratify', hit: true }, { text: ' the Optional Protocol', hit: false }],
        },
      ],
    });
    let picked: { symbol: string; paragraph: string } | null = null;
    render(RecommendationPicker, { onpick: (c: { symbol: string; paragraph: string }) => (picked = c) });
    await fireEvent.input(screen.getByLabelText('Find a recommendation'), { target: { value: 'ratify' } });
    const result = await screen.findByRole('button', { name: /A\/HRC\/59\/15, para\. 140\.7/ });
    expect(result.querySelector('mark')?.textContent).toBe('Ratify');
    expect(result.textContent).toContain('(Maldives, Portugal)');
    await fireEvent.click(result);
    expect(picked).toEqual({ symbol: 'A/HRC/59/15', paragraph: '140.7' });
    expect(callsOf(calls, 'search_recommendations')[0]?.args).toEqual({ query: 'ratify', limit: 20 });
  });
});

describe('Detail panel', () => {
  const r = rec({
    id: 2,
    paragraph: '140.2',
    recommending_states: ['Venezuela (Bolivarian Republic of)'],
    department: 'Housing',
    tags: ['water'],
    sdgs: ['1 - NO POVERTY', '11 - SUSTAINABLE CITIES AND COMMUNITIES'],
  });
  const detail = {
    recommendation: r,
    evidence: [{ id: 5, recommendation_id: 2, noted_on: '2026-01-10', note: 'Survey of Roma settlements', created_at: '' }],
    cited_in: [{ submission_id: 9, submission_title: 'Housing input', section_id: 4, section_title: 'Housing' }],
  };
  const departments = [
    { id: 1, name: 'Housing', recommendations: 1 },
    { id: 2, name: 'Water utility', recommendations: 0 },
  ];

  it('shows what the UN wrote and saves the whole follow-up with one Save', async () => {
    const calls = mockCommands({
      get_recommendation: () => detail,
      list_departments: () => departments,
      save_recommendation_follow_up: (args) => {
        const f = args.followUp as { competence: string; department: string; local_status: string; tags: string[] };
        return { ...detail, recommendation: { ...r, competence: f.competence, department: f.department, local_status: f.local_status, tags: f.tags }, evidence: [] };
      },
    });
    const changed: unknown[] = [];
    render(RecommendationDetail, { id: 2, onchange: (x: unknown) => changed.push(x), ondeleted: () => {} });
    expect(await screen.findByText('A/HRC/59/15, para. 140.2')).toBeTruthy();
    expect(screen.getByText('Venezuela (Bolivarian Republic of)')).toBeTruthy();
    // Each imported name isolated in its own direction (an English SDG name in an Arabic page).
    const sdg = screen.getByText('11 - SUSTAINABLE CITIES AND COMMUNITIES');
    expect(sdg.tagName).toBe('BDI');
    expect(sdg.parentElement?.textContent).toBe('1 - NO POVERTY; 11 - SUSTAINABLE CITIES AND COMMUNITIES');
    expect(screen.getByText('Right to adequate housing').tagName).toBe('BDI');
    expect(screen.getByRole('link', { name: 'Housing input' }).getAttribute('href')).toBe('#/submissions/9?section=4');
    // One Save for the whole dialog.
    expect(screen.getAllByRole('button', { name: /^Save/ }).map((b) => b.textContent)).toEqual(['Save follow-up']);

    await fireEvent.change(screen.getByLabelText('Municipal competence'), { target: { value: 'shared' } });
    await fireEvent.change(screen.getByLabelText('Responsible department'), { target: { value: 'Water utility' } });
    await fireEvent.change(screen.getByLabelText('Status in the city'), { target: { value: 'in_progress' } });
    await fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'housing, Roma ,' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Remove the evidence of Sat 10 Jan 2026' }));
    expect(screen.getByText('(removed when you save)')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-01' } });
    await fireEvent.input(screen.getByLabelText('What was done'), { target: { value: 'Council decision' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    await waitFor(() => expect(callsOf(calls, 'save_recommendation_follow_up')).toHaveLength(1));
    expect(callsOf(calls, 'save_recommendation_follow_up')[0]?.args).toEqual({
      id: 2,
      followUp: {
        competence: 'shared',
        department: 'Water utility',
        local_status: 'in_progress',
        tags: ['housing', 'Roma'],
        new_evidence: { noted_on: '2026-03-01', note: 'Council decision' },
        removed_evidence: [5],
      },
    });
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(changed).toHaveLength(1);
  });

  it('puts the core’s message under the field and keeps everything typed', async () => {
    mockCommands({
      get_recommendation: () => detail,
      list_departments: () => departments,
      save_recommendation_follow_up: () => {
        throw { kind: 'invalid', message: '"2026-02-30" is not a valid date.', field: 'noted_on' };
      },
    });
    render(RecommendationDetail, { id: 2, onchange: () => {}, ondeleted: () => {} });
    await screen.findByText('A/HRC/59/15, para. 140.2');
    await fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'water, roma' } });
    await fireEvent.input(screen.getByLabelText('What was done'), { target: { value: 'Pipes replaced' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    expect(await screen.findByText('"2026-02-30" is not a valid date.')).toBeTruthy();
    expect(screen.getByLabelText('Date').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('water, roma');
    expect((screen.getByLabelText('What was done') as HTMLInputElement).value).toBe('Pipes replaced');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('a new department typed in the dialog is sent to join the list', async () => {
    const calls = mockCommands({
      get_recommendation: () => detail,
      list_departments: () => departments,
      save_recommendation_follow_up: () => detail,
    });
    render(RecommendationDetail, { id: 2, onchange: () => {}, ondeleted: () => {} });
    await screen.findByText('A/HRC/59/15, para. 140.2');
    await fireEvent.change(screen.getByLabelText('Responsible department'), { target: { value: ' other' } });
    await fireEvent.input(screen.getByLabelText('Name of the new department'), { target: { value: 'Parks and gardens' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    await waitFor(() => expect((callsOf(calls, 'save_recommendation_follow_up')[0]?.args.followUp as { department: string }).department).toBe('Parks and gardens'));
  });
});

describe('The recommendation dialog never drops unsaved work', () => {
  function screenWithDialog(save: Handler = (args) => ({ ...detailOf(), recommendation: { ...list[0]!, tags: (args.followUp as { tags: string[] }).tags } })) {
    const calls = app({
      get_recommendation: () => detailOf(),
      list_departments: () => [],
      save_recommendation_follow_up: save,
    });
    render(Recommendations);
    return calls;
  }
  const detailOf = () => ({ recommendation: list[0]!, evidence: [], cited_in: [] });

  async function openFirst() {
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.click(screen.getByRole('button', { name: 'Open A/HRC/59/15, para. 140.1' }));
    await screen.findByLabelText('Tags');
    return screen.getByRole('dialog', { name: 'Recommendation' });
  }

  it('closes at once when nothing changed (Escape or Close)', async () => {
    screenWithDialog();
    let dialog = await openFirst();
    await fireEvent.keyDown(screen.getByLabelText('Tags'), { key: 'Escape' });
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    dialog = await openFirst();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
  });

  it('asks before Escape drops unsaved tags: keep editing, discard, or save', async () => {
    const calls = screenWithDialog();
    const dialog = await openFirst();
    await fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'housing' } });

    // Escape: the question, and the dialog stays with what was typed.
    await fireEvent.keyDown(screen.getByLabelText('Tags'), { key: 'Escape' });
    let question = await screen.findByRole('dialog', { name: /has changes you have not saved/ });
    expect(question.textContent).toContain('The follow-up of A/HRC/59/15, para. 140.1 has changes you have not saved. Save them before closing?');
    expect(document.activeElement?.textContent).toBe('Keep editing');
    await fireEvent.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(dialog.hasAttribute('open')).toBe(true);
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('housing');

    // Escape on the question itself is "keep editing" too, and never closes the dialog under it.
    await fireEvent.keyDown(screen.getByLabelText('Tags'), { key: 'Escape' });
    question = await screen.findByRole('dialog', { name: /has changes you have not saved/ });
    await fireEvent.keyDown(within(question).getByRole('button', { name: 'Keep editing' }), { key: 'Escape' });
    expect(question.hasAttribute('open')).toBe(false);
    expect(dialog.hasAttribute('open')).toBe(true);

    // The Close button asks the same; "Save changes" saves, then closes.
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    question = await screen.findByRole('dialog', { name: /has changes you have not saved/ });
    await fireEvent.click(within(question).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(callsOf(calls, 'save_recommendation_follow_up')[0]?.args).toMatchObject({ id: 1, followUp: { tags: ['housing'] } });
  });

  it('"Discard changes" closes without saving; a failed save keeps the dialog open', async () => {
    const calls = screenWithDialog(() => {
      throw { kind: 'invalid', message: 'This text is too long.', field: 'tag' };
    });
    let dialog = await openFirst();
    await fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'x'.repeat(90) } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    let question = await screen.findByRole('dialog', { name: /has changes you have not saved/ });
    await fireEvent.click(within(question).getByRole('button', { name: 'Save changes' }));
    expect(await within(question).findByText('This text is too long.')).toBeTruthy();
    expect(dialog.hasAttribute('open')).toBe(true);
    await fireEvent.click(within(question).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(callsOf(calls, 'save_recommendation_follow_up')).toHaveLength(1);

    // Opened again: the stored follow-up, nothing of the discarded text.
    dialog = await openFirst();
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('');
    question = screen.queryByRole('dialog', { name: /has changes you have not saved/ }) as HTMLElement;
    expect(question?.hasAttribute('open') ?? false).toBe(false);
  });

  it('moves a recommendation to the bin after the question, saying it can be restored whole', async () => {
    const calls = app({ get_recommendation: () => detailOf(), list_departments: () => [], delete_recommendation: () => null });
    render(Recommendations);
    const dialog = await openFirst();
    await fireEvent.click(within(dialog).getAllByRole('button', { name: 'Move to bin' })[0] as HTMLElement);
    const question = screen.getByRole('dialog', { name: /to the bin, with the city’s follow-up/ });
    expect(question.textContent).toContain('Move A/HRC/59/15, para. 140.1 to the bin, with the city’s follow-up (competence, department, status, tags, evidence)? You can restore it whole from the Bin.');
    expect(callsOf(calls, 'delete_recommendation')).toHaveLength(0);
    await fireEvent.click(within(question).getByRole('button', { name: 'Move to bin' }));
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(false));
    expect(callsOf(calls, 'delete_recommendation')[0]?.args).toEqual({ id: 1 });
  });
});

describe('Manual entry', () => {
  it('puts the core’s message next to the field and keeps what was typed', async () => {
    mockCommands({
      create_recommendation: () => {
        throw { kind: 'invalid', message: 'A/HRC/59/15, para. 140.7 is already in the list.', field: 'paragraph' };
      },
    });
    render(RecommendationForm, { open: true, oncreated: () => {} });
    await fireEvent.input(screen.getByLabelText('Document symbol'), { target: { value: 'A/HRC/59/15' } });
    await fireEvent.input(screen.getByLabelText('Paragraph'), { target: { value: '140.7' } });
    await fireEvent.input(screen.getByLabelText('Recommendation'), { target: { value: 'Ratify the Protocol' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A/HRC/59/15, para. 140.7 is already in the list.')).toBeTruthy();
    expect(screen.getByLabelText('Paragraph').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Recommendation') as HTMLTextAreaElement).value).toBe('Ratify the Protocol');
  });
});

describe('Importing', () => {
  it('maps the columns of a CSV file, then imports with that mapping', async () => {
    session.status = readyStatus();
    const calls = mockCommands({
      pick_recommendations_file: () => ({ token: 4, name: 'ministry.csv' }),
      preview_recommendations_csv: () => ({
        headers: ['Ref', 'Recommendation', 'Who'],
        rows: [['140.1', 'Adopt a strategy', 'Spain']],
        row_count: 12,
        suggested: { symbol: null, paragraph: null, text: 1, recommending_states: 2, response: null, themes: null, sdgs: null, mechanism: null, cycle: null, default_symbol: '' },
      }),
      import_recommendations: () => ({ import_id: 1, imported: 12, updated: 0, unchanged: 0, skipped: 0, records: 12, other_countries: 0, unusable: 0 }),
    });
    const done: unknown[] = [];
    render(RecommendationImport, { open: true, onimported: (s: unknown) => done.push(s) });
    await fireEvent.change(screen.getByLabelText('What to import'), { target: { value: 'csv' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }));
    expect(await screen.findByText('ministry.csv')).toBeTruthy();
    expect(await screen.findByText('Which column holds what (12 rows)')).toBeTruthy();
    expect(screen.getByText('Adopt a strategy')).toBeTruthy();
    await fireEvent.change(screen.getByLabelText('Paragraph'), { target: { value: '0' } });
    await fireEvent.input(screen.getByLabelText('Document symbol (optional)'), { target: { value: 'A/HRC/59/15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('12 imported, 0 updated, 0 unchanged, 0 skipped.')).toBeTruthy();
    const request = callsOf(calls, 'import_recommendations')[0]?.args.request as Record<string, unknown>;
    expect(request.kind).toBe('csv');
    expect(request.token).toBe(4);
    expect(request.mapping).toMatchObject({ paragraph: 0, text: 1, recommending_states: 2, default_symbol: 'A/HRC/59/15' });
    expect(done).toHaveLength(1);
  });

  it('can be cancelled while it runs, and says that nothing was kept', async () => {
    session.status = readyStatus();
    let fail: (e: unknown) => void = () => {};
    const calls = mockCommands({
      import_recommendations: () => new Promise((_, reject) => (fail = reject)),
      cancel_recommendations_import: () => {
        fail({ kind: 'cancelled', message: 'The import was cancelled. Nothing of it was kept.', field: null });
        return null;
      },
    });
    render(RecommendationImport, { open: true, onimported: () => {} });
    await fireEvent.input(screen.getByLabelText('Report text'), { target: { value: '140.1 Ratify (Chile).' } });
    await fireEvent.input(screen.getByLabelText('Document symbol'), { target: { value: 'A/HRC/59/15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    expect(await screen.findByText('The import was cancelled. Nothing of it was kept.')).toBeTruthy();
    expect(callsOf(calls, 'cancel_recommendations_import')).toHaveLength(1);
    expect((screen.getByLabelText('Report text') as HTMLTextAreaElement).value).toBe('140.1 Ratify (Chile).');
  });
});

describe('The editor’s citation dialog', () => {
  it('inserts a citation of a recommendation found by search', async () => {
    mockCommands({
      search_recommendations: () => [
        { id: 2, symbol: 'A/HRC/59/15', paragraph: '140.2', reference: 'A/HRC/59/15, para. 140.2', text: 'Adopt a housing strategy', recommending_states: [], response: 'pending', pieces: [{ text: 'Adopt a housing strategy', hit: false }] },
      ],
    });
    const saved: [string, string | null][] = [];
    render(CitationDialog, { open: true, symbol: '', paragraph: null, isNew: true, onsave: (s: string, p: string | null) => saved.push([s, p]) });
    await fireEvent.input(screen.getByLabelText('Find a recommendation'), { target: { value: 'housing' } });
    await fireEvent.click(await screen.findByRole('button', { name: /A\/HRC\/59\/15, para\. 140\.2/ }));
    expect(saved).toEqual([['A/HRC/59/15', '140.2']]);
  });
});

describe('StatusByTheme', () => {
  it('draws one bar per theme and gives the numbers in a table', () => {
    render(StatusByTheme, { rows: overview.by_theme });
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Right to adequate housing' })).toBeTruthy();
    const cells = within(table).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['2', '1', '0', '0']);
    expect(document.querySelectorAll('.bars .seg')).toHaveLength(2);
  });
});
