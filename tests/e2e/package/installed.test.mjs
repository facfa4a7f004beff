// The app as the .deb installs it: `make test-package` unpacks the package (dpkg-deb -x) into a
// temporary root and runs this spec with CITYRIGHTS_APP pointing at the unpacked
// usr/bin/cityrights-desktop (see scripts/test-package.sh). It lives outside specs/, so the
// normal end-to-end run (`bash tests/e2e/run.sh`) does not pick it up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appPath, withApp } from '../harness.mjs';
import { button, link, seeText } from '../ui.mjs';

const TIMEOUT = { timeout: 120_000 };

test('the installed app starts, opens the demo city and shows its dashboard', TIMEOUT, async (t) => {
  // A guard against testing the wrong binary: the spec means the unpacked package's app.
  assert.match(appPath, /\/usr\/bin\/cityrights-desktop$/, `CITYRIGHTS_APP is the unpacked package's app (${appPath})`);
  await withApp(t, async (app) => {
    assert.equal(await (await app.find('header h1')).getText(), 'CityRights');
    const version = await app.find('[data-testid="app-version"]');
    assert.match(await version.getText(), /^version \d+\.\d+\.\d+/);

    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    // The dashboard, with data from Rust: the next deadline and its days left.
    const next = await app.find('[data-testid="next-due"]');
    assert.ok((await next.getText()).trim().length > 0, 'the next deadline is shown');
    // It answers: another screen opens and the dashboard comes back.
    await (await link(app, 'Calendar')).click();
    await button(app, 'Today');
    await (await link(app, 'Dashboard')).click();
    await app.find('[data-testid="next-due"]');
    // For README and the AppStream metainfo (tests/e2e/artifacts/, git-ignored).
    await app.screenshot('package-dashboard');
  });
});
