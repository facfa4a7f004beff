// The recommendations screen, the citation picker and the status-by-theme chart, against a
// mocked Rust side.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
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

  it('exports the follow-up matrix as a PDF table of what the table shows', async () => {
    const calls = app({
      export_recommendations_pdf: () => ({ path: '/home/ana/follow-up-matrix.pdf', pages: 4, rows: 3 }),
    });
    render(Recommendations);
    await screen.findAllByTestId('recommendation-row');
    await fireEvent.change(screen.getByLabelText('Response'), { target: { value: 'noted' } });
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
    expect(bulk?.args).toEqual({ ids: [1, 3], change: { action: 'add_tag', tag: 'housing' } });
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
  it('shows what the UN wrote and saves the city’s follow-up, tags and evidence', async () => {
    const r = rec({ id: 2, paragraph: '140.2', recommending_states: ['Venezuela (Bolivarian Republic of)'] });
    const calls = mockCommands({
      get_recommendation: () => ({ recommendation: r, evidence: [], cited_in: [{ submission_id: 9, submission_title: 'Housing input', section_id: 4, section_title: 'Housing' }] }),
      set_recommendation_fields: (args) => ({ ...r, ...(args.fields as object) }),
      set_recommendation_tags: (args) => ({ ...r, tags: args.tags }),
      add_recommendation_evidence: () => ({ id: 1, recommendation_id: 2, noted_on: '2026-03-01', note: 'Council decision', created_at: '' }),
    });
    const changed: unknown[] = [];
    render(RecommendationDetail, { id: 2, onchange: (x: unknown) => changed.push(x), ondeleted: () => {} });
    expect(await screen.findByText('A/HRC/59/15, para. 140.2')).toBeTruthy();
    expect(screen.getByText('Venezuela (Bolivarian Republic of)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Housing input' }).getAttribute('href')).toBe('#/submissions/9?section=4');

    await fireEvent.change(screen.getByLabelText('Municipal competence'), { target: { value: 'shared' } });
    await fireEvent.input(screen.getByLabelText('Responsible department'), { target: { value: 'Housing' } });
    await fireEvent.change(screen.getByLabelText('Status in the city'), { target: { value: 'in_progress' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save follow-up' }));
    await waitFor(() => expect(callsOf(calls, 'set_recommendation_fields')).toHaveLength(1));
    expect(callsOf(calls, 'set_recommendation_fields')[0]?.args).toEqual({ id: 2, fields: { competence: 'shared', department: 'Housing', local_status: 'in_progress' } });

    await fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'housing, Roma ,' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save tags' }));
    await waitFor(() => expect(callsOf(calls, 'set_recommendation_tags')[0]?.args).toEqual({ id: 2, tags: ['housing', 'Roma'] }));

    await fireEvent.input(screen.getByLabelText('What was done'), { target: { value: 'Council decision' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    await waitFor(() => expect(callsOf(calls, 'add_recommendation_evidence')).toHaveLength(1));
    expect(callsOf(calls, 'add_recommendation_evidence')[0]?.args).toMatchObject({ id: 2, note: 'Council decision' });
    expect(changed.length).toBeGreaterThanOrEqual(2);
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
    expect(document.querySelectorAll('svg rect')).toHaveLength(2);
  });
});
