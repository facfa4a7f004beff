// The bin: restore one item, or empty it for good after a question.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import type { BinItem } from '../bindings/BinItem';
import { session } from '../session.svelte';
import Bin from './Bin.svelte';

const items = (): BinItem[] => [
  { kind: 'submission', id: 4, title: 'Joint submission draft', context: 'UPR of Exampleland, 5th cycle', deleted_at: '2026-11-27T09:30:00Z' },
  { kind: 'engagement', id: 2, title: 'CESCR review of Exampleland', context: 'CESCR', deleted_at: '2026-11-26T15:00:00Z' },
];

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

describe('Bin', () => {
  it('lists items with kind in words, title, context and the deletion date', async () => {
    ready();
    mockCommands({ ...readyApp(), list_bin: () => items() });
    render(Bin);

    const rows = await screen.findAllByTestId('bin-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Submission');
    expect(rows[0]?.textContent).toContain('Joint submission draft');
    expect(rows[0]?.textContent).toContain('UPR of Exampleland, 5th cycle');
    expect(rows[0]?.textContent).toContain('Fri 27 Nov 2026, 10:30');
    expect(within(rows[1] as HTMLElement).getByText('CESCR')).toBeTruthy();
  });

  it('restores an item with restore_from_bin, passing its kind and id', async () => {
    ready();
    let bin = items();
    const calls = mockCommands({
      ...readyApp(),
      list_bin: () => bin,
      restore_from_bin: (args) => {
        bin = bin.filter((i) => !(i.kind === args.kind && i.id === args.id));
        return null;
      },
    });
    render(Bin);

    const rows = await screen.findAllByTestId('bin-row');
    await fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(callsOf(calls, 'restore_from_bin')).toHaveLength(1));
    expect(callsOf(calls, 'restore_from_bin')[0]?.args).toEqual({ kind: 'engagement', id: 2 });
    expect(await screen.findByText('“CESCR review of Exampleland” was restored.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('bin-row')).toHaveLength(1));
  });

  it('empties the bin only after "Delete for good" in the confirmation dialog', async () => {
    ready();
    let bin = items();
    const calls = mockCommands({
      ...readyApp(),
      list_bin: () => bin,
      empty_bin: () => {
        const n = bin.length;
        bin = [];
        return n;
      },
    });
    render(Bin);

    await fireEvent.click(await screen.findByRole('button', { name: 'Empty the bin' }));
    let dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Delete everything in the bin for good?');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(callsOf(calls, 'empty_bin')).toHaveLength(0);
    expect(screen.queryByRole('dialog')).toBeNull();

    await fireEvent.click(screen.getByRole('button', { name: 'Empty the bin' }));
    dialog = screen.getByRole('dialog');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Delete for good' }));

    expect(await screen.findByText('The bin is empty.')).toBeTruthy();
    expect(screen.getByText('The bin was emptied (2 items deleted for good).')).toBeTruthy();
    expect(callsOf(calls, 'empty_bin')).toHaveLength(1);
  });

  it('says when the bin is empty', async () => {
    ready();
    mockCommands({ ...readyApp(), list_bin: () => [] });
    render(Bin);

    expect(await screen.findByText('The bin is empty.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Empty the bin' })).toBeNull();
  });

  it('shows a failed restore in an alert', async () => {
    ready();
    mockCommands({
      ...readyApp(),
      list_bin: () => items(),
      restore_from_bin: () => {
        throw { kind: 'not_found', message: 'Item in the bin 4 does not exist (it may have been deleted).', field: null };
      },
    });
    render(Bin);

    const rows = await screen.findAllByTestId('bin-row');
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toContain('does not exist');
  });
});
