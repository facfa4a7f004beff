// The revisions panel: the list, naming the current text, viewing one, the word-level
// comparison (insertions and deletions in words, not colour alone), and restoring after asking.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { readyStatus } from '../../test/fixtures';
import { submissionDetail } from '../../test/drafting-fixtures';
import type { RevisionSummary } from '../bindings/RevisionSummary';
import { session } from '../session.svelte';
import RevisionsPanel from './RevisionsPanel.svelte';

const revisions: RevisionSummary[] = [
  { id: 30, kind: 'named', name: 'Sent to legal review', author: '', words: 2410, created_at: '2026-11-27T09:00:00Z' },
  { id: 29, kind: 'auto', name: '', author: '', words: 2380, created_at: '2026-11-27T08:40:00Z' },
  { id: 28, kind: 'before_restore', name: '', author: '', words: 2100, created_at: '2026-11-26T16:00:00Z' },
  { id: 27, kind: 'sent', name: '', author: '', words: 2000, created_at: '2026-11-20T16:00:00Z' },
];

function setup(handlers: Record<string, Handler> = {}) {
  session.status = readyStatus();
  const calls = mockCommands({ list_revisions: () => revisions, ...handlers });
  const beforeChange = vi.fn(() => Promise.resolve());
  const onrestored = vi.fn();
  render(RevisionsPanel, { submissionId: 7, beforeChange, onrestored });
  return { calls, beforeChange, onrestored };
}

describe('Revisions panel', () => {
  it('lists automatic, named, before-restore and sent revisions with their words', async () => {
    const { calls } = setup();
    const rows = await screen.findAllByTestId('revision-row');
    expect(rows.map((r) => r.children[1]?.textContent)).toEqual(['Named', 'Automatic', 'Before a restore', 'Sent']);
    expect(rows[0]?.textContent).toContain('Sent to legal review');
    expect(rows[0]?.textContent).toContain('2,410');
    expect(callsOf(calls, 'list_revisions')[0]?.args).toEqual({ submissionId: 7 });
  });

  it('offers no Restore while the submission is sent: what was sent stays sent', async () => {
    session.status = readyStatus();
    mockCommands({ list_revisions: () => revisions });
    render(RevisionsPanel, { submissionId: 7, beforeChange: vi.fn(() => Promise.resolve()), onrestored: vi.fn(), readOnly: true });
    const rows = await screen.findAllByTestId('revision-row');
    expect(rows).toHaveLength(4);
    expect(screen.queryAllByRole('button', { name: 'Restore' })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'View' })).toHaveLength(4);
  });

  it('renames an existing revision in its row, and shows the core’s message when the name is empty', async () => {
    const { calls } = setup({
      rename_revision: (args) => {
        if (String(args.name).trim() === '') throw { kind: 'invalid', message: 'The name of the version is required.', field: 'name' };
        return { ...revisions[1]!, name: String(args.name) };
      },
    });
    const rows = await screen.findAllByTestId('revision-row');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Name it' }));
    const input = within(rows[1] as HTMLElement).getByRole('textbox');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Save name' }));
    expect(await within(rows[1] as HTMLElement).findByText('The name of the version is required.')).toBeTruthy();
    await fireEvent.input(input, { target: { value: 'Draft before the mayor' } });
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Renamed “Draft before the mayor”.')).toBeTruthy();
    expect(callsOf(calls, 'rename_revision').at(-1)?.args).toEqual({ id: 29, name: 'Draft before the mayor' });
  });

  it('names the current text after saving what is being typed', async () => {
    const { calls, beforeChange } = setup({ name_revision: (args) => ({ ...revisions[0], id: 31, name: args.name }) });
    await fireEvent.input(await screen.findByLabelText('Name the current text'), { target: { value: 'Sent to legal review' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save this version' }));
    expect(await screen.findByText('Saved as “Sent to legal review”.')).toBeTruthy();
    expect(beforeChange).toHaveBeenCalled();
    expect(callsOf(calls, 'name_revision')[0]?.args).toEqual({ submissionId: 7, name: 'Sent to legal review' });
  });

  it('shows a word-level comparison: insertions and deletions marked with words', async () => {
    const { calls } = setup({
      compare_revisions: () => ({
        sections: [
          { title: 'Summary', change: 'same', ops: [{ op: 'equal', text: 'Nothing new.' }] },
          {
            title: 'Recommendations',
            change: 'changed',
            ops: [
              { op: 'equal', text: 'Adopt a ' },
              { op: 'delete', text: 'national' },
              { op: 'insert', text: 'municipal' },
              { op: 'equal', text: ' housing strategy.' },
            ],
          },
          { title: 'Annex', change: 'added', ops: [{ op: 'insert', text: 'New annex.' }] },
        ],
      }),
    });
    await screen.findAllByTestId('revision-row');
    await fireEvent.change(screen.getByLabelText('Older version'), { target: { value: '29' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const diff = await screen.findByTestId('revision-diff');
    expect(callsOf(calls, 'compare_revisions')[0]?.args).toEqual({ from: 29, to: null });
    expect(diff.querySelector('del')?.textContent).toBe('Removed: national');
    expect(diff.querySelector('ins')?.textContent).toBe('Added: municipal');
    expect(diff.textContent).toContain('Recommendations changed');
    expect(diff.textContent).toContain('Annex added');
    // Unchanged sections are not repeated.
    expect(diff.textContent).not.toContain('Nothing new.');
  });

  it('views a revision read-only, built as elements (no markup from the text)', async () => {
    setup({
      get_revision: () => ({
        summary: revisions[1],
        sections: [
          {
            section_id: 11,
            title: 'Summary',
            content: {
              blocks: [
                { type: 'paragraph', numbered: true, content: [{ type: 'text', text: '<script>alert(1)</script> Old text', marks: [{ type: 'bold' }] }] },
              ],
            },
          },
        ],
      }),
    });
    const rows = await screen.findAllByTestId('revision-row');
    await fireEvent.click(within(rows[1]!).getByRole('button', { name: 'View' }));
    const region = await screen.findByRole('region', { name: /^The text of / });
    expect(region.querySelector('b')?.textContent).toBe('<script>alert(1)</script> Old text');
    expect(region.querySelector('script')).toBeNull();
  });

  it('asks before restoring, saves the typing first, then hands the restored submission over', async () => {
    const restored = submissionDetail();
    const { calls, beforeChange, onrestored } = setup({ restore_revision: () => restored });
    const rows = await screen.findAllByTestId('revision-row');
    await fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Restore' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('The current text is kept as a revision first');
    expect(callsOf(calls, 'restore_revision')).toHaveLength(0);
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(callsOf(calls, 'restore_revision')[0]?.args).toEqual({ id: 29 }));
    expect(beforeChange).toHaveBeenCalled();
    expect(onrestored).toHaveBeenCalledWith(restored);
  });
});
