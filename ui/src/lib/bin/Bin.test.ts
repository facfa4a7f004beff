// The bin: restore one item, or empty it for good after a question.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import type { BinItem } from '../bindings/BinItem';
import { session } from '../session.svelte';
import Bin from './Bin.svelte';

const items = (): BinItem[] => [
  { kind: 'submission', id: 4, title: 'Joint submission draft', context: 'UPR of Exampleland (demo cycle)', deleted_at: '2026-11-27T09:30:00Z' },
  { kind: 'engagement', id: 2, title: 'CESCR review of Exampleland', context: 'CESCR', deleted_at: '2026-11-26T15:00:00Z' },
];

/** The bin as Rust keeps it: restoring takes an item out of the list. */
function binOf(start: BinItem[]) {
  let bin = start;
  return {
    list_bin: () => bin,
    restore_from_bin: (args: Record<string, unknown>) => {
      bin = bin.filter((i) => !(i.kind === args.kind && i.id === args.id));
      return null;
    },
  };
}

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
    expect(rows[0]?.textContent).toContain('UPR of Exampleland (demo cycle)');
    expect(rows[0]?.textContent).toContain('Fri, 27 Nov 2026, 10:30');
    expect(within(rows[1] as HTMLElement).getByText('CESCR')).toBeTruthy();
  });

  it('restores an item with restore_from_bin, passing its kind and id', async () => {
    ready();
    const calls = mockCommands({ ...readyApp(), ...binOf(items()) });
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

  it('lists a binned milestone and recommendation in words and restores each by its kind', async () => {
    ready();
    const calls = mockCommands({
      ...readyApp(),
      ...binOf([
        { kind: 'recommendation', id: 7, title: 'A/HRC/59/15, para. 140.2', context: 'Adopt a national housing strategy for Roma…', deleted_at: '2026-11-28T09:00:00Z' },
        { kind: 'milestone', id: 3, title: 'Submission window closes', context: 'UPR of Exampleland (demo cycle)', deleted_at: '2026-11-27T09:00:00Z' },
      ]),
    });
    render(Bin);
    const rows = await screen.findAllByTestId('bin-row');
    expect(rows[0]?.textContent).toContain('Recommendation');
    expect(rows[0]?.textContent).toContain('Adopt a national housing strategy for Roma…');
    expect(rows[1]?.textContent).toContain('Milestone');
    expect(rows[1]?.textContent).toContain('UPR of Exampleland (demo cycle)');
    await fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('“A/HRC/59/15, para. 140.2” was restored.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId('bin-row')).toHaveLength(1));
    await fireEvent.click(within(screen.getAllByTestId('bin-row')[0] as HTMLElement).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(callsOf(calls, 'restore_from_bin')).toHaveLength(2));
    expect(callsOf(calls, 'restore_from_bin').map((c) => c.args)).toEqual([
      { kind: 'recommendation', id: 7 },
      { kind: 'milestone', id: 3 },
    ]);
  });
});
