// The PDF preview, end to end: the demo submission's real pages, drawn by pdf.js in the app's
// WebView (worker from the app's own files, under the app's CSP), with "Page 1 of N" under each
// page, and closed again. "Export PDF…" itself opens a native save dialog, which WebDriver
// cannot drive; its page side is in the UI tests (ExportButtons.test.ts) and its writing in
// the core's tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withApp } from '../harness.mjs';
import { button, eventually, link, press, seeText, showsText } from '../ui.mjs';

const TIMEOUT = { timeout: 180_000 };
const SUBMISSION = 'Submission of the City of Exampleville to the UPR of Exampleland';

test('Preview PDF shows the demo submission’s pages, numbered, and closes', TIMEOUT, async (t) => {
  await withApp(t, async (app) => {
    await (await button(app, 'Explore with demo data')).click();
    await seeText(app, 'Exampleville (demo)');
    await (await link(app, 'Submissions')).click();
    await (await link(app, SUBMISSION)).click();

    await button(app, 'Export PDF…');
    await app.screenshot('pdf-buttons');
    await press(app, await button(app, 'Preview PDF'));
    const first = await seeText(app, 'Page 1 of ', 30_000);
    const caption = await first.getText();
    const match = /^Page 1 of (\d+)$/.exec(caption.trim());
    assert.ok(match, `the first caption reads "Page 1 of N", not "${caption}"`);
    const total = Number(match[1]);
    assert.ok(total >= 1);
    await seeText(app, `${total === 1 ? '1 page' : `${total} pages`}, exactly as “Export PDF…” writes it.`);

    // The first page is drawn: a canvas with a size, and not blank (some pixels are dark: text).
    const drawn = (last = false) =>
      app.session.execute((last) => {
        const all = document.querySelectorAll('dialog[open] canvas');
        const canvas = last ? all[all.length - 1] : all[0];
        if (!(canvas instanceof HTMLCanvasElement) || canvas.width === 0 || canvas.height === 0) return null;
        const ctx = canvas.getContext('2d');
        if (!ctx) return null;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 128) dark += 1;
        return { width: canvas.width, height: canvas.height, shown: canvas.getBoundingClientRect().width, dark };
      }, last);
    let page = null;
    await eventually(async () => {
      page = await drawn();
      return page !== null && page.dark > 500;
    }, 'the first page to be drawn with text on it');
    assert.ok(page.width > 300 && page.height > page.width, `an upright page: ${JSON.stringify(page)}`);
    assert.ok(page.shown > 300, `shown at a readable size: ${JSON.stringify(page)}`);
    const canvases = await app.session.execute(() => document.querySelectorAll('dialog[open] canvas').length);
    assert.equal(canvases, total);
    await app.screenshot('pdf-preview');

    // The last page is drawn once it is scrolled to (pages are drawn as they come near).
    await app.session.execute(() => {
      const region = document.querySelector('dialog[open] [role="region"]');
      if (region) region.scrollTop = region.scrollHeight;
    });
    await eventually(async () => ((await drawn(true))?.dark ?? 0) > 100, 'the last page to be drawn when scrolled to');

    await (await button(app, 'Close')).click();
    await eventually(async () => !(await showsText(app, 'Page 1 of ')), 'the preview to close');
    await button(app, 'Preview PDF');
  });
});
