// A drag with the mouse, through the X server, as a person makes it: the button pressed on one
// element, the pointer moved in steps, released on another. WebDriver's own pointer actions
// reach the page as synthetic events that FullCalendar's drag and drop did not follow reliably
// here; xdotool's are the X server's own, the same as a real mouse's.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { nativeWindow } from './keyboard.mjs';

const run = promisify(execFile);

/** How many moves a drag takes between its two ends, and the pause after each (ms). */
const DRAG_STEPS = 12;
const DRAG_STEP_MS = 40;

/** The centre of `element` in the page's coordinates (CSS pixels). */
function centre(app, element) {
  return app.session.execute((e) => {
    e.scrollIntoView({ block: 'center' });
    const r = e.getBoundingClientRect();
    return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
  }, element);
}

/**
 * Where the page's top-left corner is on the screen: the pointer is put somewhere in the app's
 * window and the page says where it saw it (no window manager here, so no frame; measured
 * rather than assumed all the same).
 */
async function pageOrigin(app, window) {
  const { stdout } = await run('xdotool', ['getwindowgeometry', '--shell', window]);
  const at = (name) => Number(new RegExp(`^${name}=(-?\\d+)$`, 'm').exec(stdout)?.[1]);
  const probe = { x: at('X') + 200, y: at('Y') + 200 };
  await app.session.execute(() => {
    window.__pointerSeen = null;
    addEventListener('mousemove', (e) => (window.__pointerSeen = { x: e.clientX, y: e.clientY }));
  });
  // Two moves, so that the second is seen even if the pointer was already at the first.
  await run('xdotool', ['mousemove', '--sync', String(probe.x - 1), String(probe.y - 1)]);
  await run('xdotool', ['mousemove', '--sync', String(probe.x), String(probe.y)]);
  const seenNow = () => app.session.execute(() => window.__pointerSeen);
  for (let i = 0; i < 20 && !(await seenNow()); i++) await new Promise((r) => setTimeout(r, 100));
  // The last of the two moves may reach the page a moment after the first.
  await new Promise((r) => setTimeout(r, 200));
  const seen = await seenNow();
  assert.ok(seen, 'the page saw the pointer move');
  return { x: probe.x - seen.x, y: probe.y - seen.y };
}

/** Drags `from` (an element) onto `to` with the mouse's left button. */
export async function dragInApp(app, from, to) {
  const window = await nativeWindow('CityRights', 20_000);
  const origin = await pageOrigin(app, window);
  const a = await centre(app, from);
  const b = await centre(app, to);
  const screen = (p) => [String(origin.x + p.x), String(origin.y + p.y)];
  await run('xdotool', ['mousemove', '--sync', ...screen(a)]);
  await run('xdotool', ['mousedown', '1']);
  for (let i = 1; i <= DRAG_STEPS; i++) {
    const p = { x: Math.round(a.x + ((b.x - a.x) * i) / DRAG_STEPS), y: Math.round(a.y + ((b.y - a.y) * i) / DRAG_STEPS) };
    await run('xdotool', ['mousemove', '--sync', ...screen(p)]);
    await new Promise((r) => setTimeout(r, DRAG_STEP_MS));
  }
  await run('xdotool', ['mouseup', '1']);
}
