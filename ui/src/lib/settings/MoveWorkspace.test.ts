// Settings → Move to another computer: the export says where the file went, what it holds and
// that it holds personal data; the import asks first (the data here is replaced, backed up
// before), then reloads the app's data, or shows the core's refusal with nothing changed.
// Cancelling the native dialog (the command answers null) changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { WorkspaceExported } from '../bindings/WorkspaceExported';
import type { WorkspaceImported } from '../bindings/WorkspaceImported';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import MoveWorkspace from './MoveWorkspace.svelte';

const exported: WorkspaceExported = {
  path: '/media/usb/cityrights-workspace.zip',
  bytes: 2_400_000,
  app_version: '0.1.0',
  schema_version: 4,
  created_at: '2026-11-27T10:00:00Z',
  engagements: 3,
  submissions: 1,
  recommendations: 214,
  logo: 'files/logo.png',
  notices: [],
};

const imported: WorkspaceImported = {
  path: '/home/officer/.local/share/cityrights/cityrights.sqlite3',
  from: '/media/usb/cityrights-workspace.zip',
  bytes: 2_400_000,
  exported_at: '2026-11-27T10:00:00Z',
  app_version: '0.1.0',
  schema_version: 4,
  engagements: 3,
  submissions: 1,
  recommendations: 1,
  logo_path: '/home/officer/.local/share/cityrights/logo.png',
  backup: {
    path: '/home/officer/.local/share/cityrights/backups/cityrights-20261128T090000.000Z-before-import.sqlite3',
    file_name: 'cityrights-20261128T090000.000Z-before-import.sqlite3',
    created_at: '2026-11-28T09:00:00Z',
    reason: 'before_import',
    size_bytes: 1_000_000,
    engagements: 0,
    submissions: 0,
    words: 0,
    damaged: null,
  },
};

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

const app = (extra: Record<string, Handler> = {}) => ({ ...readyApp(), ...extra });

async function askToImport() {
  await fireEvent.click(screen.getByRole('button', { name: 'Import workspace…' }));
  return screen.getByRole('dialog');
}

describe('MoveWorkspace', () => {
  it('exports, then says where the file went, what it holds and that it holds personal data', async () => {
    ready();
    const calls = mockCommands(app({ export_workspace: () => exported }));
    render(MoveWorkspace);

    await fireEvent.click(screen.getByRole('button', { name: 'Export workspace…' }));
    const status = await screen.findByText(/^The workspace was saved to /);
    expect(status.closest('[role="status"]')).toBeTruthy();
    expect(status.textContent).toBe(
      'The workspace was saved to /media/usb/cityrights-workspace.zip (2.3 MB). It holds 3 engagements, 1 submission and 214 recommendations. The city logo is in it too.',
    );
    const personal = screen.getByTestId('move-personal').textContent ?? '';
    expect(personal).toContain('personal data: the names and contact details of the people who took part in consultations');
    expect(personal).toContain('Keep it safe');
    expect(callsOf(calls, 'export_workspace')).toHaveLength(1);
    expect(callsOf(calls, 'export_workspace')[0]?.args).toEqual({});
  });

  it("shows the core's notices, such as a logo left out", async () => {
    ready();
    mockCommands(app({ export_workspace: () => ({ ...exported, logo: null, notices: ['note: the city logo /x/logo.png could not be read and was left out'] }) }));
    render(MoveWorkspace);

    await fireEvent.click(screen.getByRole('button', { name: 'Export workspace…' }));
    expect(await screen.findByText('note: the city logo /x/logo.png could not be read and was left out')).toBeTruthy();
    expect(screen.getByText(/^The workspace was saved to /).textContent).not.toContain('logo');
  });

  it('says nothing when the save dialog is cancelled', async () => {
    ready();
    const calls = mockCommands(app({ export_workspace: () => null }));
    render(MoveWorkspace);

    await fireEvent.click(screen.getByRole('button', { name: 'Export workspace…' }));
    await vi.waitFor(() => expect(callsOf(calls, 'export_workspace')).toHaveLength(1));
    expect((screen.getByRole('button', { name: 'Export workspace…' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
    expect(screen.queryByTestId('move-personal')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks before importing: the data here is replaced, and backed up first', async () => {
    ready();
    const calls = mockCommands(app({ import_workspace: () => null }));
    render(MoveWorkspace);

    const dialog = await askToImport();
    expect(dialog.textContent).toContain('will be replaced by the data in the file you choose next');
    expect(dialog.textContent).toContain('Your current database is backed up first, so nothing is lost');
    expect(dialog.textContent).toContain('restore it from the Backups screen, where it is listed as “Before a workspace import”');
    expect(callsOf(calls, 'import_workspace')).toHaveLength(0);

    // Cancelling the file dialog (null) closes the question and changes nothing.
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file and import' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf(calls, 'import_workspace')).toHaveLength(1);
    expect(callsOf(calls, 'app_status')).toHaveLength(0);
    expect(screen.getByRole('status').textContent?.trim()).toBe('');
  });

  it('imports, then reloads the status and reference data and says what came in', async () => {
    ready();
    const next = readyStatus({ city: { ...readyStatus().city!, name: 'Imported city' } });
    const onimported = vi.fn();
    const calls = mockCommands(app({ import_workspace: () => imported, app_status: () => next }));
    const revision = session.revision;
    render(MoveWorkspace, { onimported });

    const dialog = await askToImport();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file and import' }));
    const status = await screen.findByText(/^Imported the workspace from \/media\/usb\/cityrights-workspace\.zip \(exported on .* with CityRights 0\.1\.0\): 3 engagements, 1 submission and 1 recommendation\./);
    expect(status.textContent).toContain('kept as a backup (“Before a workspace import”)');
    expect(within(status).getByRole('link').getAttribute('href')).toBe('#/backups');
    await vi.waitFor(() => expect(onimported).toHaveBeenCalledTimes(1));
    expect(session.status?.city?.name).toBe('Imported city');
    expect(callsOf(calls, 'list_mechanisms').length).toBeGreaterThan(0);
    expect(session.revision).toBeGreaterThan(revision);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("keeps the question open with the core's refusal in plain words, nothing changed", async () => {
    ready();
    const before = session.status;
    const onimported = vi.fn();
    const calls = mockCommands(
      app({
        import_workspace: () => {
          throw {
            kind: 'import',
            message:
              'This workspace file was written by a newer version of CityRights (0.2.0 — schema version 5); this version (0.1.0) understands up to schema version 4. Nothing was changed. Install CityRights 0.2.0 or later, then import again.',
            field: null,
          };
        },
      }),
    );
    render(MoveWorkspace, { onimported });

    const dialog = await askToImport();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file and import' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('The workspace was not imported. This workspace file was written by a newer version of CityRights (0.2.0');
    expect(alert.textContent?.match(/Nothing was changed/g)).toHaveLength(1);
    expect(callsOf(calls, 'app_status')).toHaveLength(0);
    expect(session.status).toBe(before);
    expect(onimported).not.toHaveBeenCalled();
  });

  it('adds no second "nothing was changed" to a refused file in another language', async () => {
    ready();
    mockCommands(
      app({
        import_workspace: () => {
          throw {
            kind: 'import',
            message: 'Le fichier d’espace de travail est endommagé : il ne contient aucune base de données. Rien n’a été modifié.',
            field: null,
          };
        },
      }),
    );
    render(MoveWorkspace);

    const dialog = await askToImport();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file and import' }));
    const alert = await within(screen.getByRole('dialog')).findByRole('alert');
    expect(alert.textContent).toContain('Rien n’a été modifié.');
    expect(alert.textContent).not.toContain('Nothing on this computer was changed.');
  });

  it('says nothing was changed when the message does not say so itself', async () => {
    ready();
    mockCommands(
      app({
        import_workspace: () => {
          throw { kind: 'io', message: 'Could not read /media/usb/w.zip: permission denied', field: null };
        },
      }),
    );
    render(MoveWorkspace);

    const dialog = await askToImport();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file and import' }));
    expect((await within(screen.getByRole('dialog')).findByRole('alert')).textContent).toContain(
      'The workspace was not imported. Could not read /media/usb/w.zip: permission denied Nothing on this computer was changed.',
    );
  });
});
