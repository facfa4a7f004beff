// Inserting a citation as the core places it: the text next to the cursor is sent, and the
// answer is applied in a real editor — "… in 2025." becomes "… in 2025 (A/HRC/59/15, para.
// 140.212).". And the "Add a citation" dialog: Escape closes it, a failure keeps it open.
import { Editor } from '@tiptap/core';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../../test/setup';
import type { CitationPlacement } from '../bindings/CitationPlacement';
import type { Content } from '../bindings/Content';
import type { Inline } from '../bindings/Inline';
import CitationDialog from './CitationDialog.svelte';
import { CONTEXT_CHARS, citationContext, insertCitation } from './citation';
import { fromProseMirror, toProseMirror } from './mapping';
import { sectionExtensions } from './schema';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const cited: Inline = { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.212' };

function editorWith(content: Inline[]): Editor {
  const doc: Content = { blocks: [{ type: 'paragraph', numbered: true, content }] };
  editor = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }), content: toProseMirror(doc) });
  return editor;
}

/** The position right after the first `text` in the document. */
function after(e: Editor, text: string): number {
  let found = -1;
  e.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text) + text.length;
    return found < 0;
  });
  return found;
}

describe('Inserting a citation', () => {
  it('sends the sentence before the cursor and writes "in 2025 (A/HRC/59/15, para. 140.212)."', async () => {
    const e = editorWith([{ type: 'text', text: 'The city connected homes to the water supply in 2025. Then it went on.' }]);
    // The core's answer for a cursor right after "in 2025." (document::citation::place).
    const placement: CitationPlacement = {
      replace_before: 1,
      replace_after: 0,
      insert: [{ type: 'text', text: ' (' }, cited, { type: 'text', text: ').' }],
    };
    const calls = mockCommands({ place_citation: () => placement });
    await insertCitation(e, after(e, 'in 2025.'), 'A/HRC/59/15', '140.212');

    expect(callsOf(calls, 'place_citation')[0]?.args).toEqual({
      request: { before: 'The city connected homes to the water supply in 2025.', after: ' Then it went on.', symbol: 'A/HRC/59/15', paragraph: '140.212' },
    });
    expect(e.view.dom.textContent).toBe('The city connected homes to the water supply in 2025 (A/HRC/59/15, para. 140.212). Then it went on.');
    // One citation node between plain text: what is saved.
    expect(fromProseMirror(e.getJSON()).blocks[0]).toEqual({
      type: 'paragraph',
      numbered: true,
      content: [{ type: 'text', text: 'The city connected homes to the water supply in 2025 (' }, cited, { type: 'text', text: '). Then it went on.' }],
    });
  });

  it('moves what the core says after the cursor, and can insert a footnote', async () => {
    const e = editorWith([{ type: 'text', text: 'Evictions fell in 2025. Next.' }]);
    const note: Inline = { type: 'footnote', content: [cited, { type: 'text', text: '.' }] };
    mockCommands({ place_citation: () => ({ replace_before: 0, replace_after: 1, insert: [{ type: 'text', text: '.' }, note] }) });
    await insertCitation(e, after(e, 'in 2025'), 'A/HRC/59/15', '140.212');
    expect(fromProseMirror(e.getJSON()).blocks[0]).toEqual({
      type: 'paragraph',
      numbered: true,
      content: [{ type: 'text', text: 'Evictions fell in 2025.' }, note, { type: 'text', text: ' Next.' }],
    });
  });

  it('reads footnote calls, citations and line breaks as the core expects, and sends a long paragraph in part', () => {
    const e = editorWith([
      { type: 'text', text: 'Rose.' },
      { type: 'footnote', content: [{ type: 'text', text: 'n' }] },
      { type: 'hard_break' },
      { type: 'text', text: `🏠${'x'.repeat(CONTEXT_CHARS)}` },
    ]);
    const end = e.state.doc.content.size - 1;
    expect(citationContext(e.state.doc, after(e, 'Rose.') + 2)).toEqual({ before: 'Rose.\uFFFC\n', after: `🏠${'x'.repeat(CONTEXT_CHARS - 1)}` });
    const { before } = citationContext(e.state.doc, end);
    expect(Array.from(before)).toHaveLength(CONTEXT_CHARS);
    expect(before.endsWith('xxx')).toBe(true);
  });
});

describe('The "Add a citation" dialog', () => {
  it('closes on Escape even from the recommendation search field', async () => {
    mockCommands({});
    const saved: unknown[] = [];
    render(CitationDialog, { open: true, symbol: '', paragraph: null, isNew: true, onsave: (s: string) => saved.push(s) });
    const search = screen.getByLabelText('Find a recommendation');
    expect(screen.getByRole('dialog')).toBeTruthy();
    await fireEvent.keyDown(search, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(saved).toEqual([]);
  });

  it('stays open with the reason when the citation cannot be placed', async () => {
    mockCommands({});
    render(CitationDialog, {
      open: true,
      symbol: '',
      paragraph: null,
      isNew: true,
      onsave: () => Promise.reject(new Error('the settings file cannot be read')),
    });
    await fireEvent.input(screen.getByLabelText('Document symbol'), { target: { value: 'A/HRC/59/15' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save citation' }));
    expect((await screen.findByRole('alert')).textContent).toContain('the settings file cannot be read');
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect((screen.getByLabelText('Document symbol') as HTMLInputElement).value).toBe('A/HRC/59/15');
  });
});
