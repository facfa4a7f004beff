// A file the app was given (double-clicked): it says what the file is and acts only when the
// officer says yes; "Cancel" makes Rust forget the file.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import LaunchFile from './LaunchFile.svelte';

function setup(handlers: Record<string, Handler>) {
  const calls = mockCommands({ dismiss_launch_file: () => null, ...handlers });
  const ondone = vi.fn();
  render(LaunchFile, { ondone });
  return { calls, ondone };
}

describe('A file given to the app', () => {
  it('asks before opening a contribution request, then opens it', async () => {
    const { calls, ondone } = setup({
      launch_file: () => ({ path: '/home/ana/housing.cityrights-contribution', name: 'housing.cityrights-contribution', kind: 'contribution_request' }),
      open_launch_file: () => ({ kind: 'contribution_request', replaced: true, contribution_id: null }),
    });

    expect(await screen.findByText(/“housing.cityrights-contribution” asks you for a contribution/)).toBeTruthy();
    expect(callsOf(calls, 'open_launch_file')).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Open' }));

    await waitFor(() => expect(ondone).toHaveBeenCalledWith({ kind: 'contribution_request', replaced: true, contribution_id: null }));
    expect(callsOf(calls, 'open_launch_file')[0]?.args).toEqual({});
  });

  it('forgets the file when the officer cancels', async () => {
    const { calls, ondone } = setup({
      launch_file: () => ({ path: '/tmp/w.zip', name: 'w.zip', kind: 'workspace' }),
    });

    expect(await screen.findByText(/“w.zip” is a whole CityRights workspace/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(callsOf(calls, 'dismiss_launch_file')).toHaveLength(1));
    expect(ondone).not.toHaveBeenCalled();
  });

  it('shows the core\'s message in the dialog when the file is refused, and keeps it open', async () => {
    setup({
      launch_file: () => ({ path: '/tmp/r.cityrights-contribution', name: 'r.cityrights-contribution', kind: 'contribution_return' }),
      open_launch_file: () => {
        throw { kind: 'import', message: 'r.cityrights-contribution was already imported. Nothing was changed.', field: null };
      },
    });

    await fireEvent.click(await screen.findByRole('button', { name: 'Import' }));

    expect(await screen.findByText(/already imported/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy();
  });

  it('says plainly when a file is not one CityRights opens', async () => {
    const { calls } = setup({
      launch_file: () => ({ path: '/tmp/notes.txt', name: 'notes.txt', kind: 'unknown' }),
    });

    expect(await screen.findByText(/cannot open “notes.txt”/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(callsOf(calls, 'dismiss_launch_file')).toHaveLength(1));
    expect(callsOf(calls, 'open_launch_file')).toHaveLength(0);
  });
});
