// Pasting from Word and from web pages, on captured clipboard HTML (./fixtures): what is kept
// (paragraphs, lists, bold, italic, safe links) and what never gets in (scripts, styles,
// handlers, images, classes, javascript: links).
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../bindings/Block';
import type { Content } from '../bindings/Content';
import type { Inline } from '../bindings/Inline';
import { acceptLanguagesOf } from './languages';
import { fromProseMirror, inlineText, toProseMirror } from './mapping';
import { sanitizePastedHtml } from './paste';
import { sectionExtensions } from './schema';
import '../../test/setup';

import webPage from './fixtures/web-page.html?raw';
import word2016 from './fixtures/word-2016.html?raw';

const FIXTURES: Record<string, string> = { 'word-2016.html': word2016, 'web-page.html': webPage };
const fixture = (name: string) => FIXTURES[name] ?? '';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** Pastes `html` into an empty section editor, as ProseMirror does, and returns the content. */
function paste(html: string, start: Content = { blocks: [] }): Content {
  editor = new Editor({
    extensions: sectionExtensions({ paragraph: 1, footnote: 1 }),
    content: toProseMirror(start),
    editorProps: { transformPastedHTML: sanitizePastedHtml },
  });
  editor.view.pasteHTML(html);
  return fromProseMirror(editor.getJSON());
}

/** Every text of a content tree, for "is this word anywhere?" checks. */
function allText(c: Content): string {
  const block = (b: Block): string => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return inlineText(b.content);
      case 'bullet_list':
      case 'ordered_list':
        return b.items.map((i) => i.blocks.map(block).join('\n')).join('\n');
      case 'quote':
        return b.blocks.map(block).join('\n');
      case 'table':
        return b.rows.map((r) => r.cells.map((cell) => inlineText(cell.content)).join(' ')).join('\n');
      case 'chart':
        return b.caption;
    }
  };
  return c.blocks.map(block).join('\n');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const marked = (inlines: Inline[], type: 'bold' | 'italic') =>
  inlines.filter((i) => i.type === 'text' && i.marks?.some((m) => m.type === type)).map((i) => (i.type === 'text' ? squash(i.text) : ''));
const links = (inlines: Inline[]) =>
  inlines.flatMap((i) => (i.type === 'text' ? (i.marks ?? []).filter((m) => m.type === 'link').map((m) => (m.type === 'link' ? m.href : '')) : []));
const itemTexts = (b: Block | undefined) =>
  b && (b.type === 'bullet_list' || b.type === 'ordered_list') ? b.items.map((i) => squash(i.blocks[0]?.type === 'paragraph' ? inlineText(i.blocks[0].content) : '')) : [];

describe('paste from Word (2016 and later)', () => {
  it('keeps paragraphs, bold, italic and links, and drops styles, classes, <o:p>, comments and images', () => {
    const clean = sanitizePastedHtml(fixture('word-2016.html'));
    for (const gone of ['class=', 'style=', 'lang=', '<o:p', 'mso-', '<img', '<!--', 'supportLists', 'v:shape', '@font-face', 'Cambria']) {
      expect(clean).not.toContain(gone);
    }

    const c = paste(fixture('word-2016.html'));
    const [title, body] = c.blocks;
    expect(title?.type).toBe('paragraph');
    expect(title?.type === 'paragraph' && marked(title.content, 'bold')).toEqual(['Right to adequate housing']);
    expect(body?.type).toBe('paragraph');
    if (body?.type !== 'paragraph') return;
    expect(body.numbered).toBe(true);
    expect(squash(inlineText(body.content))).toBe(
      'Since the last review, the City of Exampleville has built 1,250 social homes and adopted an eviction protocol with the courts (see the housing report).',
    );
    expect(marked(body.content, 'bold')).toEqual(['1,250']);
    expect(marked(body.content, 'italic')).toEqual(['eviction protocol']);
    expect(links(body.content)).toEqual(['https://www.exampleville.example/housing/report-2024']);
    expect(squash(allText(c))).toContain('Source: municipal data.');
  });

  it('turns MsoListParagraph paragraphs into list items, nested by level, bullets and numbers apart', () => {
    const c = paste(fixture('word-2016.html'));
    const bullets = c.blocks[2];
    const numbers = c.blocks[3];
    expect(bullets?.type).toBe('bullet_list');
    expect(itemTexts(bullets)).toEqual([
      'Waiting lists were cut by a third;',
      'Roma families were rehoused in mixed neighbourhoods;',
      'a complaints office opened in 2024.',
    ]);
    // The level-2 paragraph is a list inside the second item.
    const second = bullets?.type === 'bullet_list' ? bullets.items[1] : undefined;
    expect(second?.blocks[1]?.type).toBe('bullet_list');
    expect(itemTexts(second?.blocks[1])).toEqual(['in three districts;']);
    const secondPara = second?.blocks[0];
    expect(secondPara?.type === 'paragraph' && marked(secondPara.content, 'bold')).toEqual(['rehoused', 'mixed']);
    // The bullet characters (· and o) were Word's markers, not text.
    expect(allText(c)).not.toMatch(/·/);

    expect(numbers?.type).toBe('ordered_list');
    expect(itemTexts(numbers)).toEqual(['Adopt a national housing strategy;', 'Fund municipal shelters.']);
    expect(allText(c)).not.toContain('1.');
  });
});

describe('paste from a web page', () => {
  it('keeps paragraphs, headings, lists, bold, italic and safe links', () => {
    const c = paste(fixture('web-page.html'));
    const [heading, lead, read] = c.blocks;
    expect(heading).toEqual({ type: 'heading', level: 2, content: [{ type: 'text', text: 'Local governments and housing' }] });
    expect(lead?.type === 'paragraph' && marked(lead.content, 'bold')).toEqual(['welcomes']);
    expect(lead?.type === 'paragraph' && marked(lead.content, 'italic')).toEqual(['role of cities']);
    expect(lead?.type === 'paragraph' && links(lead.content)).toEqual(['https://www.ohchr.org/en/special-procedures/sr-housing']);
    expect(read?.type === 'paragraph' && links(read.content)).toEqual(['mailto:sr.housing@example.org']);
    const list = c.blocks.find((b) => b.type === 'bullet_list');
    expect(itemTexts(list)).toEqual(['First point with bold', 'Second point']);
    const text = squash(allText(c));
    expect(text).toContain('A bold span in a div.');
    expect(text).toContain('Not bold: a Google Docs wrapper.');
    const wrapper = c.blocks.find((b) => b.type === 'paragraph' && inlineText(b.content).includes('Google Docs'));
    expect(wrapper?.type === 'paragraph' && marked(wrapper.content, 'bold')).toEqual([]);
  });

  it('neutralises <script>, event handlers, styles, images, forms and javascript:/data:/file: links', () => {
    const clean = sanitizePastedHtml(fixture('web-page.html'));
    for (const gone of ['<script', 'alert', 'onclick', 'onmouseover', 'onerror', 'onload', 'style', 'class=', '<img', '<iframe', '<form', '<input', '<svg', 'javascript:', 'JaVaScRiPt', 'data:', 'file:', 'target=']) {
      expect(clean.toLowerCase()).not.toContain(gone.toLowerCase());
    }
    const c = paste(fixture('web-page.html'));
    const text = allText(c);
    expect(text).not.toContain('stolen');
    expect(text).not.toContain('pasted script');
    // The unsafe links' words stay, as plain text.
    expect(squash(text)).toContain('Read the full report or this, or write to the mandate.');
    const json = JSON.stringify(c);
    expect(json).not.toMatch(/javascript|data:text|file:\/\//i);
  });

  it('never runs anything while cleaning (handlers are not attached, scripts not executed)', () => {
    const w = window as unknown as { stolen?: string; pwned?: boolean };
    w.pwned = false;
    sanitizePastedHtml('<img src=x onerror="window.pwned=true"><script>window.pwned=true</script><p>ok</p>');
    expect(w.pwned).toBe(false);
    expect(w.stolen).toBeUndefined();
  });
});

describe('copy and paste inside the editor', () => {
  it('keeps footnotes, citations and unnumbered paragraphs, validated', () => {
    const html =
      '<p data-pm-slice="0 0 []" data-numbered="false">See<sup data-footnote=\'[{"type":"text","text":"The note."}]\' class="footnote-ref"></sup> ' +
      '<span data-symbol="A/HRC/59/15" data-paragraph="140.7" class="citation">A/HRC/59/15, para. 140.7</span></p>' +
      '<p>Bad<sup data-footnote=\'[{"type":"text","text":"x","marks":[{"type":"link","href":"javascript:alert(1)"}]}]\'></sup></p>';
    const c = paste(html);
    expect(c.blocks[0]).toEqual({
      type: 'paragraph',
      numbered: false,
      content: [
        { type: 'text', text: 'See' },
        { type: 'footnote', content: [{ type: 'text', text: 'The note.' }] },
        { type: 'text', text: ' ' },
        { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.7' },
      ],
    });
    expect(c.blocks[1]).toEqual({ type: 'paragraph', numbered: true, content: [{ type: 'text', text: 'Bad' }] });
  });

  it('keeps a passage’s language whose tag came from the core, and only the words of any other', () => {
    // A section as the core gives it: a German passage, and a footnote with a Spanish one.
    const section: Content = {
      blocks: [
        {
          type: 'paragraph',
          numbered: true,
          content: [
            { type: 'text', text: 'The law says ' },
            { type: 'text', text: 'Recht auf Wohnen', marks: [{ type: 'language', lang: 'de-AT' }] },
            { type: 'footnote', content: [{ type: 'text', text: 'derecho a la vivienda', marks: [{ type: 'language', lang: 'es-419' }] }] },
          ],
        },
      ],
    };
    // What the editor does when it opens the section; then its own HTML is copied.
    acceptLanguagesOf(section);
    const source = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }), content: toProseMirror(section) });
    const copied = source.getHTML();
    source.destroy();
    expect(copied).toContain('data-passage-lang="de-AT"');
    expect(paste(copied).blocks[0]).toEqual(section.blocks[0]);

    // A page that imitates the editor's attributes with tags the core never gave: the words stay.
    const forged =
      '<p><span data-passage-lang="deutsch">Recht</span> and' +
      '<sup data-footnote=\'[{"type":"text","text":"nota","marks":[{"type":"language","lang":"x-forged"},{"type":"italic"}]}]\'></sup></p>';
    expect(paste(forged).blocks[0]).toEqual({
      type: 'paragraph',
      numbered: true,
      content: [
        { type: 'text', text: 'Recht and' },
        { type: 'footnote', content: [{ type: 'text', text: 'nota', marks: [{ type: 'italic' }] }] },
      ],
    });
  });

  it('flattens blocks inside table cells to line breaks (cells hold inline content only)', () => {
    const c = paste('<table><tr><th><p>Year</p></th><td><p>One</p><p>Two</p></td></tr></table>');
    expect(c.blocks[0]).toEqual({
      type: 'table',
      rows: [
        {
          cells: [
            { header: true, content: [{ type: 'text', text: 'Year' }] },
            { header: false, content: [{ type: 'text', text: 'One' }, { type: 'hard_break' }, { type: 'text', text: 'Two' }] },
          ],
        },
      ],
    });
  });
});
