// Word and PDF on the submission screen: "Export Word…" and "Export PDF…" (the save dialog is
// Rust's; the page says where the file went), "Preview PDF" (pdf.js stood in for at the module
// boundary: jsdom has no canvas) and "Import a department's document…" with the import's notices.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { submissionDetail } from '../../test/drafting-fixtures';
import type { DraftImported } from '../bindings/DraftImported';
import { session } from '../session.svelte';
import Submission from './Submission.svelte';
import ExportButtons from './ExportButtons.svelte';
import SectionImport from './SectionImport.svelte';
import type { PdfDocument, PdfPage } from '../pdf';

/** What the preview asked pdf.js to do: the bytes it opened, the pages drawn, whether it closed. */
const pdf = vi.hoisted(() => ({
  opened: [] as ArrayBuffer[],
  drawn: [] as number[],
  closed: 0,
  pages: 2,
  fail: null as string | null,
}));

vi.mock('../pdf', () => ({
  openPdf: async (bytes: ArrayBuffer): Promise<PdfDocument> => {
    pdf.opened.push(bytes);
    if (pdf.fail) throw new Error(pdf.fail);
    return {
      pages: pdf.pages,
      page: async (n: number): Promise<PdfPage> => ({
        width: 794,
        height: 1123,
        render: async () => {
          pdf.drawn.push(n);
        },
      }),
      close: async () => {
        pdf.closed += 1;
      },
    };
  },
}));

// jsdom does no layout and has no ResizeObserver (the preview measures its width with it).
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

function resetPdf() {
  Object.assign(pdf, { opened: [], drawn: [], closed: 0, pages: 2, fail: null });
}

describe('ExportButtons', () => {
  it('gives the date of an old rule on formats instead of stating it as today’s', () => {
    mockCommands({ ...readyApp() });
    const note = 'OHCHR’s technical guide for stakeholders (as of 1 July 2008) asked for Word files, not PDF; no later rule on the format was found.';
    render(ExportButtons, { submissionId: 7, formats: ['docx'], formatsNote: note });
    expect(screen.getByText(note)).toBeTruthy();
    expect(screen.queryByText('This mechanism asks for Word files: export the .docx to send it.')).toBeNull();
  });

  it('exports through export_docx and says where the file was saved', async () => {
    const calls = mockCommands({
      ...readyApp(),
      must_fix: () => [],
      export_docx: () => ({ path: '/home/ana/UPR submission.docx', paragraphs: 8, footnotes: 3, sections: 4 }),
    });
    render(ExportButtons, { submissionId: 7, formats: ['docx'] });
    expect(screen.getByText('This mechanism asks for Word files: export the .docx to send it.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Export Word…' }));
    expect(await screen.findByText('Saved as /home/ana/UPR submission.docx.')).toBeTruthy();
    expect(callsOf(calls, 'export_docx')[0]?.args).toEqual({ submissionId: 7 });
  });

  it('says nothing was exported when the dialog is cancelled, and shows errors in words', async () => {
    let fail = false;
    mockCommands({
      ...readyApp(),
      must_fix: () => [],
      export_docx: () => {
        if (fail) throw { kind: 'io', message: 'Could not write /read-only/x.docx: Permission denied', field: null };
        return null;
      },
    });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Export Word…' }));
    expect(await screen.findByText('No file was chosen; nothing was exported.')).toBeTruthy();
    fail = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Export Word…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Permission denied');
  });
});

describe('Export with something that must be fixed', () => {
  const overLimit = {
    severity: 'error',
    code: 'over_limit',
    message: 'The submission has 3,147 words, counting its title, front matter and headings as Word does; the limit is 2,815. Remove 332 words.',
    section_id: null,
  };
  const passed = { severity: 'error', code: 'deadline_passed', message: 'The deadline “Submission window closes” passed on 2026-10-03 (Europe/Zurich).', section_id: null };

  it('lists the MUST FIX checks and asks “Export anyway?” before the save dialog; Export anyway writes', async () => {
    const calls = mockCommands({
      ...readyApp(),
      must_fix: () => [overLimit, passed],
      export_docx: () => ({ path: '/home/ana/UPR submission.docx', paragraphs: 8, footnotes: 3, sections: 4 }),
    });
    let saved = 0;
    render(ExportButtons, { submissionId: 7, before: async () => void (saved += 1) });
    await fireEvent.click(screen.getByRole('button', { name: 'Export Word…' }));
    const dialog = await screen.findByRole('dialog', { name: 'These must be fixed before the submission is sent. Export anyway?' });
    const list = within(dialog).getByRole('list', { name: 'Must fix' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([overLimit.message, passed.message]);
    expect(callsOf(calls, 'must_fix')[0]?.args).toEqual({ submissionId: 7 });
    expect(callsOf(calls, 'export_docx')).toHaveLength(0);
    expect(saved).toBe(1);
    // The safe choice has the focus.
    expect(document.activeElement?.textContent).toBe('Cancel');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(await screen.findByText('Saved as /home/ana/UPR submission.docx.')).toBeTruthy();
    expect(callsOf(calls, 'export_docx')).toHaveLength(1);
    expect(callsOf(calls, 'must_fix')).toHaveLength(1);
    expect(dialog.hasAttribute('open')).toBe(false);
  });

  it('Cancel writes nothing and says so; the PDF asks the same way', async () => {
    const calls = mockCommands({
      ...readyApp(),
      must_fix: () => [overLimit],
      export_docx: () => ({ path: '/tmp/x.docx', paragraphs: 1, footnotes: 0, sections: 1 }),
      export_pdf: () => ({ path: '/tmp/x.pdf', pages: 1, bytes: 100, paragraphs: 1, footnotes: 0 }),
    });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    const dialog = await screen.findByRole('dialog', { name: 'These must be fixed before the submission is sent. Export anyway?' });
    expect(dialog.textContent).toContain('Remove 332 words.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing was exported. The checks beside the text say what to fix.')).toBeTruthy();
    expect(callsOf(calls, 'export_pdf')).toHaveLength(0);
    expect(callsOf(calls, 'export_docx')).toHaveLength(0);
    // Asked again the next time.
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    await waitFor(() => expect(callsOf(calls, 'must_fix')).toHaveLength(2));
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(await screen.findByText('Saved as /tmp/x.pdf (1 page).')).toBeTruthy();
    expect(callsOf(calls, 'export_docx')).toHaveLength(0);
  });

  it('with nothing to fix, goes straight to the export', async () => {
    const calls = mockCommands({
      ...readyApp(),
      must_fix: () => [],
      export_docx: () => ({ path: '/tmp/y.docx', paragraphs: 1, footnotes: 0, sections: 1 }),
    });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Export Word…' }));
    expect(await screen.findByText('Saved as /tmp/y.docx.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf(calls, 'must_fix')).toHaveLength(1);
  });
});

describe('Export PDF', () => {
  it('shows progress while the PDF is laid out, then where it went and how many pages', async () => {
    let finish: (v: unknown) => void = () => {};
    const calls = mockCommands({
      ...readyApp(),
      must_fix: () => [],
      export_pdf: () => new Promise((resolve) => (finish = resolve)),
    });
    let saved = 0;
    render(ExportButtons, { submissionId: 7, before: async () => void (saved += 1) });
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    const busy = await screen.findByRole('button', { name: 'Exporting PDF…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Export Word…' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('progressbar', { name: 'Exporting PDF…' })).toBeTruthy();
    expect(document.querySelector('.export-buttons')?.getAttribute('aria-busy')).toBe('true');
    finish({ path: '/home/ana/UPR submission.pdf', pages: 3, bytes: 51234, paragraphs: 8, footnotes: 3 });
    expect(await screen.findByText('Saved as /home/ana/UPR submission.pdf (3 pages).')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((screen.getByRole('button', { name: 'Export PDF…' }) as HTMLButtonElement).disabled).toBe(false);
    expect(callsOf(calls, 'export_pdf')[0]?.args).toEqual({ submissionId: 7 });
    expect(saved).toBe(1);
  });

  it('gives the focus back to "Export PDF…" afterwards (disabled while it ran, the button lost it)', async () => {
    let finish: (v: unknown) => void = () => {};
    mockCommands({ ...readyApp(), must_fix: () => [], export_pdf: () => new Promise((resolve) => (finish = resolve)) });
    render(ExportButtons, { submissionId: 7, before: async () => {} });
    const button = screen.getByRole('button', { name: 'Export PDF…' });
    button.focus();
    await fireEvent.click(button);
    await screen.findByRole('button', { name: 'Exporting PDF…' });
    // What a browser does to the focus of a button that becomes disabled (jsdom does not): the
    // focus falls back to the page.
    const elsewhere = document.body.appendChild(document.createElement('input'));
    elsewhere.focus();
    elsewhere.remove();
    expect(document.activeElement).toBe(document.body);
    finish({ path: '/tmp/x.pdf', pages: 1, bytes: 100, paragraphs: 1, footnotes: 0 });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export PDF…' })));
  });

  it('says nothing was exported on cancel, and shows a character no font has in the core’s words', async () => {
    const missing = 'The PDF cannot show “\u{1D11E}” (in the section “Summary”): no font has it. Replace it and export again.';
    let fail = false;
    mockCommands({
      ...readyApp(),
      must_fix: () => [],
      export_pdf: () => {
        if (fail) throw { kind: 'invalid', message: missing, field: null };
        return null;
      },
    });
    render(ExportButtons, { submissionId: 7, formats: ['pdf'] });
    expect(screen.getByText('This mechanism asks for PDF files: export the PDF to send it.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    expect(await screen.findByText('No file was chosen; nothing was exported.')).toBeTruthy();
    fail = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }));
    expect((await screen.findByRole('alert')).textContent).toContain(missing);
    expect(screen.getByRole('button', { name: 'Export PDF…' })).toBeTruthy();
  });
});

describe('Preview PDF', () => {
  it('draws every page of the PDF that preview_pdf laid out, numbered, and closes', async () => {
    resetPdf();
    const bytes = new Uint8Array([37, 80, 68, 70]).buffer;
    const calls = mockCommands({ ...readyApp(), preview_pdf: () => bytes });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Preview PDF' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview of the PDF' });
    expect(await within(dialog).findByText('Page 1 of 2')).toBeTruthy();
    expect(within(dialog).getByText('Page 2 of 2')).toBeTruthy();
    expect(within(dialog).getByText('2 pages, exactly as “Export PDF…” writes it.')).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: 'Pages of the PDF' }).tabIndex).toBe(0);
    expect(dialog.querySelectorAll('canvas')).toHaveLength(2);
    // Pages are pictures drawn left to right whatever the interface's direction (pdf.js aligns
    // each glyph to the canvas's start: in Arabic, Arabic letters came apart).
    for (const canvas of dialog.querySelectorAll('canvas')) expect(canvas.getAttribute('dir')).toBe('ltr');
    await waitFor(() => expect([...pdf.drawn].sort()).toEqual([1, 2]));
    expect(callsOf(calls, 'preview_pdf')[0]?.args).toEqual({ submissionId: 7 });
    expect(new Uint8Array(pdf.opened[0]!)).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(document.activeElement?.textContent).toBe('Close');

    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(pdf.closed).toBe(1);
  });

  it('says “1 page” for a one-page PDF', async () => {
    resetPdf();
    pdf.pages = 1;
    mockCommands({ ...readyApp(), preview_pdf: () => new ArrayBuffer(4) });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Preview PDF' }));
    expect(await screen.findByText('1 page, exactly as “Export PDF…” writes it.')).toBeTruthy();
    expect(screen.getByText('Page 1 of 1')).toBeTruthy();
  });

  it('shows why there is no preview: the core’s message, or pdf.js’s in plain words', async () => {
    resetPdf();
    let fail = true;
    mockCommands({
      ...readyApp(),
      preview_pdf: () => {
        if (fail) throw { kind: 'invalid', message: 'No font can show “\u{1D11E}” in the section “Summary”.', field: null };
        return new ArrayBuffer(4);
      },
    });
    render(ExportButtons, { submissionId: 7 });
    await fireEvent.click(screen.getByRole('button', { name: 'Preview PDF' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview of the PDF' });
    expect((await within(dialog).findByRole('alert')).textContent).toContain('No font can show');
    expect(dialog.querySelector('canvas')).toBeNull();
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));

    fail = false;
    pdf.fail = 'Invalid PDF structure.';
    await fireEvent.click(screen.getByRole('button', { name: 'Preview PDF' }));
    const again = await screen.findByRole('dialog', { name: 'Preview of the PDF' });
    expect((await within(again).findByRole('alert')).textContent).toContain(
      'The preview could not show the PDF (Invalid PDF structure.). Export PDF… still writes the file.',
    );
  });
});

describe('SectionImport', () => {
  const result = (): DraftImported =>
    ({
      detail: { sections: [{ section: { id: 12, title: 'Housing department' } }] },
      section_id: 12,
      notices: [
        { code: 'tracked_changes', message: '2 tracked changes were accepted: insertions are kept, deletions left out.' },
        { code: 'comments', message: '1 comment was left out.' },
      ],
    }) as unknown as DraftImported;

  it('adds the document as a section and lists what the import accepted or left out', async () => {
    const calls = mockCommands({ ...readyApp(), import_section: () => result() });
    let got: DraftImported | null = null;
    render(SectionImport, { submissionId: 3, onimported: (d: DraftImported) => (got = d) });
    await fireEvent.click(screen.getByRole('button', { name: 'Import a department’s document…' }));
    expect(await screen.findByText('The document was added as the section “Housing department”.')).toBeTruthy();
    expect(screen.getByText('1 comment was left out.')).toBeTruthy();
    expect(screen.getByText(/2 tracked changes were accepted/)).toBeTruthy();
    expect(callsOf(calls, 'import_section')[0]?.args).toEqual({ submissionId: 3 });
    await waitFor(() => expect(got).not.toBeNull());
  });

  it('shows notice text as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    mockCommands({
      ...readyApp(),
      import_section: () => ({ ...result(), notices: [{ code: 'front_matter', message: evil }] }),
    });
    render(SectionImport, { submissionId: 3 });
    await fireEvent.click(screen.getByRole('button', { name: 'Import a department’s document…' }));
    expect(await screen.findByText(evil)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('on the submission screen', () => {
  it('offers Export Word, Export PDF and the import of a department’s document, which shows the new section', async () => {
    session.status = readyStatus();
    session.mechanisms = mechanisms;
    const before = submissionDetail();
    const after = structuredClone(before);
    const added = structuredClone(before.sections[0]!);
    added.section.id = 99;
    added.section.title = 'Housing department';
    after.sections.push(added);
    const calls = mockCommands({
      ...readyApp(),
      get_submission: () => before,
      must_fix: () => [],
      export_docx: () => ({ path: '/tmp/s.docx', paragraphs: 1, footnotes: 0, sections: 1 }),
      import_section: () => ({ detail: after, section_id: 99, notices: [{ code: 'comments', message: '1 comment was left out.' }] }),
    });
    render(Submission, { id: 7 });
    const word = await screen.findByRole('region', { name: 'Export and import' });
    expect(within(word).getByRole('button', { name: 'Export PDF…' })).toBeTruthy();
    expect(within(word).getByRole('button', { name: 'Preview PDF' })).toBeTruthy();
    await fireEvent.click(within(word).getByRole('button', { name: 'Export Word…' }));
    expect(await within(word).findByText('Saved as /tmp/s.docx.')).toBeTruthy();
    expect(callsOf(calls, 'export_docx')[0]?.args).toEqual({ submissionId: 7 });
    await fireEvent.click(within(word).getByRole('button', { name: 'Import a department’s document…' }));
    expect(await within(word).findByText('1 comment was left out.')).toBeTruthy();
    expect(await screen.findByText('Housing department')).toBeTruthy();
  });
});
