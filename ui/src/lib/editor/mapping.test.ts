// The editor and the core's content tree map one to one: every block and inline kind goes into
// a real editor (the schema of schema.ts) and comes back unchanged — nothing lost, nothing
// invented — apart from what ProseMirror writes one way only (see mapping.ts).
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../bindings/Block';
import type { Content } from '../bindings/Content';
import type { Inline } from '../bindings/Inline';
import type { Mark } from '../bindings/Mark';
import { citationText, fromProseMirror, inlineText, isAllowedLink, parseInlines, toProseMirror } from './mapping';
import { sectionExtensions } from './schema';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** Through a real editor: core → ProseMirror document → core. */
function roundTrip(content: Content): Content {
  editor = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }), content: toProseMirror(content) });
  const back = fromProseMirror(editor.getJSON());
  editor.destroy();
  editor = null;
  return back;
}

const text = (t: string, ...marks: Mark[]): Inline =>
  marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const para = (...content: Inline[]): Block => ({ type: 'paragraph', numbered: true, content });

/** One of every kind, nested where the core allows nesting. */
const everything: Content = {
  blocks: [
    { type: 'heading', level: 1, content: [text('Housing')] },
    { type: 'heading', level: 2, content: [text('Evictions')] },
    { type: 'heading', level: 3, content: [text('Data')] },
    { type: 'heading', level: 4, content: [text('Imported from a #### heading')] },
    para(
      text('The city '),
      text('built', { type: 'bold' }),
      text(' '),
      text('1,250', { type: 'bold' }, { type: 'italic' }),
      text(' homes', { type: 'italic' }),
      text(' (see '),
      text('the report', { type: 'link', href: 'https://example.org/report' }),
      text(', '),
      text('write', { type: 'link', href: 'mailto:office@example.org' }, { type: 'bold' }, { type: 'italic' }),
      text(')'),
      { type: 'footnote', content: [text('Municipal housing report 2024, p. '), text('12', { type: 'bold' }), { type: 'hard_break' }, text('Second line.')] },
      text(' as recommended in '),
      { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.7' },
      text(' and '),
      { type: 'citation', symbol: 'CRC/C/PER/CO/6-7' },
      { type: 'hard_break' },
      text('.'),
    ),
    para(
      text('The Basic Law opens with '),
      text('Die Würde des Menschen ist ', { type: 'language', lang: 'de' }),
      text('unantastbar', { type: 'language', lang: 'de' }, { type: 'bold' }),
      text(' and '),
      text('Grundgesetz', { type: 'language', lang: 'de' }, { type: 'link', href: 'https://www.gesetze-im-internet.de/gg/' }),
      { type: 'footnote', content: [text('Article 1, ', { type: 'italic' }), text('Grundgesetz', { type: 'language', lang: 'de' })] },
      text(', then '),
      text('la vida', { type: 'language', lang: 'es-419' }),
      text('.'),
    ),
    { type: 'paragraph', numbered: false, content: [text('An unnumbered note.')] },
    { type: 'paragraph', numbered: false, content: [] },
    {
      type: 'bullet_list',
      items: [
        { blocks: [para(text('first'))] },
        {
          blocks: [
            para(text('second')),
            { type: 'ordered_list', items: [{ blocks: [{ type: 'paragraph', numbered: false, content: [text('nested')] }] }] },
          ],
        },
        { blocks: [{ type: 'heading', level: 2, content: [text('an item that opens with a heading')] }] },
      ],
    },
    { type: 'ordered_list', items: [{ blocks: [para(text('step one'), { type: 'footnote', content: [] })] }] },
    { type: 'quote', blocks: [para(text('A quoted sentence.')), { type: 'quote', blocks: [para(text('Nested quote.'))] }] },
    {
      type: 'table',
      rows: [
        { cells: [{ header: true, content: [text('Year')] }, { header: true, content: [text('Homes', { type: 'italic' })] }] },
        { cells: [{ header: false, content: [text('2024')] }, { header: false, content: [{ type: 'citation', symbol: 'E/C.12/AUT/CO/5' }] }] },
        { cells: [{ header: true, content: [] }, { header: false, content: [text('a'), { type: 'hard_break' }, text('b')] }] },
      ],
    },
    { type: 'chart', chart: 'status_by_theme', symbol: 'A/HRC/59/15', caption: '' },
    { type: 'chart', chart: 'status_by_department', caption: 'Who answers for what' },
    para(),
  ],
};

describe('mapping between the editor and the content tree', () => {
  it('keeps every block and inline kind, nested, through a real editor', () => {
    expect(roundTrip(everything)).toEqual(everything);
  });

  it('is the identity for each kind on its own', () => {
    // (A lone empty numbered paragraph is an empty section: see the test below.)
    for (const block of everything.blocks.slice(0, -1)) {
      const one: Content = { blocks: [block] };
      expect(roundTrip(one)).toEqual(one);
    }
  });

  it('writes exactly the stored JSON form of the core (no extra fields, marks only when there are some)', () => {
    const back = roundTrip({ blocks: [para(text('Hi', { type: 'bold' }), { type: 'footnote', content: [text('n')] }, { type: 'citation', symbol: 'A/HRC/59/15' })] });
    expect(JSON.stringify(back)).toBe(
      '{"blocks":[{"type":"paragraph","numbered":true,"content":[{"type":"text","text":"Hi","marks":[{"type":"bold"}]},{"type":"footnote","content":[{"type":"text","text":"n"}]},{"type":"citation","symbol":"A/HRC/59/15"}]}]}',
    );
  });

  it('an empty section is no block in the core and one empty paragraph in the editor', () => {
    expect(toProseMirror({ blocks: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph', attrs: { numbered: true } }] });
    expect(roundTrip({ blocks: [] })).toEqual({ blocks: [] });
  });

  it('writes what ProseMirror normalises one way only: joined runs, schema mark order, no empty text', () => {
    const loose: Content = {
      blocks: [para(text('bo', { type: 'bold' }), text('ld', { type: 'bold' }), text(''), text('x', { type: 'italic' }, { type: 'link', href: 'https://a.example' }))],
    };
    expect(roundTrip(loose)).toEqual({
      blocks: [para(text('bold', { type: 'bold' }), text('x', { type: 'link', href: 'https://a.example' }, { type: 'italic' }))],
    });
  });

  it('writes a passage language as the core stores it, and draws it as a span with its lang', () => {
    const marked: Content = { blocks: [para(text('Würde', { type: 'language', lang: 'de' }))] };
    expect(JSON.stringify(roundTrip(marked))).toBe(
      '{"blocks":[{"type":"paragraph","numbered":true,"content":[{"type":"text","text":"Würde","marks":[{"type":"language","lang":"de"}]}]}]}',
    );
    editor = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }), content: toProseMirror(marked) });
    const span = editor.view.dom.querySelector('span.passage-language');
    expect(span?.getAttribute('lang')).toBe('de');
    expect(span?.textContent).toBe('Würde');
  });

  it('draws a passage with a bold word and a link in it as one span', () => {
    const de = { type: 'language', lang: 'de' } as const;
    const passage: Content = {
      blocks: [para(text('Die Würde ', de), text('unantastbar', de, { type: 'bold' }), text(' GG', de, { type: 'link', href: 'https://a.example' }))],
    };
    editor = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }), content: toProseMirror(passage) });
    const spans = editor.view.dom.querySelectorAll('span.passage-language');
    expect(spans.length).toBe(1);
    expect(spans[0]?.textContent).toBe('Die Würde unantastbar GG');
  });

  it('keeps a footnote whose words are marked with a language, and only language marks with a tag', () => {
    const note = [text('Grundgesetz', { type: 'language', lang: 'de' })];
    expect(parseInlines(JSON.stringify(note))).toEqual(note);
    expect(parseInlines(JSON.stringify([{ type: 'text', text: 'x', marks: [{ type: 'language' }] }]))).toBeNull();
  });

  it('refuses a node the core has no place for instead of dropping it', () => {
    expect(() => fromProseMirror({ type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] })).toThrow(/codeBlock/);
    expect(() => fromProseMirror({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] })).toThrow(
      /strike/,
    );
  });

  it('holds nothing the core cannot keep: no code, strike, underline, link target or list start in the schema', () => {
    editor = new Editor({ extensions: sectionExtensions({ paragraph: 1, footnote: 1 }) });
    const { nodes, marks } = editor.schema;
    expect(Object.keys(marks).sort()).toEqual(['bold', 'italic', 'language', 'link']);
    expect(Object.keys(nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'chart',
        'citation',
        'doc',
        'footnote',
        'hardBreak',
        'heading',
        'listItem',
        'orderedList',
        'paragraph',
        'table',
        'tableCell',
        'tableHeader',
        'tableRow',
        'text',
      ].sort(),
    );
    expect(Object.keys(marks.link?.spec.attrs ?? {})).toEqual(['href']);
    expect(Object.keys(nodes.orderedList?.spec.attrs ?? {})).toEqual([]);
  });
});

describe('links, citations and footnote content', () => {
  it('allows http, https and mailto links only', () => {
    expect(isAllowedLink('https://www.ohchr.org')).toBe(true);
    expect(isAllowedLink(' HTTP://example.org')).toBe(true);
    expect(isAllowedLink('mailto:office@example.org')).toBe(true);
    expect(isAllowedLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedLink('JavaScript:alert(1)')).toBe(false);
    expect(isAllowedLink('file:///etc/passwd')).toBe(false);
    expect(isAllowedLink('data:text/html,x')).toBe(false);
  });

  it('reads a citation as the UN writes it', () => {
    expect(citationText('A/HRC/59/15', '140.7')).toBe('A/HRC/59/15, para. 140.7');
    expect(citationText('CRC/C/PER/CO/6-7', null)).toBe('CRC/C/PER/CO/6-7');
    expect(citationText('CRC/C/PER/CO/6-7', '  ')).toBe('CRC/C/PER/CO/6-7');
  });

  it('accepts only valid footnote content from outside (no nested footnote, no unsafe link)', () => {
    expect(parseInlines('[{"type":"text","text":"a","marks":[{"type":"bold"}]},{"type":"hard_break"}]')).toHaveLength(2);
    expect(parseInlines('[{"type":"footnote","content":[]}]')).toBeNull();
    expect(parseInlines('[{"type":"text","text":"a","marks":[{"type":"link","href":"javascript:alert(1)"}]}]')).toBeNull();
    expect(parseInlines('not json')).toBeNull();
    expect(parseInlines(null)).toBeNull();
  });

  it('gives the plain text of inline content', () => {
    expect(inlineText([text('See '), { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.7' }, text('.')])).toBe('See A/HRC/59/15, para. 140.7.');
  });
});

describe("a footnote's own editor", () => {
  it('keeps the inline content of a note: marks, links, citations and line breaks', async () => {
    const { noteExtensions } = await import('./schema');
    const { noteFromProseMirror, noteToProseMirror } = await import('./mapping');
    const note: Inline[] = [
      text('Municipal report, '),
      text('p. 12', { type: 'link', href: 'https://example.org/r.pdf' }, { type: 'italic' }),
      { type: 'hard_break' },
      text('See ', { type: 'bold' }),
      { type: 'citation', symbol: 'A/HRC/59/15', paragraph: '140.7' },
    ];
    editor = new Editor({ extensions: noteExtensions(), content: noteToProseMirror(note) });
    expect(noteFromProseMirror(editor.getJSON())).toEqual(note);
    expect(Object.keys(editor.schema.nodes)).not.toContain('footnote');
  });
});

describe('a chart in a section', () => {
  it('shows its caption, the sentence of numbers and the table the core computed', () => {
    const charts = [
      {
        chart: 'status_by_theme' as const,
        symbol: 'A/HRC/59/15',
        indicator: null,
        title: 'Recommendations by status in the city, per theme',
        table: [
          ['Theme', 'Not started', 'Implemented'],
          ['Housing', '1', '2'],
        ],
        alt: 'Of 3 recommendations of A/HRC/59/15: 1 not started, 2 implemented.',
      },
    ];
    const element = document.createElement('div');
    editor = new Editor({
      element,
      extensions: sectionExtensions({ paragraph: 1, footnote: 1 }, '', charts, 'Drawn from the plan.'),
      content: toProseMirror({ blocks: [{ type: 'chart', chart: 'status_by_theme', symbol: 'A/HRC/59/15', caption: '' }] }),
    });
    const figure = element.querySelector('figure.chart-figure');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Recommendations by status in the city, per theme (A/HRC/59/15)');
    expect(figure?.textContent).toContain('Of 3 recommendations of A/HRC/59/15: 1 not started, 2 implemented.');
    const cells = [...(figure?.querySelectorAll('tbody tr > *') ?? [])].map((c) => c.textContent);
    expect(cells).toEqual(['Housing', '1', '2']);
    expect(figure?.querySelector('thead th')?.getAttribute('scope')).toBe('col');
  });

  it('keeps the indicator an indicator chart names, and shows the sentence when it is gone', () => {
    const charts = [
      { chart: 'indicator_over_time' as const, symbol: null, indicator: 7, title: 'Shelter beds: values against the target over time', table: [['Date', 'Value', 'Source'], ['2025-01-01', '20 beds', 'Baseline']], alt: 'Shelter beds: baseline 20 beds.' },
      { chart: 'indicator_over_time' as const, symbol: null, indicator: 8, title: 'Indicator over time', table: [], alt: 'The indicator this chart showed has been deleted.' },
    ];
    const content = {
      blocks: [
        { type: 'chart' as const, chart: 'indicator_over_time' as const, indicator: 7, caption: '' },
        { type: 'chart' as const, chart: 'indicator_over_time' as const, indicator: 8, caption: '' },
        { type: 'chart' as const, chart: 'actions_by_department' as const, symbol: 'A/HRC/59/15', caption: '' },
      ],
    };
    const element = document.createElement('div');
    editor = new Editor({ element, extensions: sectionExtensions({ paragraph: 1, footnote: 1 }, '', charts, 'Drawn from the plan.'), content: toProseMirror(content) });
    expect(fromProseMirror(editor.getJSON())).toEqual(content);
    const [measured, gone] = [...element.querySelectorAll('figure.chart-figure')];
    expect(measured?.querySelector('figcaption')?.textContent).toBe('Shelter beds: values against the target over time');
    expect([...(measured?.querySelectorAll('tbody tr > *') ?? [])].map((c) => c.textContent)).toEqual(['2025-01-01', '20 beds', 'Baseline']);
    expect(gone?.textContent).toContain('The indicator this chart showed has been deleted.');
    expect(gone?.querySelector('table')).toBeNull();
  });
});
