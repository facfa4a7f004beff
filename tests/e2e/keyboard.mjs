// Driving the app with the keyboard alone, as an officer who cannot use a mouse does: Tab and
// Shift+Tab to move, Enter and Space to act, arrows in toolbars and lists, Escape to leave.
// Nothing here clicks: WebDriver sends keys, and the page is only read (which element has the
// focus, whether its focus is drawn).
//
//   await tabTo(app, 'New engagement');               // Tab until that control has the focus
//   await tabTo(app, 'Restore', { within: 'First draft' });   // …the one in that row
//   await press(app, 'Enter');
//   await typeKeys(app, 'Ljubljana');
//
// Every focus that Tab reaches is checked on the way: it must be drawn (an outline,
// WCAG 2.4.7), and Tab must move it (a trap, WCAG 2.1.2, fails the test).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** The most Tab presses a search for one control may take before it is called unreachable. */
const MAX_TABS = 120;

/** What has the focus now: its accessible name (approximately), its tag, whether it shows it. */
export function focused(app) {
  return app.session.execute(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', tag: 'body', visible: false, context: '', html: '' };
    const label = () => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) {
        return labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      }
      return el.getAttribute('aria-label') ?? (el.labels && el.labels[0] ? el.labels[0].textContent : null) ?? el.textContent ?? '';
    };
    // An outline of 2 px or more: the app draws every focus so (a box shadow would not
    // prove anything here — calendar milestones wear one for "due soon" whether focused or not).
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const context = (el.closest('tr, li, dialog, [role="dialog"], section, form') ?? el.parentElement)?.textContent ?? '';
    return {
      name: label().replace(/\s+/g, ' ').trim(),
      tag: el.tagName.toLowerCase(),
      visible: outline,
      context: context.replace(/\s+/g, ' ').trim(),
      html: el.outerHTML.slice(0, 200),
    };
  });
}

/** Presses keys (WebDriver key names such as 'Enter', 'Tab', 'ArrowRight'; modifiers first). */
export async function press(app, ...keys) {
  await app.session.keys(keys);
}

/**
 * Types text into whatever has the focus. Text with spaces goes through WebDriver's "send
 * keys" to the focused element (key events all the same): as a chain of key actions
 * WebKitWebDriver drops some spaces.
 */
export async function typeKeys(app, text) {
  if (!text.includes(' ')) {
    await app.session.keys([...text]);
    return;
  }
  const active = await app.session.getActiveElement();
  await (await app.session.$(active)).addValue(text);
}

/**
 * Presses Tab (Shift+Tab with `back`) until the control named `name` (or for which `name`, a
 * function of what `focused()` returns, is true) has the focus — and,
 * with `within`, the one whose row, list item, form or dialog contains that text. Throws if
 * a focus on the way is not drawn, if Tab stops moving (a trap), or after MAX_TABS presses.
 * @returns the names passed on the way, for a failing test's message
 */
export async function tabTo(app, name, { within, back = false, x = false } = {}) {
  const passed = [];
  let previous = null;
  let sameInARow = 0;
  for (let i = 0; i < MAX_TABS; i++) {
    // `x`: through the X server, as a keyboard would (a screen reader listening to the keyboard
    // hears it; WebDriver's keys reach the page only).
    if (x) await pressInApp(back ? 'shift+Tab' : 'Tab');
    else await app.session.keys(back ? ['Shift', 'Tab', 'Shift'] : ['Tab']);
    const now = await focused(app);
    if (now.tag !== 'body' && !now.visible) {
      throw new Error(`The focus on "${now.name}" (${now.html}) is not drawn: no outline shows where it is.`);
    }
    passed.push(now.name || now.tag);
    const matches = typeof name === 'function' ? name(now) : now.name === name;
    if (matches && (!within || now.context.includes(within))) return passed;
    const key = `${now.tag}|${now.name}|${now.html}`;
    sameInARow = key === previous ? sameInARow + 1 : 0;
    previous = key;
    if (sameInARow >= 3) throw new Error(`Tab does not move the focus from "${now.name}" (${now.html}): a keyboard trap.`);
  }
  throw new Error(`"${typeof name === 'function' ? 'the control sought' : name}"${within ? ` (in "${within}")` : ''} was not reached with ${MAX_TABS} presses of ${back ? 'Shift+' : ''}Tab. Passed: ${passed.slice(-30).join(' | ')}`);
}

const run = promisify(execFile);

/**
 * Answers the native "save" dialog that Rust opens (a GTK window WebDriver cannot see) with
 * the keyboard, through the X server: waits for a window titled `title`, gives it the focus,
 * types `path` into its name field (which has the focus and the proposed name selected) and
 * presses Return. Needs xdotool (Debian package xdotool; `make setup` installs it).
 */
export async function answerSaveDialog(title, path, timeoutMs = 20_000) {
  const window = await nativeWindow(title, timeoutMs);
  await run('xdotool', ['key', '--window', window, '--clearmodifiers', 'ctrl+a']);
  await run('xdotool', ['type', '--delay', '20', path]);
  await run('xdotool', ['key', 'Return']);
}

/**
 * Answers the native "open" dialog that Rust opens with the keyboard, as a person who knows
 * where the file is does: Ctrl+L opens the dialog's location field, the full `path` is typed
 * into it and Return opens the file. Needs xdotool, as [answerSaveDialog] does.
 */
export async function answerOpenDialog(title, path, timeoutMs = 20_000) {
  const window = await nativeWindow(title, timeoutMs);
  await run('xdotool', ['key', '--window', window, '--clearmodifiers', 'ctrl+l']);
  await new Promise((r) => setTimeout(r, 300));
  await run('xdotool', ['type', '--delay', '20', path]);
  // The location field may first take Return for its completion of the typed path: Return
  // again until the dialog has gone.
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 700));
    if (!(await windowShown(window))) return;
    await run('xdotool', ['key', 'Return']);
  }
}

/** Whether the native window `id` is still mapped. */
async function windowShown(id) {
  try {
    // By class: a name search does not match non-ASCII titles (see windowNamed).
    const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', '.']);
    return stdout.split('\n').includes(id);
  } catch {
    return false;
  }
}

/**
 * Presses `keys` (X key names: space, Right, alt+Down…) one after the other through the X
 * server, with the app's window focused: for what the web view draws outside the page, such as
 * a date field's calendar, which WebDriver's keys do not reach.
 */
export async function pressInApp(...keys) {
  await run('xdotool', ['windowfocus', '--sync', await nativeWindow('CityRights', 20_000)]);
  for (const key of keys) {
    await run('xdotool', ['key', key]);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/**
 * Presses `key` (an X key name: Escape, Return…) in the native window titled `title` — e.g.
 * Escape in "PDF saved", the message that follows an export, to close it.
 */
export async function pressInNativeWindow(title, key, timeoutMs = 20_000) {
  await nativeWindow(title, timeoutMs);
  await run('xdotool', ['key', key]);
  // Xvfb runs no window manager: nothing gives the app's window the focus back when the
  // native window closes, as a desktop does. Done here, or the page would think it has none.
  await new Promise((r) => setTimeout(r, 500));
  await run('xdotool', ['windowfocus', '--sync', await nativeWindow('CityRights', timeoutMs)]);
}

/**
 * The visible window whose name is exactly `title`, found by its class: xdotool's name search
 * is a regular expression that does not match Arabic (or other non-ASCII) titles here, while
 * the name it reads back for a window is the UTF-8 one.
 */
async function windowNamed(title) {
  const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', '.']);
  for (const id of stdout.trim().split('\n').reverse()) {
    try {
      const { stdout: name } = await run('xdotool', ['getwindowname', id]);
      if (name.trim() === title) return id;
    } catch {
      // Gone meanwhile.
    }
  }
  return '';
}

/**
 * Waits for a visible native window titled `title`, gives it the focus, returns its id (also
 * used by pointer.mjs, which drags in the app's window).
 */
export async function nativeWindow(title, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  // eslint-disable-next-line no-control-regex
  const plain = /^[\x00-\x7f]*$/.test(title);
  let window = '';
  while (!window) {
    try {
      // xdotool reads the name as a regular expression: "(to move…)" must match itself.
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--name', title.replace(/[.*+?^$()[\]{}|\\]/g, '\\$&')]);
      window = stdout.trim().split('\n').pop() ?? '';
    } catch {
      // Not there yet (xdotool exits 1 when nothing matches).
    }
    if (!window && !plain) {
      try {
        window = await windowNamed(title);
      } catch {
        // Not there yet.
      }
    }
    if (!window) {
      if (Date.now() > deadline) throw new Error(`No window titled "${title}" appeared within ${timeoutMs} ms.`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  // GTK gives its first field the focus once the window is mapped and shown.
  await new Promise((r) => setTimeout(r, 1000));
  await run('xdotool', ['windowfocus', '--sync', window]);
  return window;
}

/**
 * How many pixels differ strongly between two screenshots of the same size (ImageMagick's
 * `compare`, each colour channel more than `fuzz` apart): a focus ring that moves changes a
 * few hundred, a faint one (GTK's default, 30% of the text's colour) none.
 */
export async function strongPixelChanges(a, b, fuzz = '40%') {
  try {
    const { stderr } = await run('compare', ['-metric', 'AE', '-fuzz', fuzz, a, b, 'null:']);
    return Number.parseFloat(stderr);
  } catch (e) {
    // `compare` exits with 1 when the pictures differ; the count is still on stderr.
    const count = Number.parseFloat(e.stderr ?? '');
    if (e.code === 1 && Number.isFinite(count)) return count;
    throw e;
  }
}
