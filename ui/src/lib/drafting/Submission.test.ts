// The submission screen: what it shows (front matter, live count, checks, sections with their
// editors and numbering), autosave as the writer sees it ("Saved" / "Not saved", conflicts),
// and the section actions.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands, type Handler } from '../../test/setup';
import { mechanisms, readyApp, readyStatus } from '../../test/fixtures';
import { breakdown, section, sentRecord, stats, submissionDetail, views } from '../../test/drafting-fixtures';
import type { SubmissionDetail } from '../bindings/SubmissionDetail';
import { session } from '../session.svelte';
import Submission from './Submission.svelte';

/** The TipTap editor behind a section's textbox (TipTap puts it on its element). */
const editorOf = (box: HTMLElement) => (box as HTMLElement & { editor: Editor }).editor;

function setup(handlers: Record<string, Handler> = {}, detail: SubmissionDetail = submissionDetail(), props: Record<string, unknown> = {}) {
  session.status = readyStatus();
  session.mechanisms = mechanisms;
  let version = 3;
  const calls = mockCommands({
    ...readyApp(),
    get_submission: () => detail,
    count_submission: () => ({ stats: stats({ words: 2417 }), breakdown: breakdown({ text: 2371, total: 2417 }), section_words: 24 }),
    save_section: (args) => {
      version += 1;
      return {
        section: section({ version, content: args.content as never }),
        stats: stats({ words: 2417 }),
        breakdown: breakdown({ text: 2371, total: 2417 }),
        compliance: [],
      };
    },
    ...handlers,
  });
  render(Submission, { id: 7, ...props });
  return calls;
}

describe('Submission screen', () => {
  it('shows the title, engagement, status and the front matter preview', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Submission of the City of Exampleville' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'UPR of Exampleland (demo cycle)' }).getAttribute('href')).toBe('#/engagements/1');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('drafting');
    const front = screen.getByRole('region', { name: 'Front matter' });
    expect(front.textContent).toContain('Submitted by');
    expect(front.textContent).toContain('City of Exampleville');
  });

  it('shows the whole count against the limit as "2,410 / 2,815 words", and without a limit "2,410 words"', async () => {
    setup();
    const count = await screen.findByLabelText('Word count');
    expect(count.textContent).toBe('2,410 / 2,815 words');
  });

  it('says where the words are: title, front matter, headings, text and footnotes, as the core counted them', async () => {
    setup();
    const parts = await screen.findByLabelText('Where the words are');
    expect(parts.textContent).toBe('2,410 words: 5 title, 25 front matter, 6 headings, 2,364 text, 10 footnotes');
    expect(screen.getByText(/Everything sent is counted, as Word counts it/).textContent).toContain('the footnotes');
  });

  it('names the part a rule leaves out as not counted, and leaves out parts without words', async () => {
    setup(
      {},
      submissionDetail({
        stats: stats({ words: 2400, footnotes_count: false }),
        breakdown: breakdown({
          headings: 0,
          counted: ['title', 'front_matter', 'headings', 'text'],
          excluded: ['footnotes'],
          total: 2400,
        }),
      }),
    );
    const parts = await screen.findByLabelText('Where the words are');
    expect(parts.textContent).toBe('2,400 words: 5 title, 25 front matter, 2,364 text; not counted: 10 footnotes');
    expect(screen.getByLabelText('Word count').textContent).toBe('2,400 / 2,815 words');
    expect(screen.getByText(/except the footnotes/)).toBeTruthy();
  });

  it('writes the count without a limit when none is known', async () => {
    setup({}, submissionDetail({ stats: stats({ limit: null }) }));
    expect((await screen.findByLabelText('Word count')).textContent).toBe('2,410 words');
  });

  it('has an editor per section, named "Section text: " + its title, multi-line, with the guidance apart', async () => {
    setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    expect(box.getAttribute('aria-multiline')).toBe('true');
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(box.textContent).toContain('The city of Exampleville reports on housing.');
    expect(screen.getByRole('textbox', { name: 'Section text: Recommendations' })).toBeTruthy();
    // The guidance is shown beside the text, never inside it.
    expect(box.textContent).not.toContain('main concerns');
    expect(screen.getAllByText('Guidance for this section')).toHaveLength(2);
  });

  it('numbers paragraphs across the submission and footnotes in order; citations read as the UN writes them', async () => {
    setup();
    const first = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    const second = screen.getByRole('textbox', { name: 'Section text: Recommendations' });
    await waitFor(() => expect([...first.querySelectorAll('p')].map((p) => p.getAttribute('data-number'))).toEqual(['1', '2']));
    expect(second.querySelector('p')?.getAttribute('data-number')).toBe('3');
    expect(second.querySelector('sup.footnote-ref')?.getAttribute('data-number')).toBe('1');
    expect(second.querySelector('.citation')?.textContent).toBe('A/HRC/59/15, para. 140.7');
    const notes = screen.getByRole('group', { name: 'Footnotes of “Recommendations”' });
    expect(notes.textContent).toContain('As recommended in 2022.');
    expect(within(notes).getByRole('button', { name: 'Edit footnote 1' })).toBeTruthy();
  });

  it('lists the checks with their severity in words, and links to the section concerned', async () => {
    setup();
    const panel = await screen.findByRole('region', { name: 'Checks' });
    const items = within(panel).getAllByRole('listitem');
    // Errors first, then warnings, then notes.
    expect(items.map((li) => li.querySelector('.severity')?.textContent?.trim())).toEqual(['Must fix', 'Warning', 'Note']);
    expect(items[1]?.textContent).toContain('The section “Recommendations” is almost empty.');
    const go = within(panel).getByRole('link', { name: 'Go to “Recommendations”' });
    await fireEvent.click(go);
    const box = screen.getByRole('textbox', { name: 'Section text: Recommendations' });
    await waitFor(() => expect(box.contains(document.activeElement) || document.activeElement === box).toBe(true));
  });

  it('says when there is nothing to fix', async () => {
    setup({}, submissionDetail({ compliance: [] }));
    expect(await screen.findByText('No problems found.')).toBeTruthy();
  });

  it('saves typing with save_section on the version it started from, then says "Saved" with the live count', async () => {
    const calls = setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
    editorOf(box).commands.insertContentAt(editorOf(box).state.doc.content.size - 1, ' More words.');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saving…'));
    await waitFor(() => expect(callsOf(calls, 'save_section')).toHaveLength(1), { timeout: 3000 });
    const args = callsOf(calls, 'save_section')[0]?.args;
    expect(args?.id).toBe(11);
    expect(args?.baseVersion).toBe(3);
    expect(args?.title).toBe('Summary and key words');
    expect(JSON.stringify(args?.content)).toContain('More words.');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect(screen.getByLabelText('Word count').textContent).toBe('2,417 / 2,815 words');
    expect(screen.getByLabelText('Where the words are').textContent).toContain('2,417 words: 5 title, 25 front matter, 6 headings, 2,371 text');
    // One call gives the submission's count and the section's own, title included: nothing is
    // added up on the page.
    expect(callsOf(calls, 'count_submission')[0]?.args).toMatchObject({ id: 7, sectionId: 11, title: 'Summary and key words' });
    expect(callsOf(calls, 'count_content')).toHaveLength(0);
    expect(screen.getByLabelText('Words in “Summary and key words”').textContent).toBe('24 words');
  });

  it('says "Not saved" when a save fails, keeps the text, and saves it on the retry', async () => {
    let attempts = 0;
    const calls = setup({
      save_section: (args) => {
        attempts += 1;
        if (attempts === 1) throw { kind: 'io', message: 'The disk is full.', field: null };
        return { section: section({ version: 4, content: args.content as never }), stats: stats(), compliance: [] };
      },
    });
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    editorOf(box).commands.insertContentAt(1, 'Precious ');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Not saved'), { timeout: 3000 });
    expect(screen.getByRole('alert').textContent).toContain('The disk is full.');
    expect(box.textContent).toContain('Precious');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 4000 });
    expect(callsOf(calls, 'save_section')).toHaveLength(2);
    expect(JSON.stringify(callsOf(calls, 'save_section')[1]?.args.content)).toContain('Precious');
  });

  it('on a conflict asks whether to keep this text or load the other, and never overwrites silently', async () => {
    let attempts = 0;
    const latest = submissionDetail({
      sections: views().map((v) =>
        v.section.id === 11 ? { ...v, section: section({ version: 9, content: { blocks: [{ type: 'paragraph', numbered: true, content: [{ type: 'text', text: 'Their text.' }] }] } }) } : v,
      ),
    });
    let fetched = 0;
    const calls = setup({
      get_submission: () => (++fetched === 1 ? submissionDetail() : latest),
      save_section: (args) => {
        attempts += 1;
        if (attempts === 1) throw { kind: 'conflict', message: 'Another window saved this section first.', field: null };
        return { section: section({ version: 10, content: args.content as never }), stats: stats(), compliance: [] };
      },
    });
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    editorOf(box).commands.insertContentAt(1, 'Mine: ');
    const dialog = await screen.findByRole('dialog', { name: 'This section was changed elsewhere' }, { timeout: 3000 });
    expect(screen.getByTestId('save-state').textContent).toBe('Not saved');
    expect(callsOf(calls, 'save_section')).toHaveLength(1);
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my text' }));
    await waitFor(() => expect(callsOf(calls, 'save_section')).toHaveLength(2));
    expect(callsOf(calls, 'save_section')[1]?.args.baseVersion).toBe(9);
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
  });

  it('loads the other text when the writer chooses it', async () => {
    const theirs = submissionDetail({
      sections: views().map((v) =>
        v.section.id === 11 ? { ...v, section: section({ version: 9, content: { blocks: [{ type: 'paragraph', numbered: true, content: [{ type: 'text', text: 'Their text.' }] }] } }) } : v,
      ),
    });
    let fetched = 0;
    const calls = setup({
      get_submission: () => (++fetched === 1 ? submissionDetail() : theirs),
      save_section: () => {
        throw { kind: 'conflict', message: 'Another window saved this section first.', field: null };
      },
    });
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    editorOf(box).commands.insertContentAt(1, 'Mine: ');
    const dialog = await screen.findByRole('dialog', { name: 'This section was changed elsewhere' }, { timeout: 3000 });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Load their text' }));
    await waitFor(() => expect(box.textContent).toBe('Their text.'));
    expect(screen.getByTestId('save-state').textContent).toBe('Saved');
    expect(callsOf(calls, 'save_section')).toHaveLength(1);
  });

  it('shows the status the core gave a section on save ("Drafted" with its first words), and keeps it on the next change of owner', async () => {
    const calls = setup({
      save_section: (args) => ({
        section: section({ version: 4, status: 'drafted', content: args.content as never }),
        stats: stats(),
        breakdown: breakdown(),
        compliance: [],
      }),
      set_section_meta: (args) => section({ owner: String(args.owner), status: args.status as never }),
    });
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    const status = screen.getAllByLabelText('Section status')[0] as HTMLSelectElement;
    await fireEvent.change(status, { target: { value: 'to_draft' } });
    await waitFor(() => expect(callsOf(calls, 'set_section_meta')).toHaveLength(1));
    expect(status.value).toBe('to_draft');
    editorOf(box).commands.insertContentAt(1, 'First words. ');
    await waitFor(() => expect(callsOf(calls, 'save_section')).toHaveLength(1), { timeout: 3000 });
    await waitFor(() => expect(status.value).toBe('drafted'));
    const owner = screen.getAllByLabelText('Owner')[0] as HTMLInputElement;
    await fireEvent.input(owner, { target: { value: 'Housing Department' } });
    await fireEvent.change(owner);
    await waitFor(() => expect(callsOf(calls, 'set_section_meta')).toHaveLength(2));
    expect(callsOf(calls, 'set_section_meta')[1]?.args).toEqual({ id: 11, owner: 'Housing Department', status: 'drafted' });
  });

  it('sets a section owner and status, and moves a section down through move_section', async () => {
    const moved = submissionDetail({ sections: [...views()].reverse() });
    const calls = setup({
      set_section_meta: (args) => section({ owner: String(args.owner), status: args.status as never }),
      move_section: () => moved,
    });
    await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    const statusSelects = screen.getAllByLabelText('Section status');
    await fireEvent.change(statusSelects[0]!, { target: { value: 'approved' } });
    await waitFor(() => expect(callsOf(calls, 'set_section_meta')[0]?.args).toEqual({ id: 11, owner: 'Human Rights Office', status: 'approved' }));
    await fireEvent.click(screen.getAllByRole('button', { name: /Move down/ })[0]!);
    await waitFor(() => expect(callsOf(calls, 'move_section')[0]?.args).toEqual({ id: 11, position: 1 }));
    await waitFor(() =>
      expect(screen.getAllByRole('textbox', { name: /^Section text: / }).map((b) => b.getAttribute('aria-label'))).toEqual([
        'Section text: Recommendations',
        'Section text: Summary and key words',
      ]),
    );
  });

  it('asks before moving a section to the bin', async () => {
    const calls = setup({ delete_section: () => null });
    await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    await fireEvent.click(screen.getAllByRole('button', { name: /Remove section/ })[1]!);
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('Move the section “Recommendations” to the bin?');
    expect(callsOf(calls, 'delete_section')).toHaveLength(0);
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Move to bin' }));
    await waitFor(() => expect(callsOf(calls, 'delete_section')[0]?.args).toEqual({ id: 12 }));
  });

  it('records what was sent and shows it, with the SHA-256 and a warning when edited since', async () => {
    const sent = submissionDetail({ sent: sentRecord(), edited_since_sent: true });
    const calls = setup({ mark_submitted: () => sent, record_outcome: () => sent });
    await fireEvent.click(await screen.findByRole('button', { name: 'Mark as submitted' }));
    const dialog = screen.getByRole('dialog', { name: 'Record what was sent' });
    await fireEvent.input(within(dialog).getByLabelText('Date sent'), { target: { value: '2026-12-01' } });
    await fireEvent.input(within(dialog).getByLabelText('How it was sent'), { target: { value: 'UPR online submission system' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file sent…' }));
    await waitFor(() => expect(callsOf(calls, 'mark_submitted')[0]?.args).toEqual({ id: 7, sentOn: '2026-12-01', channel: 'UPR online submission system' }));
    const panel = await screen.findByRole('region', { name: 'What was sent' });
    expect(panel.textContent).toContain('exampleville-upr.docx');
    expect(panel.textContent).toContain('a'.repeat(64));
    expect(panel.textContent).toContain('The text was edited after it was sent.');
    await fireEvent.input(within(panel).getByLabelText('Acronym given by OHCHR'), { target: { value: 'JS3' } });
    await fireEvent.input(within(panel).getByLabelText('Paragraphs of the OHCHR summary that cite it'), { target: { value: '12, 40' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(calls, 'record_outcome')[0]?.args).toEqual({ id: 7, acronym: 'JS3', citedParagraphs: '12, 40' }));
  });

  it('a sent submission is read-only until "Start a new version", which keeps the record of what was sent', async () => {
    const sentDetail = submissionDetail({
      submission: { ...submissionDetail().submission, status: 'submitted' },
      sent: sentRecord(),
      read_only: true,
      status_choices: ['submitted', 'acknowledged'],
    });
    const reopenedAt = '2026-12-03T09:00:00Z';
    const reopenedDetail = submissionDetail({ sent: sentRecord({ reopened_at: reopenedAt }) });
    let current = sentDetail;
    const message = 'Started a new version of "Submission of the City of Exampleville": its text can be changed again. What was sent on 2026-12-01 is kept as it was.';
    const calls = setup({
      get_submission: () => current,
      reopen_submission: () => {
        current = reopenedDetail;
        return { id: 7, title: 'Submission of the City of Exampleville', status: 'drafting', reopened_at: reopenedAt, kept: sentRecord({ reopened_at: reopenedAt }), message };
      },
    });
    const box = await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    const note = screen.getByRole('region', { name: 'Sent: this version is read-only' });
    expect(note.textContent).toMatch(/marked as submitted on .*1 Dec 2026 \(UPR online submission system\)/);
    // Nothing that would change the text is offered, and the text cannot be typed into.
    expect(box.getAttribute('contenteditable')).toBe('false');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(editorOf(box).isEditable).toBe(false);
    expect((screen.getAllByLabelText('Section title')[0] as HTMLInputElement).readOnly).toBe(true);
    for (const name of ['Mark as submitted', 'Add section', 'Import a department’s document…', /Edit details/, /Remove section/, /Move up/, 'Add footnote']) {
      expect(screen.queryByRole('button', { name }), String(name)).toBeNull();
    }
    expect(screen.queryByRole('toolbar')).toBeNull();
    const options = [...(screen.getByLabelText('Status') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['submitted', 'acknowledged']);

    await fireEvent.click(within(note).getByRole('button', { name: 'Start a new version' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('What was sent stays recorded as it is');
    expect(callsOf(calls, 'reopen_submission')).toHaveLength(0);
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Start a new version' }));
    await waitFor(() => expect(callsOf(calls, 'reopen_submission')[0]?.args).toEqual({ id: 7 }));
    expect(await screen.findByText(message)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Sent: this version is read-only' })).toBeNull());
    const editable = await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    await waitFor(() => expect(editable.getAttribute('contenteditable')).toBe('true'));
    expect(screen.getByRole('button', { name: 'Add section' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark as submitted' })).toBeTruthy();
    // The record of what was sent is still there, saying a new version was started.
    const panel = screen.getByRole('region', { name: 'What was sent' });
    expect(panel.textContent).toContain('exampleville-upr.docx');
    expect(panel.textContent).toContain('a'.repeat(64));
    expect(within(panel).getByTestId('reopened-note').textContent).toContain('A new version was started on');
  });

  it('offers in the Status list only what the core allows: never “Submitted” before it is marked', async () => {
    setup();
    const select = (await screen.findByLabelText('Status')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['planned', 'drafting', 'internal_review', 'approved']);
  });

  it('makes the text read-only as soon as it is marked as submitted', async () => {
    const marked = submissionDetail({
      submission: { ...submissionDetail().submission, status: 'submitted' },
      sent: sentRecord(),
      read_only: true,
      status_choices: ['submitted', 'acknowledged'],
    });
    setup({ mark_submitted: () => marked });
    expect((await screen.findByRole('textbox', { name: 'Section text: Recommendations' })).getAttribute('contenteditable')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Mark as submitted' }));
    const dialog = screen.getByRole('dialog', { name: 'Record what was sent' });
    await fireEvent.input(within(dialog).getByLabelText('How it was sent'), { target: { value: 'UPR online submission system' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose the file sent…' }));
    expect(await screen.findByText('Marked as submitted. The text is read-only now; to change it, start a new version.')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Section text: Recommendations' }).getAttribute('contenteditable')).toBe('false'),
    );
    expect(screen.getByRole('button', { name: 'Start a new version' })).toBeTruthy();
  });

  it('lists earlier sends under what was sent', async () => {
    setup({}, submissionDetail({ sent: sentRecord({ file_name: 'second.docx' }), earlier_sends: [sentRecord({ file_name: 'first.docx', file_sha256: 'b'.repeat(64) })] }));
    const panel = await screen.findByRole('region', { name: 'What was sent' });
    expect(within(panel).getByText('Sent before')).toBeTruthy();
    expect(panel.textContent).toContain(`first.docx (SHA-256 ${'b'.repeat(64)})`);
  });

  it('says so when no file was chosen for "Mark as submitted"', async () => {
    setup({ mark_submitted: () => null });
    await fireEvent.click(await screen.findByRole('button', { name: 'Mark as submitted' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Choose the file sent…' }));
    expect(await screen.findByText('No file was chosen; nothing was recorded.')).toBeTruthy();
  });

  it('adds a footnote through "Add footnote": numbered in order, listed at the foot, saved in the content', async () => {
    const calls = setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    editorOf(box).commands.setTextSelection(5);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Recommendations”' });
    await fireEvent.click(within(toolbar).getByRole('button', { name: 'Add footnote' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a footnote' });
    const note = within(dialog).getByRole('textbox', { name: 'Footnote text' });
    editorOf(note).commands.insertContent('Census 2021.');
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Save footnote' }));
    // The new footnote comes first in the text, so it is 1 and the old one becomes 2.
    const notes = screen.getByRole('group', { name: 'Footnotes of “Recommendations”' });
    await waitFor(() => expect(within(notes).getAllByRole('listitem').map((li) => li.querySelector('.note-text')?.textContent)).toEqual(['Census 2021.', 'As recommended in 2022.']));
    expect([...box.querySelectorAll('sup.footnote-ref')].map((s) => s.getAttribute('data-number'))).toEqual(['1', '2']);
    await waitFor(() => expect(callsOf(calls, 'save_section')).toHaveLength(1), { timeout: 3000 });
    expect(JSON.stringify(callsOf(calls, 'save_section')[0]?.args.content)).toContain('{"type":"footnote","content":[{"type":"text","text":"Census 2021."}]}');
  });

  it('closes the footnote dialog on Escape typed in its text (which ProseMirror takes for itself), adding nothing', async () => {
    const calls = setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    editorOf(box).commands.setTextSelection(5);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Recommendations”' });
    await fireEvent.click(within(toolbar).getByRole('button', { name: 'Add footnote' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a footnote' });
    const note = within(dialog).getByRole('textbox', { name: 'Footnote text' });
    editorOf(note).commands.insertContent('Typed by mistake.');
    await fireEvent.keyDown(note, { key: 'Escape', keyCode: 27 });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a footnote' })).toBeNull());
    const notes = screen.getByRole('group', { name: 'Footnotes of “Recommendations”' });
    expect(within(notes).getAllByRole('listitem')).toHaveLength(1);
    expect(callsOf(calls, 'save_section')).toHaveLength(0);
  });

  it('refuses a javascript: link with a message, and keeps an https one', async () => {
    setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    editorOf(box).commands.setTextSelection({ from: 5, to: 9 });
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Summary and key words”' });
    await fireEvent.click(within(toolbar).getByRole('button', { name: 'Link' }));
    const dialog = screen.getByRole('dialog', { name: 'Link' });
    const address = within(dialog).getByLabelText('Link address');
    await fireEvent.input(address, { target: { value: 'javascript:alert(1)' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Apply link' }));
    expect(within(dialog).getByText(/only web \(http, https\) and e-mail \(mailto\) addresses are allowed/)).toBeTruthy();
    expect(box.querySelector('a')).toBeNull();
    await fireEvent.input(address, { target: { value: 'https://www.ohchr.org/' } });
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Apply link' }));
    await waitFor(() => expect(box.querySelector('a')?.getAttribute('href')).toBe('https://www.ohchr.org/'));
  });

  it('turns the numbering of a paragraph off and on; the numbers after it follow', async () => {
    setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    editorOf(box).commands.setTextSelection(3);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Summary and key words”' });
    const toggle = within(toolbar).getByRole('button', { name: 'Numbered paragraph' });
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    await fireEvent.click(toggle);
    await waitFor(() => expect([...box.querySelectorAll('p')].map((p) => p.getAttribute('data-number'))).toEqual([null, '1']));
    const second = screen.getByRole('textbox', { name: 'Section text: Recommendations' });
    await waitFor(() => expect(second.querySelector('p')?.getAttribute('data-number')).toBe('2'));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('has one tab stop per toolbar; the arrow keys move between its controls; undo takes a change back', async () => {
    setup();
    const box = await screen.findByRole('textbox', { name: 'Section text: Summary and key words' });
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Summary and key words”' });
    const controls = [...toolbar.querySelectorAll<HTMLElement>('button, select')];
    await waitFor(() => expect(controls.filter((c) => c.tabIndex === 0)).toHaveLength(1));
    controls[0]!.focus();
    await fireEvent.keyDown(controls[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(controls[1]);
    await fireEvent.keyDown(controls[1]!, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Redo');

    editorOf(box).commands.insertContentAt(1, 'Typo ');
    await waitFor(() => expect(box.textContent).toContain('Typo'));
    await fireEvent.click(within(toolbar).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.textContent).not.toContain('Typo'));
  });

  it('opens at a search hit: the words are highlighted in that section', async () => {
    setup({}, submissionDetail(), { sectionId: 12, highlight: 'housing strategy' });
    const box = await screen.findByRole('textbox', { name: 'Section text: Recommendations' });
    await waitFor(() => expect(box.querySelector('.search-hit')?.textContent).toBe('housing strategy'));
  });
});
