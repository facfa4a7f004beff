// The Backups screen: what each backup holds, a damaged one not offered for restore, "Back up
// now" (and a second copy that could not be written, said plainly), and a restore that asks
// first, says the current database is backed up, and reloads the app's data afterwards.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { BackupInfo } from '../bindings/BackupInfo';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import Backups from './Backups.svelte';

const dir = '/home/officer/.local/share/cityrights/backups';
const backup = (overrides: Partial<BackupInfo> = {}): BackupInfo => ({
  path: `${dir}/cityrights-20261127T100000.000Z-manual.sqlite3`,
  file_name: 'cityrights-20261127T100000.000Z-manual.sqlite3',
  created_at: '2026-11-27T10:00:00Z',
  reason: 'manual',
  size_bytes: 2_400_000,
  engagements: 3,
  submissions: 1,
  words: 1234,
  damaged: null,
  ...overrides,
});
const good = backup();
const damaged = backup({
  path: `${dir}/cityrights-20261126T060000.000Z-periodic.sqlite3`,
  file_name: 'cityrights-20261126T060000.000Z-periodic.sqlite3',
  created_at: '2026-11-26T06:00:00Z',
  reason: 'periodic',
  engagements: 0,
  submissions: 0,
  words: 0,
  damaged: "the file is damaged: SQLite's integrity check found problems (page 4 is never used)",
});

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

const app = (extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) => ({
  ...readyApp(),
  list_backups: () => [good, damaged],
  last_backup: () => null,
  ...extra,
});

describe('Backups', () => {
  it('lists each backup with its date, reason and what it holds in a table with headers', async () => {
    ready();
    mockCommands(app());
    render(Backups);

    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Made on', 'Why', 'What it holds', 'Size', 'Restore']);
    const rows = within(table).getAllByTestId('backup-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('Backed up by hand');
    expect(rows[0]?.textContent).toContain('3 engagements, 1 submission, 1,234 words');
    expect(rows[0]?.textContent).toContain('2.3 MB');
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: /^Restore the backup of / })).toBeTruthy();
  });

  it('lists a backup taken before a workspace import as such, and points to moving to another computer', async () => {
    ready();
    mockCommands(app({ list_backups: () => [backup({ reason: 'before_import' })] }));
    render(Backups);

    expect((await screen.findByTestId('backup-row')).textContent).toContain('Before a workspace import');
    expect(screen.getByRole('link', { name: /^Export the whole workspace to one file/ }).getAttribute('href')).toBe('#/settings');
  });

  it('shows a damaged backup with the reason and offers no Restore for it', async () => {
    ready();
    mockCommands(app());
    render(Backups);

    const rows = await screen.findAllByTestId('backup-row');
    const bad = rows[1] as HTMLElement;
    expect(bad.textContent).toContain('Every 4 hours');
    expect(bad.textContent).toContain('Damaged, cannot be restored: the file is damaged');
    expect(within(bad).queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^Restore the backup of / })).toHaveLength(1);
  });

  it('shows a backup that cannot be checked right now as kept, and offers no Restore for it', async () => {
    ready();
    const busy = backup({ unavailable: 'another program is using it' });
    mockCommands(app({ list_backups: () => [busy] }));
    render(Backups);

    const row = await screen.findByTestId('backup-row');
    expect(row.textContent).toContain('Cannot be checked right now');
    expect(row.textContent).toContain('it is kept');
    expect(row.textContent).toContain('another program is using it');
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('asks before restoring, says the current database is backed up first, then reloads the data', async () => {
    ready();
    let listed = [good, damaged];
    const restoredStatus = readyStatus({ city: { ...readyStatus().city!, name: 'Restored city' } });
    const calls = mockCommands(
      app({
        list_backups: () => listed,
        restore_backup: () => {
          listed = [backup({ reason: 'before_restore', created_at: '2026-11-27T11:00:00Z', path: `${dir}/x` }), good, damaged];
          return restoredStatus;
        },
      }),
    );
    render(Backups);

    await fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of / }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/Restore the backup of .*\(3 engagements, 1 submission, 1,234 words\)\?/);
    expect(dialog.textContent).toContain('Your current database is backed up first, so nothing is lost');
    expect(callsOf(calls, 'restore_backup')).toHaveLength(0);

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Restore this backup' }));
    expect(await screen.findByText(/^Restored the backup of .* The database as it was is kept as a backup/)).toBe(screen.getByRole('status'));
    expect(callsOf(calls, 'restore_backup')[0]?.args).toEqual({ file: good.path });
    expect(session.status?.city?.name).toBe('Restored city');
    expect(callsOf(calls, 'list_mechanisms').length).toBeGreaterThan(0);
    expect(session.revision).toBeGreaterThan(0);
    expect(await screen.findByText('Before a restore')).toBeTruthy();
  });

  it('keeps the dialog open with the plain message when a restore fails', async () => {
    ready();
    mockCommands(
      app({
        restore_backup: () => {
          throw { kind: 'conflict', message: 'The backup x cannot be restored: the file is damaged. Your database has not been changed; choose another backup.', field: null };
        },
      }),
    );
    render(Backups);

    await fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of / }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toContain('Your database has not been changed');
  });

  it('backs up now, and says plainly when the second copy could not be written', async () => {
    ready();
    const calls = mockCommands(
      app({
        create_backup: () => ({
          backup: good,
          second_copy: { folder: '/media/usb', written: null, problem: '/media/usb cannot be reached: it does not exist, or its drive is not connected' },
        }),
      }),
    );
    render(Backups);

    await fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText('Backed up: 3 engagements, 1 submission, 1,234 words.')).toBe(screen.getByRole('status'));
    expect(screen.getByRole('status').textContent).toBe('Backed up: 3 engagements, 1 submission, 1,234 words.');
    expect(screen.getByRole('alert').textContent).toContain('The backup was made on this computer, but its second copy could not be written: /media/usb cannot be reached');
    expect(callsOf(calls, 'create_backup')).toHaveLength(1);
  });

  it("warns when the last automatic backup's second copy failed", async () => {
    ready();
    mockCommands(app({ last_backup: () => ({ backup: good, second_copy: { folder: '/media/usb', written: null, problem: '/media/usb is full; the copy was not written' } }) }));
    render(Backups);

    expect((await screen.findByRole('alert')).textContent?.trim()).toMatch(/^The last backup \(.*\) was made on this computer, but its second copy could not be written: \/media\/usb is full/);
  });
});
