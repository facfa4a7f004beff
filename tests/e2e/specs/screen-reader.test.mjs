// A screen reader, for real (issue #19): Orca, the GNOME screen reader, runs beside the app in
// the test's own session and we read what it says (what it sends the speech server) as an
// officer moves through the app with the keyboard (X key events, as Orca hears a keyboard).
// axe checks the page; this checks that what the page says reaches a screen reader through
// WebKitGTK and AT-SPI: the skip link, the navigation, buttons, fields and their labels, each
// with its role — in English and in Arabic. KEEP_ORCA=1 keeps Orca's directory (its speech log)
// after the run.
//
// Where Orca 43 (Debian 12) stops short — after a refused save it reads the field again from
// its own cache, without the message the page has just tied to it, and its WebKitGTK script
// reads no live region — the platform's accessibility layer is asked directly (atspi_focus.py,
// read fresh): the field has the focus, says "invalid entry", and its description starts with
// the core's message. README "Accessibility" → "A screen reader, for real".
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { assertAccessible } from '../axe.mjs';
import { withApp } from '../harness.mjs';
import { setUpCity } from '../flows.mjs';
import { pressInApp, tabTo } from '../keyboard.mjs';
import { words } from '../words.mjs';

const TIMEOUT = { timeout: 300_000 };
/** How long Orca and AT-SPI get to catch up with a keypress (they run in other processes). */
const WAIT_MS = 20_000;

/** Polls `check` until it gives a truthy value; else fails with `explain()` (called then). */
async function until(check, explain, waitMs = WAIT_MS) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(await explain());
    await new Promise((r) => setTimeout(r, 200));
  }
}
const here = dirname(fileURLToPath(import.meta.url));

/** Orca in this test's D-Bus session and display, its speech written to a log. */
class Orca {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'cityrights-orca-'));
    mkdirSync(join(this.dir, 'home'));
    mkdirSync(join(this.dir, 'run'), { mode: 0o700 });
    mkdirSync(join(this.dir, 'config', 'speech-dispatcher'), { recursive: true });
    // A machine without a sound card (CI): Speech Dispatcher's silent module, through libao's
    // null driver — without an output module that starts, it refuses to run and Orca says
    // nothing at all. What Orca says is read from the speech server's log (written line by
    // line; Orca's own debug log is written in blocks and lags behind).
    this.log = join(this.dir, 'speech');
    mkdirSync(this.log);
    writeFileSync(join(this.dir, 'home', '.libao'), 'default_driver=null\n');
    writeFileSync(
      join(this.dir, 'config', 'speech-dispatcher', 'speechd.conf'),
      `AudioOutputMethod "libao"\nAddModule "dummy" "sd_dummy" "dummy.conf"\nDefaultModule dummy\nLogLevel 5\nLogDir "${this.log}"\n`,
    );
    // Orca's own settings stay in the test's directory, and so does the socket of the speech
    // server it starts (Speech Dispatcher refuses to start without a runtime directory, and CI
    // has none); the accessibility bridge is on for it and for the app (run.sh turns it off for
    // the other specs).
    const env = {
      ...process.env,
      NO_AT_BRIDGE: '0',
      HOME: join(this.dir, 'home'),
      XDG_CONFIG_HOME: join(this.dir, 'config'),
      XDG_DATA_HOME: join(this.dir, 'data'),
      XDG_RUNTIME_DIR: join(this.dir, 'run'),
    };
    this.env = env;
    this.start();
  }

  start() {
    this.process = spawn('orca', ['--replace'], { env: this.env, stdio: 'ignore' });
    // Never what keeps the test runner alive (Orca may take its time to quit).
    this.process.unref();
  }

  /**
   * Waits until Orca is registered with the accessibility layer (then it hears the app's
   * events); started again once if it is not within half a minute (seen once here: an Orca
   * that never registered).
   */
  async ready() {
    let apps = null;
    const registered = async () => (apps = await atspi('--apps'))?.includes('orca');
    try {
      await until(registered, () => 'not yet', 30_000);
    } catch {
      this.process.kill('SIGKILL');
      this.start();
      await until(registered, () => `Orca did not start: the applications AT-SPI knows are ${JSON.stringify(apps)}`, 30_000);
    }
  }

  /** Everything Orca has said so far, one utterance each (what it sent the speech server). */
  said() {
    const file = join(this.log, 'speech-dispatcher.log');
    if (!existsSync(file)) return [];
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => /New buf is now: \|(.*)\|\s*$/.exec(l)?.[1])
      .filter((u) => u !== undefined)
      // Orca sends SSML (<speak> with a <mark> before each word): the words alone.
      .map((u) => u.replace(/<[^>]*>/g, '').replaceAll('&amp;', '&').trim());
  }

  /** Waits until Orca has said `words` (an utterance that starts with them) after utterance `from`. */
  async hears(words, from = 0, waitMs = WAIT_MS) {
    await until(
      () => this.said().slice(from).some((u) => u.startsWith(words)),
      () => `Orca did not say “${words}”; it said: ${JSON.stringify(this.said().slice(from))} `,
      waitMs,
    );
  }

  stop() {
    this.process.kill('SIGKILL');
    if (!process.env.KEEP_ORCA) rmSync(this.dir, { recursive: true, force: true });
  }
}

/** What atspi_focus.py prints (with `args`), read fresh from AT-SPI. */
async function atspi(...args) {
  const { stdout } = await promisify(execFile)('/usr/bin/python3', [join(here, '..', 'atspi_focus.py'), ...args], { env: { ...process.env, NO_AT_BRIDGE: '0' }, timeout: 30_000 }).catch((e) => e);
  try {
    return JSON.parse(stdout || 'null');
  } catch {
    return null;
  }
}

/** What AT-SPI says about the focused object of the app. */
const focusedAccessible = () => atspi();

/**
 * English, and Arabic (the interface mirrored, right to left): the names Orca says are the
 * catalogue's, in the interface's language. Orca says its role words ("link", "push button") in
 * its own language — English where the machine has no Arabic locale (CI has none) — so in
 * Arabic the name must open the utterance and the role is checked in English only.
 */
const LANGUAGES = [
  { code: 'en', env: {} },
  { code: 'ar', env: { LANG: 'ar_EG.UTF-8' } },
];

for (const { code, env } of LANGUAGES) {
  const w = words(code);
  /** What Orca says for a control: its name, then its role in English ("Title entry."). */
  const spoken = (name, role) => (code === 'en' ? `${name} ${role}.` : name);
  test(`${code}: a screen reader (Orca) hears the skip link, the navigation, buttons and labelled fields; a refused field is invalid and described by its message`, TIMEOUT, async (t) => {
    const orca = new Orca();
    try {
      await orca.ready();
      await withApp(
        t,
        async (app) => {
          await setUpCity(app, w);
          // From the top of the Engagements screen, Tab: the skip link first, then the
          // navigation — each a link with its name.
          let from = orca.said().length;
          await tabTo(app, w('nav.skip_to_main'), { x: true });
          await orca.hears(spoken(w('nav.skip_to_main'), 'link'), from);
          await tabTo(app, w('nav.engagements'), { x: true });
          await orca.hears(spoken(w('nav.engagements'), 'link'), from);

          // A button, then the form it opens: a combo box and a text field, by their labels.
          from = orca.said().length;
          await tabTo(app, w('engagements.new'), { x: true });
          await orca.hears(spoken(w('engagements.new'), 'push button'), from);
          await pressInApp('Return');
          await tabTo(app, w('engagement_form.mechanism'), { x: true });
          await orca.hears(spoken(w('engagement_form.mechanism'), 'combo box'), from);
          await tabTo(app, w('engagement_form.title'), { x: true });
          await orca.hears(spoken(w('engagement_form.title'), 'entry'), from);

          // Save with no title: the focus goes to Title, which the platform reports invalid and
          // described by the core's message.
          await tabTo(app, w('common.save'), { x: true });
          await pressInApp('Return');
          let seen = null;
          await until(
            async () => {
              seen = await focusedAccessible();
              return seen?.name === w('engagement_form.title') && seen.role === 'entry' && seen.states.includes('invalid entry') && seen.description.startsWith(w('error.title_empty'));
            },
            () => `the focus is not on Title, invalid and described by “${w('error.title_empty')}”; AT-SPI says ${JSON.stringify(seen)}`,
          );
          await assertAccessible(app, 'the new engagement form with its refused title, as a screen reader met it');
        },
        { env: { ...env, NO_AT_BRIDGE: '0' } },
      );
    } finally {
      orca.stop();
    }
  });
}
