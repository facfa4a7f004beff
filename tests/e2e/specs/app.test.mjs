// The app starts, draws its frame, talks to Rust, and can be closed and reopened on the same
// database. Each test gets its own database and its own app (see ../harness.mjs).
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { withApp } from '../harness.mjs';

// A cold start on a 2-core CI machine takes a few seconds; a hung driver must not hang CI.
const TIMEOUT = { timeout: 120_000 };

test('the window opens with the CityRights header and the version from Rust', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const heading = await app.find('header h1');
    assert.equal(await heading.getText(), 'CityRights');

    // The version comes from the `app_info` command: IPC works under the app's CSP.
    const version = await app.find('[data-testid="app-version"]');
    assert.match(await version.getText(), /^version \d+\.\d+\.\d+/);

    // The stylesheets loaded under the CSP (`style-src 'self'`): the header is painted, not
    // transparent as it would be unstyled.
    const background = await app.session.execute(
      () => getComputedStyle(document.querySelector('header')).backgroundColor,
    );
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the header has a background colour');

    // What the window showed, for a human to look at (tests/e2e/artifacts/, git-ignored).
    await app.screenshot('app-window');
  });
});

test('the app restarts on the same database', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    const first = app.appProcesses();
    assert.equal(first.length, 1, 'one app process is running');
    assert.equal(first[0].env.CITYRIGHTS_DB, app.dbPath, 'the app received the test database');
    // The app opens (and so creates) its database at start-up.
    const created = statSync(app.dbPath);

    await app.restart();

    const second = app.appProcesses();
    assert.equal(second.length, 1, 'one app process is running after the restart');
    assert.notEqual(second[0].pid, first[0].pid, 'it is a new process');
    assert.equal(second[0].env.CITYRIGHTS_DB, app.dbPath, 'the new process uses the same database');
    assert.equal(statSync(app.dbPath).ino, created.ino, 'the database file is the same file, not a new one');
    assert.equal(await (await app.find('header h1')).getText(), 'CityRights');
  });
});
