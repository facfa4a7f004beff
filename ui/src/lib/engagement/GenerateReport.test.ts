// "Generate a report…": the kind that suits the engagement's mechanism, the symbols of the
// imported recommendations, the core's request, and what it made (sections, recommendations).
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import GenerateReport from './GenerateReport.svelte';

const facets = { total: 4, symbols: [{ value: 'A/HRC/59/15', count: 3 }, { value: 'E/C.12/SVN/CO/3', count: 1 }], mechanisms: [], cycles: [], themes: [], sdgs: [], departments: [], tags: [] };

describe('GenerateReport', () => {
  it('asks the core for a mid-term report on the chosen symbol and says what it made', async () => {
    const calls = mockCommands({
      recommendation_facets: () => facets,
      generate_report: () => ({ submission_id: 12, title: 'Mid-term report', sections: [{ id: 1, title: 'Introduction' }, { id: 2, title: 'Housing' }], recommendations_covered: [7, 8, 9] }),
    });
    const ongenerated = vi.fn();
    render(GenerateReport, { open: true, engagementId: 5, mechanismKind: 'upr', ongenerated });
    const kind = screen.getByLabelText('Kind of report') as HTMLSelectElement;
    expect(kind.value).toBe('upr-midterm');
    await screen.findByRole('option', { name: 'A/HRC/59/15 (3)' });
    await fireEvent.change(screen.getByLabelText(/Recommendations of/), { target: { value: 'A/HRC/59/15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Generate the draft' }));
    expect(await screen.findByText('Sections: 2. Recommendations covered: 3.')).toBeTruthy();
    expect(screen.getByText('The draft “Mid-term report” was created.')).toBeTruthy();
    expect(callsOf(calls, 'generate_report')[0]?.args).toEqual({ request: { kind: 'upr-midterm', engagement_id: 5, symbol: 'A/HRC/59/15' } });
    expect(ongenerated).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Open the draft' })).toBeTruthy();
  });

  it('proposes treaty-body follow-up for a treaty body, and shows the core’s refusal', async () => {
    mockCommands({
      recommendation_facets: () => facets,
      generate_report: () => {
        throw { kind: 'not_found', message: 'No recommendations have the symbol "X".', field: 'symbol' };
      },
    });
    render(GenerateReport, { open: true, engagementId: 5, mechanismKind: 'treaty_body' });
    expect((screen.getByLabelText('Kind of report') as HTMLSelectElement).value).toBe('tb-follow-up');
    await screen.findByRole('option', { name: 'A/HRC/59/15 (3)' });
    await fireEvent.click(screen.getByRole('button', { name: 'Generate the draft' }));
    expect(await screen.findByText('No recommendations have the symbol "X".')).toBeTruthy();
  });

  it('asks for recommendations first when none are imported', async () => {
    mockCommands({ recommendation_facets: () => ({ ...facets, total: 0, symbols: [] }) });
    render(GenerateReport, { open: true, engagementId: 5, mechanismKind: 'special_procedures' });
    expect(await screen.findByText(/Import recommendations first/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Generate the draft' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('GenerateReport from the plan', () => {
  it('asks for the engagement first, proposes the kind of its mechanism, and sends its id', async () => {
    const calls = mockCommands({
      recommendation_facets: () => facets,
      list_engagements: () => [{ id: 3, title: 'CESCR review of Slovenia', mechanism: 'CESCR', stage: 'preparing', state_under_review: 'Slovenia', session: '', next_milestone: null, submissions: 0 }],
      get_engagement: () => ({ mechanism: { kind: 'treaty_body' } }),
      generate_report: () => ({ submission_id: 13, title: 'Follow-up information', sections: [{ id: 1, title: 'Summary' }], recommendations_covered: [] }),
    });
    render(GenerateReport, { open: true, engagementId: null });
    const generate = screen.getByRole('button', { name: 'Generate the draft' }) as HTMLButtonElement;
    await screen.findByRole('option', { name: 'CESCR review of Slovenia' });
    await screen.findByRole('option', { name: 'A/HRC/59/15 (3)' });
    expect(generate.disabled).toBe(true);
    await fireEvent.change(screen.getByLabelText('Engagement'), { target: { value: '3' } });
    await vi.waitFor(() => expect((screen.getByLabelText('Kind of report') as HTMLSelectElement).value).toBe('tb-follow-up'));
    expect(generate.disabled).toBe(false);
    await fireEvent.click(generate);
    expect(await screen.findByText('Sections: 1. Recommendations covered: 0.')).toBeTruthy();
    expect(callsOf(calls, 'generate_report')[0]?.args).toEqual({ request: { kind: 'tb-follow-up', engagement_id: 3, symbol: null } });
  });

  it('says to create an engagement first when there is none', async () => {
    mockCommands({ recommendation_facets: () => facets, list_engagements: () => [] });
    render(GenerateReport, { open: true, engagementId: null });
    expect(await screen.findByText(/Create an engagement first/)).toBeTruthy();
  });
});
