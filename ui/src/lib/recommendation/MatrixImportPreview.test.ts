// The preview of an Excel import: the core's dry run listed per recommendation (status,
// department, new evidence), the counts and the rows not found; "Apply these changes" calls
// the core once, and a workbook changed since the preview is refused in the app's words.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import type { MatrixImport } from '../bindings/MatrixImport';
import type { MatrixPreview } from '../bindings/MatrixPreview';
import MatrixImportPreview from './MatrixImportPreview.svelte';

const ref = 'A/HRC/59/15, para. 140.2';
const dryRun: MatrixImport = {
  dry_run: true,
  changed: 1,
  unchanged: 2,
  unknown: 1,
  changes: [
    { row: 3, id: 7, reference: ref, field: 'local_status', from: 'Not started', to: 'In progress' },
    { row: 3, id: 7, reference: ref, field: 'department', from: '', to: 'Housing office' },
    { row: 3, id: 7, reference: ref, field: 'evidence', from: '', to: '2026-11-30: Council adopted the plan' },
  ],
  unknown_rows: [{ row: 5, id: '99', symbol: 'A/HRC/1/1', paragraph: '1.1' }],
};
const preview: MatrixPreview = { name: 'edited.xlsx', import: dryRun, statuses: [{ from: 'not_started', to: 'in_progress' }, null, null] };

describe('MatrixImportPreview', () => {
  it('lists each recommendation’s changes, the counts and the unknown rows, then applies once', async () => {
    const calls = mockCommands({ apply_matrix_xlsx: () => ({ ...dryRun, dry_run: false }) });
    const onapplied = vi.fn();
    render(MatrixImportPreview, { open: true, preview, onapplied });
    expect(screen.getByText('Workbook: edited.xlsx')).toBeTruthy();
    expect(screen.getByText('Recommendations to change: 1. Unchanged: 2. Rows not found: 1.')).toBeTruthy();
    const [row] = screen.getAllByTestId('matrix-change');
    expect(screen.getAllByTestId('matrix-change')).toHaveLength(1);
    const cells = within(row!).getAllByRole('cell').map((c) => c.textContent?.trim());
    expect(within(row!).getByRole('rowheader').textContent).toBe(ref);
    expect(cells).toEqual(['Not started → In progress', 'no department → Housing office', '2026-11-30: Council adopted the plan']);
    expect(screen.getByText('Rows not found in CityRights')).toBeTruthy();
    expect(screen.getByText('A/HRC/1/1')).toBeTruthy();
    expect(callsOf(calls, 'apply_matrix_xlsx')).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await vi.waitFor(() => expect(onapplied).toHaveBeenCalledOnce());
    expect(onapplied.mock.calls[0]?.[0].dry_run).toBe(false);
    expect(callsOf(calls, 'apply_matrix_xlsx')).toHaveLength(1);
  });

  it('says the workbook changed since the preview, and writes nothing', async () => {
    mockCommands({
      apply_matrix_xlsx: () => {
        throw { kind: 'refused', message: 'The workbook or the recommendations changed since the preview.', field: null };
      },
    });
    const onapplied = vi.fn();
    render(MatrixImportPreview, { open: true, preview, onapplied });
    await fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    expect(await screen.findByText(/changed since this preview, so nothing was written/)).toBeTruthy();
    expect(onapplied).not.toHaveBeenCalled();
  });

  it('offers only Close when the workbook changes nothing', () => {
    mockCommands({});
    const nothing: MatrixPreview = { name: 'same.xlsx', import: { ...dryRun, changed: 0, unchanged: 3, unknown: 0, changes: [], unknown_rows: [] }, statuses: [] };
    render(MatrixImportPreview, { open: true, preview: nothing, onapplied: vi.fn() });
    expect(screen.getByText(/The workbook changes nothing/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply these changes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
  });
});
