// Word in and out on the submission screen: "Export Word…" (the save dialog is Rust's; the page
// says where the file went) and "Import a department's document…" with the import's notices.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { callsOf, mockCommands } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { submissionDetail } from '../../test/drafting-fixtures';
import type { DraftImported } from '../bindings/DraftImported';
import { session } from '../session.svelte';
import Submission from '../screens/Submission.svelte';
import ExportButtons from './ExportButtons.svelte';
import SectionImport from './SectionImport.svelte';

describe('ExportButtons', () => {
  it('exports through export_docx and says where the file was saved', async () => {
    const calls = mockCommands({
      ...readyApp(),
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
  it('offers Export Word and the import of a department’s document, which shows the new section', async () => {
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
      export_docx: () => ({ path: '/tmp/s.docx', paragraphs: 1, footnotes: 0, sections: 1 }),
      import_section: () => ({ detail: after, section_id: 99, notices: [{ code: 'comments', message: '1 comment was left out.' }] }),
    });
    render(Submission, { id: 7 });
    const word = await screen.findByRole('region', { name: 'Word' });
    await fireEvent.click(within(word).getByRole('button', { name: 'Export Word…' }));
    expect(await within(word).findByText('Saved as /tmp/s.docx.')).toBeTruthy();
    expect(callsOf(calls, 'export_docx')[0]?.args).toEqual({ submissionId: 7 });
    await fireEvent.click(within(word).getByRole('button', { name: 'Import a department’s document…' }));
    expect(await within(word).findByText('1 comment was left out.')).toBeTruthy();
    expect(await screen.findByText('Housing department')).toBeTruthy();
  });
});
