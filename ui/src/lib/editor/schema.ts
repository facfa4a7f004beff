// The editor's document model: TipTap extensions whose nodes and marks are, one for one, the
// core's content tree (`document::Content` in Rust, ../bindings/Content.ts). Anything the
// ProseMirror schema could hold but the core could not (a code block, an underline, a link's
// `target`, an ordered list's `start`) is left out here, so it can never be typed or pasted
// in and then silently lost on save. mapping.ts converts between the two JSON forms.
import { Extension, Mark, mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import Paragraph from '@tiptap/extension-paragraph';
import { ListItem, OrderedList } from '@tiptap/extension-list';
import type { Inline } from '../bindings/Inline';
import type { ChartData } from '../bindings/ChartData';
import { citationText, isAllowedLink, parseInlines } from './mapping';

/** Paragraph with the core's `numbered` flag (numbered unless the writer turns it off). */
export const NumberedParagraph = Paragraph.extend({
  addAttributes() {
    return {
      numbered: {
        default: true,
        parseHTML: (el) => el.getAttribute('data-numbered') !== 'false',
        renderHTML: (attrs) => ({ 'data-numbered': attrs.numbered ? 'true' : 'false' }),
      },
    };
  },
});

/** A list item holds blocks, as the core's ListItem does (not necessarily a paragraph first). */
const BlockListItem = ListItem.extend({ content: 'block+' });

/** An ordered list without `start` or `type`: the core's ordered list has neither. */
const PlainOrderedList = OrderedList.extend({
  addAttributes() {
    return {};
  },
});

/** Links to http, https and mailto only, holding nothing but `href` (all the core keeps). */
export const SafeLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (el) => el.getAttribute('href') } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  isAllowedUri: (url) => isAllowedLink(url ?? ''),
  HTMLAttributes: { rel: 'noopener noreferrer', target: null },
});

/**
 * A passage in another language than the text around it (a German quotation in an English
 * submission): the core's `Mark::Language`, a BCP 47 tag the core checked (the Language
 * dialog asks it; the content gate refuses any other on save). Drawn as `<span lang="de">`, so
 * that a screen reader reads it in that language in the app too, as it will in the PDF and
 * Word; the tag is also shown after the passage (see `.passage-language` in SectionEditor).
 * Only the editor's own attribute is read back: a web page's or Word's `lang` spans (Word puts
 * one on nearly every run) never become marks — the paste cleaner drops them anyway.
 */
export const PassageLanguage = Mark.create({
  name: 'language',
  // Outside every other mark (a link's priority is 1000): a German quotation with a bold word
  // or a link in it is one span, with one tag after it, not one per run.
  priority: 1001,
  inclusive: false,
  addAttributes() {
    return {
      lang: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-passage-lang'),
        renderHTML: (attrs) => ({ lang: attrs.lang, 'data-passage-lang': attrs.lang }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-passage-lang]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'passage-language' }), 0];
  },
});

/**
 * A footnote: an inline atom that holds its own inline content (text with marks, citations,
 * line breaks). Its number comes from its order in the submission (see numbering below).
 */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      content: {
        default: [] as Inline[],
        // The core's JSON of the note, validated: a footnote copied inside the editor keeps
        // its text; anything malformed is not a footnote.
        parseHTML: (el) => parseInlines(el.getAttribute('data-footnote')) ?? [],
        renderHTML: (attrs) => ({ 'data-footnote': JSON.stringify(attrs.content ?? []) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]', getAttrs: (el) => (parseInlines(el.getAttribute('data-footnote')) === null ? false : null) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(HTMLAttributes, { class: 'footnote-ref' })];
  },
});

/** A citation of a UN document or recommendation: "A/HRC/59/15, para. 140.7". */
export const Citation = Node.create({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      symbol: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-symbol') ?? '',
        renderHTML: (attrs) => ({ 'data-symbol': attrs.symbol }),
      },
      paragraph: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-paragraph'),
        renderHTML: (attrs) => (attrs.paragraph == null ? {} : { 'data-paragraph': attrs.paragraph }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-symbol]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    // A text child: ProseMirror writes it as a text node, never as markup.
    return ['span', mergeAttributes(HTMLAttributes, { class: 'citation' }), citationText(node.attrs.symbol, node.attrs.paragraph)];
  },
  renderText({ node }) {
    return citationText(node.attrs.symbol, node.attrs.paragraph);
  },
});

/**
 * A chart of the city's data (a generated report's status, actions or indicator chart). The
 * section stores only what it shows (`chart`, `symbol`, `indicator`) and its caption; the numbers come from the core with the
 * submission (`SubmissionDetail.charts`), computed from the current data, and are shown here as
 * a figure: the caption and the numbers as a table (what the PDF and Word files print under the
 * drawn chart). It is one block: it can be moved or deleted, not typed into.
 */
export const Chart = Node.create<{ charts: ChartData[]; note: string }>({
  name: 'chart',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addOptions() {
    return { charts: [], note: '' };
  },
  addAttributes() {
    return {
      chart: {
        default: 'status_by_theme',
        parseHTML: (el) => el.getAttribute('data-chart') ?? 'status_by_theme',
        renderHTML: (attrs) => ({ 'data-chart': attrs.chart }),
      },
      symbol: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-symbol'),
        renderHTML: (attrs) => (attrs.symbol == null ? {} : { 'data-symbol': attrs.symbol }),
      },
      indicator: {
        default: null,
        parseHTML: (el) => {
          const id = Number(el.getAttribute('data-indicator'));
          return Number.isInteger(id) && id > 0 ? id : null;
        },
        renderHTML: (attrs) => (attrs.indicator == null ? {} : { 'data-indicator': String(attrs.indicator) }),
      },
      caption: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-caption') ?? '',
        renderHTML: (attrs) => ({ 'data-caption': attrs.caption }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-chart]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    const symbol: string | null = node.attrs.symbol ?? null;
    const indicator: number | null = node.attrs.indicator ?? null;
    const data = this.options.charts.find((c) => c.chart === node.attrs.chart && (c.symbol ?? null) === symbol && (c.indicator ?? null) === indicator);
    const caption = String(node.attrs.caption || data?.title || node.attrs.chart) + (symbol && data ? ` (${symbol})` : '');
    const figure = mergeAttributes(HTMLAttributes, { class: 'chart-figure', contenteditable: 'false' });
    if (!data) return ['figure', figure, ['figcaption', {}, caption], ['p', { class: 'chart-note' }, this.options.note]];
    // The core's table (header row first, then one row per bar or date); none when there is
    // nothing to show (an indicator deleted), and then the sentence says so.
    const [header, ...body] = data.table;
    const table = header
      ? [
          [
            'table',
            { class: 'chart-table' },
            ['thead', {}, ['tr', {}, ...header.map((h) => ['th', { scope: 'col' }, h])]],
            ['tbody', {}, ...body.map(([name, ...cells]) => ['tr', {}, ['th', { scope: 'row' }, name ?? ''], ...cells.map((c) => ['td', {}, c])])],
          ],
        ]
      : [];
    return ['figure', figure, ['figcaption', {}, caption], ['p', {}, data.alt], ...table, ['p', { class: 'chart-note' }, this.options.note]];
  },
});

/** A simple table: rows of cells that hold inline content only, some of them headers. */
export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: () => ['table', ['tbody', 0]],
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)+',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: () => ['tr', 0],
});

/** A table cell (`td`) or header cell (`th`): inline content only, as the core's TableCell. */
const cellNode = (name: 'tableCell' | 'tableHeader', tag: 'td' | 'th') =>
  Node.create({
    name,
    content: 'inline*',
    isolating: true,
    parseHTML: () => [{ tag }],
    renderHTML: () => [tag, 0],
  });

export const TableCell = cellNode('tableCell', 'td');
export const TableHeader = cellNode('tableHeader', 'th');

/** Where a section's numbering starts: its first paragraph number and first footnote number. */
export type NumberingStart = { paragraph: number; footnote: number };

const numberingKey = new PluginKey<NumberingStart>('numbering');

/**
 * The numbers of top-level numbered paragraphs and of footnotes, as node decorations
 * (`data-number`, shown by CSS in the margin / as a superscript). They are not part of the
 * text, so they never end up in the content, a copy, or the word count.
 */
export function numberingDecorations(doc: PmNode, start: NumberingStart): DecorationSet {
  const decorations: Decoration[] = [];
  let paragraph = start.paragraph;
  let footnote = start.footnote;
  // An empty section (one empty paragraph in the editor, no block in the core) has no number.
  if (isEmptySection(doc)) return DecorationSet.empty;
  doc.forEach((block, offset) => {
    if (block.type.name === 'paragraph' && block.attrs.numbered) {
      decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-number': String(paragraph) }));
      paragraph += 1;
    }
  });
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': String(footnote) }));
      footnote += 1;
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/** True for the editor document of an empty section: a single empty numbered paragraph. */
export function isEmptySection(doc: PmNode): boolean {
  const only = doc.childCount === 1 ? doc.firstChild : null;
  return !!only && only.type.name === 'paragraph' && only.attrs.numbered === true && only.content.size === 0;
}

/** How many numbers a section takes: its top-level numbered paragraphs and its footnotes. */
export function numberedCounts(doc: PmNode): { paragraphs: number; footnotes: number } {
  if (isEmptySection(doc)) return { paragraphs: 0, footnotes: 0 };
  let paragraphs = 0;
  let footnotes = 0;
  doc.forEach((block) => {
    if (block.type.name === 'paragraph' && block.attrs.numbered) paragraphs += 1;
  });
  doc.descendants((node) => {
    if (node.type.name === 'footnote') footnotes += 1;
    return true;
  });
  return { paragraphs, footnotes };
}

/**
 * A plugin that draws decorations from one value kept in its state: the value starts as
 * `initial`, is replaced by a transaction's meta under `key`, or else goes through `keep`.
 */
function decorationsPlugin<T>(key: PluginKey<T>, initial: T, keep: (tr: Transaction, value: T) => T, draw: (doc: PmNode, value: T) => DecorationSet) {
  return new Plugin<T>({
    key,
    state: {
      init: () => initial,
      apply: (tr, value) => {
        const meta = tr.getMeta(key) as T | undefined;
        return meta !== undefined ? meta : keep(tr, value);
      },
    },
    props: { decorations: (state) => draw(state.doc, key.getState(state) ?? initial) },
  });
}

/** Keeps the numbering decorations up to date; a NUMBERING_META transaction moves the start. */
export const Numbering = Extension.create<{ start: NumberingStart }>({
  name: 'numbering',
  addOptions() {
    return { start: { paragraph: 1, footnote: 1 } };
  },
  addProseMirrorPlugins() {
    return [decorationsPlugin(numberingKey, this.options.start, (_tr, value) => value, numberingDecorations)];
  },
});

/** The transaction meta that moves the numbering start (e.g. an earlier section grew). */
export const NUMBERING_META = numberingKey;

const highlightKey = new PluginKey<string>('searchHighlight');

/** The transaction meta that sets the words to highlight (a search hit); '' clears it. */
export const HIGHLIGHT_META = highlightKey;

/** Marks every place where `query` occurs (case-insensitive) with the class `search-hit`. */
export function highlightDecorations(doc: PmNode, query: string): DecorationSet {
  const needle = query.trim().toLowerCase();
  if (!needle) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText || !node.text) return true;
    const hay = node.text.toLowerCase();
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
      decorations.push(Decoration.inline(pos + i, pos + i + needle.length, { class: 'search-hit' }));
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

/** Highlights a search hit in the text until the writer changes the text. */
export const SearchHighlight = Extension.create<{ query: string }>({
  name: 'searchHighlight',
  addOptions() {
    return { query: '' };
  },
  addProseMirrorPlugins() {
    return [decorationsPlugin(highlightKey, this.options.query, (tr, value) => (tr.docChanged ? '' : value), highlightDecorations)];
  },
});

/** Every extension of a section's editor. */
export function sectionExtensions(start: NumberingStart, highlight = '', charts: ChartData[] = [], chartNote = ''): AnyExtension[] {
  return [
    StarterKit.configure({
      paragraph: false,
      listItem: false,
      orderedList: false,
      link: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      trailingNode: false,
      heading: { levels: [1, 2, 3, 4, 5, 6] },
    }),
    NumberedParagraph,
    BlockListItem,
    PlainOrderedList,
    SafeLink,
    PassageLanguage,
    Footnote,
    Citation,
    Table,
    TableRow,
    TableCell,
    TableHeader,
    Chart.configure({ charts, note: chartNote }),
    Numbering.configure({ start }),
    SearchHighlight.configure({ query: highlight }),
  ];
}

/** The document of a footnote's editor: a single paragraph (a note has inline content only). */
const NoteDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph' });

/** Every extension of a footnote's editor: inline content with marks, citations and line breaks. */
export function noteExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      heading: false,
      link: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
    }),
    NoteDocument,
    SafeLink,
    PassageLanguage,
    Citation,
  ];
}
