// Settings: the city profile form (Saved status, errors per field) and where the data lives.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { city, mechanisms, readyApp as readyAppBase, readyStatus } from '../../test/fixtures';
import { session } from '../session.svelte';
import Settings from './Settings.svelte';

const noSecondFolder = { folder: null, reachable: false, problem: null };
const citations = { style: 'parenthetical', examples: [{ style: 'parenthetical', text: 'in 2025 (A/HRC/59/15, para. 140.212).', footnote: null }] };
const readyApp = () => ({ ...readyAppBase(), second_backup_folder: () => noSecondFolder, citation_settings: () => citations });

function ready() {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
}

describe('Settings', () => {
  it('shows the profile in labelled fields and the database file', async () => {
    ready();
    mockCommands(readyApp());
    render(Settings);

    expect((screen.getByLabelText('City name') as HTMLInputElement).value).toBe(city.name);
    expect((screen.getByLabelText('Country code (ISO 3166-1 alpha-3)') as HTMLInputElement).value).toBe('XEX');
    expect((screen.getByLabelText('State under review') as HTMLInputElement).value).toBe('Exampleland');
    expect((screen.getByLabelText('Contact person or office') as HTMLInputElement).value).toBe(city.contact_name);
    expect((screen.getByLabelText('Contact e-mail') as HTMLInputElement).value).toBe(city.contact_email);
    const language = screen.getByLabelText('Language of submissions') as HTMLSelectElement;
    expect([...language.options].map((o) => o.textContent).sort()).toEqual(['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish']);
    const paper = screen.getByLabelText('Paper size') as HTMLSelectElement;
    expect([...paper.options].map((o) => o.textContent)).toEqual(['A4', 'US Letter']);
    const path = screen.getByLabelText('Database file') as HTMLInputElement;
    expect(path.value).toBe(readyStatus().db_path);
    expect(path.readOnly).toBe(true);
    // How citations are written is chosen here too.
    const style = await within(screen.getByRole('region', { name: 'Citations' })).findByRole('radio', { name: /In brackets/ });
    expect((style as HTMLInputElement).checked).toBe(true);
  });

  it('saves with save_city and says "Saved"', async () => {
    ready();
    const calls = mockCommands({ ...readyApp(), save_city: (args) => args.profile });
    render(Settings);

    await fireEvent.change(screen.getByLabelText('Language of submissions'), { target: { value: 'fr' } });
    await fireEvent.change(screen.getByLabelText('Paper size'), { target: { value: 'letter' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await within(screen.getByRole('region', { name: 'Your city' })).findByRole('status')).textContent).toBe('Saved');
    expect(callsOf(calls, 'save_city')[0]?.args).toEqual({ profile: { ...city, default_language: 'fr', paper_size: 'letter' } });
    expect(session.status?.city?.default_language).toBe('fr');
  });

  it('never sends a file path: the logo is chosen in a native dialog opened by Rust', async () => {
    ready();
    const kept = '/home/officer/.local/share/cityrights/logos/logo-0123456789abcdef.png';
    const calls = mockCommands({
      ...readyApp(),
      // As the core does: the logo it keeps stays, whatever the page sends.
      save_city: (args) => ({ ...(args.profile as object), logo_path: kept }),
      choose_city_logo: () => ({ ...city, logo_path: kept }),
      remove_city_logo: () => ({ ...city, logo_path: null }),
    });
    render(Settings);

    expect(screen.getByText('No logo')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Choose logo…' }));
    expect(await screen.findByText('A logo is set')).toBeTruthy();
    expect(callsOf(calls, 'choose_city_logo')[0]?.args ?? {}).toEqual({});

    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await within(screen.getByRole('region', { name: 'Your city' })).findByText('Saved');
    expect(callsOf(calls, 'save_city')[0]?.args.profile).toMatchObject({ logo_path: null });

    await fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(await screen.findByText('No logo')).toBeTruthy();
  });

  it("shows the core's message next to the e-mail field and keeps the input", async () => {
    ready();
    mockCommands({
      ...readyApp(),
      save_city: () => {
        throw { kind: 'invalid', message: 'This does not look like an e-mail address.', field: 'contact_email' };
      },
    });
    render(Settings);

    const email = screen.getByLabelText('Contact e-mail') as HTMLInputElement;
    await fireEvent.input(email, { target: { value: 'office at city' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const message = await screen.findByText('This does not look like an e-mail address.');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect((email.getAttribute('aria-describedby') ?? '').split(' ')).toContain(message.closest('p')?.id);
    expect(email.value).toBe('office at city');
    expect(screen.queryByText('Saved')).toBeNull();
  });
  it('shows the second backup folder and says plainly when it cannot be reached', async () => {
    ready();
    mockCommands({
      ...readyApp(),
      second_backup_folder: () => ({
        folder: '/media/usb/CityRights',
        reachable: false,
        problem: '/media/usb/CityRights cannot be reached: it does not exist, or its drive is not connected',
      }),
    });
    render(Settings);

    const backups = screen.getByRole('region', { name: 'Backups' });
    expect(((await within(backups).findByDisplayValue('/media/usb/CityRights')) as HTMLInputElement).readOnly).toBe(true);
    expect(within(backups).getByLabelText('Second backup folder')).toBeTruthy();
    expect(within(backups).getByText(/^Not reachable: .*its drive is not connected\. Backups still go to the data folder\.$/)).toBeTruthy();
    expect(within(backups).getByRole('link', { name: 'See the backups, back up now, or restore one' }).getAttribute('href')).toBe('#/backups');
  });

  it('chooses a folder through the native dialog and can stop copying there', async () => {
    ready();
    const calls = mockCommands({
      ...readyApp(),
      choose_second_backup_folder: () => ({ folder: '/media/usb', reachable: true, problem: null }),
      forget_second_backup_folder: () => noSecondFolder,
    });
    render(Settings);
    const backups = screen.getByRole('region', { name: 'Backups' });

    await fireEvent.click(await within(backups).findByRole('button', { name: 'Choose folder…' }));
    expect(await within(backups).findByText('Reachable: the next backup will be copied there.')).toBeTruthy();
    expect(within(backups).getByRole('status').textContent).toBe('Backups will also be written to /media/usb.');

    await fireEvent.click(within(backups).getByRole('button', { name: 'Stop copying there' }));
    expect(await within(backups).findByText(/The copies already there stay\./)).toBeTruthy();
    expect(within(backups).queryByRole('button', { name: 'Stop copying there' })).toBeNull();
    expect(callsOf(calls, 'choose_second_backup_folder')).toHaveLength(1);
    expect(callsOf(calls, 'forget_second_backup_folder')).toHaveLength(1);
  });

  it('moves to another computer: after a workspace import the city form shows the imported city', async () => {
    ready();
    const next = readyStatus({ city: { ...city, name: 'Imported city' } });
    mockCommands({
      ...readyApp(),
      app_status: () => next,
      import_workspace: () => ({
        path: next.db_path,
        from: '/media/usb/cityrights-workspace.zip',
        bytes: 1000,
        exported_at: '2026-11-27T10:00:00Z',
        app_version: '0.1.0',
        schema_version: 4,
        engagements: 3,
        submissions: 1,
        recommendations: 0,
        logo_path: null,
        backup: null,
      }),
    });
    render(Settings);

    const move = screen.getByRole('region', { name: 'Move to another computer' });
    expect(within(move).getByRole('button', { name: 'Export workspace…' })).toBeTruthy();
    await fireEvent.click(within(move).getByRole('button', { name: 'Import workspace…' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Choose the file and import' }));
    expect(await within(move).findByText(/^Imported the workspace from /)).toBeTruthy();
    await screen.findByDisplayValue('Imported city');
    expect((screen.getByLabelText('City name') as HTMLInputElement).value).toBe('Imported city');
  });
});
