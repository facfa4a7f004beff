// The one place the page uses pdf.js: it opens a PDF's bytes and draws its pages on canvases,
// for the preview of a submission. Kept to this small interface so that the preview's tests
// can stand in for it (jsdom has no canvas), and so that pdf.js (half a megabyte, plus its
// worker) is loaded only when a preview is opened, not at start-up.
//
// The legacy build, not the modern one: the modern build calls JavaScript that is newer than
// some WebKitGTK releases the app runs in (e.g. Map.prototype.getOrInsertComputed); the legacy
// build carries those pieces itself. The worker is the file Vite bundles with the app (`?url`),
// loaded from the app's own origin: no CDN, works offline and under the CSP's 'self'.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

/** One page, ready to draw. Sizes are in CSS pixels at 100 % (a PDF point is 1/72 inch). */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Draws the page on `canvas`, `scale` times its 100 % size (the caller adds the screen's pixel ratio). */
  render(canvas: HTMLCanvasElement, scale: number): Promise<void>;
}

/** An open PDF. `close()` frees the worker's copy; call it when the preview closes. */
export interface PdfDocument {
  readonly pages: number;
  page(n: number): Promise<PdfPage>;
  close(): Promise<void>;
}

/** Opens a PDF from its bytes. Rejects with pdf.js's error when the bytes are not a PDF. */
export async function openPdf(bytes: ArrayBuffer): Promise<PdfDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // Our PDFs embed every font they use (subset): nothing is fetched, nothing is evaluated.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const doc = await task.promise;
  return {
    pages: doc.numPages,
    async page(n) {
      const page = await doc.getPage(n);
      // PDF points to CSS pixels (96 / 72), so that 100 % is the page's printed size.
      const base = page.getViewport({ scale: 96 / 72 });
      return {
        width: base.width,
        height: base.height,
        async render(canvas, scale) {
          // A page is a fixed picture: pdf.js draws each glyph with fillText at its own place,
          // aligned to the "start" of the canvas's direction, which it takes from the page —
          // in an Arabic interface that is the right edge, and every glyph landed one width too
          // far left (letters unjoined and overlapping, "hum an righ t@"). Set on the element,
          // since setting the width below resets the drawing context.
          canvas.dir = 'ltr';
          const viewport = page.getViewport({ scale: (96 / 72) * scale });
          canvas.width = Math.floor(viewport.width);
          canvas.height = Math.floor(viewport.height);
          await page.render({ canvas, viewport }).promise;
        },
      };
    },
    close: () => task.destroy(),
  };
}
