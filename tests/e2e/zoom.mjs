// 200% zoom as an officer sets it, and whether the page then scrolls sideways (issue #19:
// every screen usable at 200% in a 1280×800 window without scrolling the page sideways; a data
// table may scroll inside its own box). Used by accessibility.test.mjs and plan-views.test.mjs.
import { eventually } from './ui.mjs';

/** A 1280×800 window zoomed to 200% with the keys an officer presses (Ctrl+= five times). */
export async function zoomTo200(app) {
  await app.session.setWindowSize(1280, 800);
  const before = await app.session.execute(() => window.innerWidth);
  // tauri.conf.json: zoomHotkeysEnabled; +20% a press.
  for (let i = 0; i < 5; i++) await app.session.keys(['Control', '=', 'Control']);
  await eventually(async () => (await app.session.execute(() => window.innerWidth)) <= before / 1.9, 'the page to be zoomed to 200%');
}

/** Whether the page scrolls sideways now: its content is wider than the window. */
const overflow = (app) =>
  app.session.execute(() => {
    const root = document.documentElement;
    // The outermost elements that reach past the window's right edge: the culprits.
    const past = (el) => el.getBoundingClientRect().right > root.clientWidth + 1;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => past(el) && !(el.parentElement && past(el.parentElement)))
      .slice(0, 3)
      .map((el) => `${Math.round(el.getBoundingClientRect().width)} px wide: ${el.outerHTML.slice(0, 160)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });

/**
 * What is wrong at `where` once the screen has settled: "where: 866 px of content in 640 px;
 * too wide: …" naming the outermost culprits, or null when the page does not scroll sideways.
 */
export async function scrollsSideways(app, where) {
  await new Promise((r) => setTimeout(r, 700));
  const o = await overflow(app);
  return o.scrollWidth > o.clientWidth ? `${where}: ${o.scrollWidth} px of content in ${o.clientWidth} px; too wide: ${o.wide.join(' | ')}` : null;
}
