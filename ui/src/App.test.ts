// Start-up: the frame, the error screen, the welcome screen (demo or own city), navigation.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from './test/setup';
import { city, emptyStatus, readyApp, readyStatus } from './test/fixtures';
import { libraryEntry } from './test/library-fixtures';
import App from './App.svelte';

describe('App frame', () => {
  it('shows the CityRights header and the version from app_info', async () => {
    mockCommands(readyApp());
    render(App);

    expect(screen.getByRole('heading', { level: 1, name: 'CityRights' })).toBeTruthy();
    expect((await screen.findByTestId('app-version')).textContent).toBe('version 0.1.0');
  });

  it('says so in plain words when the status of the database cannot be read', async () => {
    mockCommands({
      app_info: () => ({ version: '0.1.0' }),
      app_status: () => {
        throw { kind: 'io', message: 'Could not read the settings.', field: null };
      },
    });
    render(App);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not read the settings.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('Try again: a second failure keeps the focus on the button; a success brings the screen back, focused', async () => {
    const app = readyApp();
    let failures = 2;
    mockCommands({
      ...app,
      list_mechanisms: () => {
        if (failures-- > 0) throw { kind: 'database', message: 'The database reported an error: disk I/O error', field: null };
        return app.list_mechanisms();
      },
    });
    render(App);

    expect((await screen.findByRole('alert')).textContent?.trim()).toBe('The app could not check its database. The database reported an error: disk I/O error');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Try again' })));
    expect(failures).toBe(0);

    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const main = await screen.findByRole('main');
    await waitFor(() => expect(within(main).queryByRole('alert')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('main')));
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('Try again after a new workspace failed to load asks it for its mechanisms, not the old list', async () => {
    const app = readyApp();
    const other = readyStatus({ db_path: '/home/officer/housing.cityrights-workspace.sqlite3' });
    let opened = false;
    let loads = 0;
    const calls = mockCommands({
      ...app,
      app_status: () => (opened ? other : app.app_status()),
      launch_file: () => ({ path: '/home/officer/housing.cityrights-contribution', name: 'housing.cityrights-contribution', kind: 'contribution_request' }),
      dismiss_launch_file: () => null,
      open_launch_file: () => {
        opened = true;
        return { kind: 'contribution_request', replaced: true, contribution_id: null };
      },
      list_mechanisms: () => {
        loads += 1;
        if (loads === 2) throw { kind: 'database', message: 'The database reported an error: disk I/O error', field: null };
        return app.list_mechanisms();
      },
    });
    render(App);

    await fireEvent.click(await screen.findByRole('button', { name: 'Open' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull());
    expect(callsOf(calls, 'list_mechanisms')).toHaveLength(3);
  });

  it('Try again that brings the welcome screen back puts the focus on it', async () => {
    let failed = false;
    mockCommands({
      app_info: () => ({ version: '0.1.0' }),
      app_status: () => {
        if (!failed) {
          failed = true;
          throw { kind: 'io', message: 'Could not read the settings.', field: null };
        }
        return emptyStatus();
      },
    });
    render(App);

    await fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Welcome to CityRights' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('has a main navigation with Dashboard, Engagements, Submissions, Calendar, Recommendations, Plan, Library, Contributions, Settings and Bin, and the city with a demo badge', async () => {
    mockCommands(readyApp());
    render(App);

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent?.trim());
    expect(names).toEqual(['Dashboard', 'Engagements', 'Submissions', 'Calendar', 'Recommendations', 'Plan', 'Library', 'Contributions', 'Settings', 'Bin']);
    expect(within(nav).getByRole('link', { name: 'Library' }).getAttribute('href')).toBe('#/library');
    expect(within(nav).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText(city.name)).toBeTruthy();
    expect(screen.getByText('demo')).toBeTruthy();
  });

  it('in a contributor workspace: the header on every screen, the contributor in the sidebar, no Contributions screen', async () => {
    const status = readyStatus({
      city: null,
      contribution: {
        city: 'Ljubljana',
        contributor: 'Housing Department',
        email: '',
        due_on: '2027-03-12',
        message: 'Please update the housing figures.',
        submission_id: 1,
        requested_at: '2026-12-01T09:00:00Z',
        opened_at: '2026-12-02T09:00:00Z',
        returned_at: null,
      },
    });
    mockCommands(readyApp(status));
    render(App);

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const names = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent?.trim());
    expect(names).not.toContain('Contributions');
    expect(screen.getByRole('heading', { name: 'Contribution for the City of Ljubljana, due Fri 12 Mar 2027' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send back…' })).toBeTruthy();
    expect(screen.getByText('Housing Department', { selector: '.city-name' })).toBeTruthy();
  });

  it('follows the links: Engagements opens the list', async () => {
    mockCommands(readyApp());
    render(App);

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'Engagements' });
    expect(link.getAttribute('href')).toBe('#/engagements');
    window.location.hash = '#/engagements';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Engagements' })).toBeTruthy();
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('opens the Library at the entry a link names (#/library?entry=…)', async () => {
    mockCommands({ ...readyApp(), list_library: () => [libraryEntry()] });
    window.location.hash = '#/library?entry=a-hrc-30-49';
    render(App);

    expect(await screen.findByRole('heading', { level: 2, name: 'Library' })).toBeTruthy();
    const entry = await screen.findByRole('article', { name: /A\/HRC\/30\/49/ });
    expect(entry.classList.contains('target')).toBe(true);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Library' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('start-up error screen', () => {
  const broken = readyStatus({
    ready: false,
    empty: false,
    city: null,
    db_path: '/home/officer/broken.sqlite3',
    error: {
      kind: 'unreadable_database',
      message: 'The file /home/officer/broken.sqlite3 cannot be opened as a CityRights database: it is not a SQLite file.',
      field: null,
    },
  });

  it('names the file and the reason, says it was not changed, and offers two ways forward', async () => {
    mockCommands({ app_status: () => broken, app_info: () => ({ version: '0.1.0' }) });
    render(App);

    expect(await screen.findByRole('heading', { name: 'CityRights could not open its database' })).toBeTruthy();
    expect(screen.getByTestId('db-path').textContent).toBe('/home/officer/broken.sqlite3');
    expect(screen.getByTestId('db-error').textContent).toBe(broken.error?.message);
    expect(screen.getByText(/The file was not changed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open another file' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a new database' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('opens another file through the command, and shows its refusal in words', async () => {
    const calls = mockCommands({
      app_status: () => broken,
      app_info: () => ({ version: '0.1.0' }),
      open_other_database: () => readyStatus(),
      create_new_database: () => {
        throw { kind: 'conflict', message: '/tmp/x.sqlite3 already exists. Choose a new file name.', field: null };
      },
      ...{ list_mechanisms: readyApp().list_mechanisms, dashboard: readyApp().dashboard, list_engagements: readyApp().list_engagements },
    });
    render(App);

    await fireEvent.click(await screen.findByRole('button', { name: 'Start a new database' }));
    expect((await screen.findByRole('alert')).textContent).toContain('already exists');

    await fireEvent.click(screen.getByRole('button', { name: 'Open another file' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dashboard' })).toBeTruthy();
    expect(callsOf(calls, 'open_other_database')).toHaveLength(1);
  });
});

describe('welcome screen', () => {
  it('shows both choices; "Explore with demo data" loads the demo and shows the dashboard', async () => {
    const calls = mockCommands({ ...readyApp(emptyStatus()), load_demo: () => readyStatus() });
    render(App);

    expect(await screen.findByRole('heading', { name: 'Welcome to CityRights' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set up my city' })).toBeTruthy();
    const demo = screen.getByRole('button', { name: 'Explore with demo data' });

    await fireEvent.click(demo);

    expect(await screen.findByRole('heading', { level: 2, name: 'Dashboard' })).toBeTruthy();
    expect(callsOf(calls, 'load_demo')).toHaveLength(1);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect((await screen.findAllByText('Departments send their sections')).length).toBeGreaterThan(0);
    expect(window.location.hash).toBe('#/dashboard');
  });

  it('"Set up my city" saves the profile, shows the core\'s message next to a field, then opens the dashboard', async () => {
    let saved = false;
    const calls = mockCommands({
      ...readyApp(emptyStatus()),
      app_status: () => (saved ? readyStatus({ city: { ...city, name: 'Ljubljana', is_demo: false } }) : emptyStatus()),
      save_city: (args) => {
        const profile = args.profile as typeof city;
        if (profile.country.length !== 3) {
          throw { kind: 'invalid', message: 'Use the three-letter country code (ISO 3166-1 alpha-3), e.g. SVN for Slovenia.', field: 'country' };
        }
        saved = true;
        return profile;
      },
    });
    render(App);

    await fireEvent.click(await screen.findByRole('button', { name: 'Set up my city' }));
    await fireEvent.input(screen.getByLabelText('City name'), { target: { value: 'Ljubljana' } });
    await fireEvent.input(screen.getByLabelText('Country code (ISO 3166-1 alpha-3)'), { target: { value: 'Slovenia' } });
    await fireEvent.input(screen.getByLabelText('State under review'), { target: { value: 'Slovenia' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const country = screen.getByLabelText('Country code (ISO 3166-1 alpha-3)') as HTMLInputElement;
    expect(await screen.findByText(/three-letter country code/)).toBeTruthy();
    expect(country.getAttribute('aria-invalid')).toBe('true');
    const described = country.getAttribute('aria-describedby') ?? '';
    const message = described.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(message).toContain('three-letter country code');
    expect((screen.getByLabelText('City name') as HTMLInputElement).value).toBe('Ljubljana');
    expect(country.value).toBe('Slovenia');

    await fireEvent.input(country, { target: { value: 'SVN' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Dashboard' })).toBeTruthy();
    const sent = callsOf(calls, 'save_city').at(-1)?.args.profile;
    expect(sent).toMatchObject({ name: 'Ljubljana', country: 'SVN', state_under_review: 'Slovenia', default_language: 'en', paper_size: 'a4' });
    expect(screen.getByText('Ljubljana')).toBeTruthy();
  });
});
