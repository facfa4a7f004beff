// The editor's JSON (ProseMirror, see schema.ts) and the core's content tree (Rust
// `document::Content`), converted one to one. The Rust tree is the truth: every block, inline
// and mark of it has exactly one node or mark here, and the way back gives the same tree.
//
// What ProseMirror itself normalises, and so is the same content written once: adjacent text
// runs with the same marks are one run; marks come in the schema's order (language, link, bold,
// italic);
// a text run is never empty; an empty section is one empty numbered paragraph in the editor
// (ProseMirror needs one block to put the cursor in) and no block at all in the core.
import type { JSONContent } from '@tiptap/core';
import type { Block } from '../bindings/Block';
import type { Content } from '../bindings/Content';
import type { Inline } from '../bindings/Inline';
import type { ListItem } from '../bindings/ListItem';
import type { Mark } from '../bindings/Mark';
import type { TableCell } from '../bindings/TableCell';

/**
 * Whether a link target may be kept: http, https and mailto only. This is a UI guard, not the
 * rule: the core enforces the same list (`document::is_allowed_link`, applied by the content
 * gate on every save, import and restore), so a link this let through would still be refused.
 * It stays here because the editor must decide synchronously, while pasting or typing, to keep
 * `javascript:` links out of the document and let the link form say why one is refused.
 */
export function isAllowedLink(href: string): boolean {
  const lower = href.trim().toLowerCase();
  return lower.startsWith('http://') || lower.startsWith('https://') || lower.startsWith('mailto:');
}

/**
 * How a citation node reads while it is edited: "A/HRC/59/15, para. 140.7", or the symbol alone.
 * The rule is the core's `document::citation_text`, used by every export, the word count and
 * search, and sent ready-made wherever data crosses IPC (`Recommendation.reference`). The editor
 * keeps this one display copy because ProseMirror renders a node synchronously, from the node's
 * own attributes, on every keystroke (and the citation dialog previews as the user types); the
 * stored tree keeps only `symbol` and `paragraph`, so nothing saved depends on this function.
 * mapping.test.ts checks it against the core's examples.
 */
export function citationText(symbol: string, paragraph: string | null | undefined): string {
  const p = paragraph?.trim();
  return p ? `${symbol}, para. ${p}` : symbol;
}

// ---------- Core → editor ----------

function marksToPm(marks: Mark[] | undefined): JSONContent['marks'] {
  if (!marks || marks.length === 0) return undefined;
  return marks.map((m) => {
    switch (m.type) {
      case 'link':
        return { type: 'link', attrs: { href: m.href } };
      case 'language':
        return { type: 'language', attrs: { lang: m.lang } };
      default:
        return { type: m.type };
    }
  });
}

function inlinesToPm(inlines: Inline[]): JSONContent[] {
  const out: JSONContent[] = [];
  for (const i of inlines) {
    switch (i.type) {
      case 'text': {
        if (i.text === '') break; // ProseMirror has no empty text; it carries nothing
        const marks = marksToPm(i.marks);
        out.push(marks ? { type: 'text', text: i.text, marks } : { type: 'text', text: i.text });
        break;
      }
      case 'footnote':
        out.push({ type: 'footnote', attrs: { content: i.content } });
        break;
      case 'citation':
        out.push({ type: 'citation', attrs: { symbol: i.symbol, paragraph: i.paragraph ?? null } });
        break;
      case 'hard_break':
        out.push({ type: 'hardBreak' });
        break;
    }
  }
  return out;
}

const withContent = (node: JSONContent, content: JSONContent[]): JSONContent => (content.length ? { ...node, content } : node);

function listItemToPm(item: ListItem): JSONContent {
  return { type: 'listItem', content: blocksToPm(item.blocks) };
}

function cellToPm(cell: TableCell): JSONContent {
  return withContent({ type: cell.header ? 'tableHeader' : 'tableCell' }, inlinesToPm(cell.content));
}

function blockToPm(block: Block): JSONContent {
  switch (block.type) {
    case 'heading':
      return withContent({ type: 'heading', attrs: { level: block.level } }, inlinesToPm(block.content));
    case 'paragraph':
      return withContent({ type: 'paragraph', attrs: { numbered: block.numbered } }, inlinesToPm(block.content));
    case 'bullet_list':
      return { type: 'bulletList', content: block.items.map(listItemToPm) };
    case 'ordered_list':
      return { type: 'orderedList', content: block.items.map(listItemToPm) };
    case 'quote':
      return { type: 'blockquote', content: blocksToPm(block.blocks) };
    case 'table':
      return { type: 'table', content: block.rows.map((r) => ({ type: 'tableRow', content: r.cells.map(cellToPm) })) };
    case 'chart':
      return { type: 'chart', attrs: { chart: block.chart, symbol: block.symbol ?? null, indicator: block.indicator ?? null, caption: block.caption } };
  }
}

function blocksToPm(blocks: Block[]): JSONContent[] {
  return blocks.map(blockToPm);
}

/** The editor document for a section's content. */
export function toProseMirror(content: Content): JSONContent {
  const blocks = blocksToPm(content.blocks);
  return { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph', attrs: { numbered: true } }] };
}

// ---------- Editor → core ----------

/** A node the core has no type for: a bug in the schema, never something to drop quietly. */
class UnmappedNode extends Error {
  constructor(what: string) {
    super(`The editor holds a "${what}", which the content tree has no place for.`);
  }
}

function marksFromPm(marks: JSONContent['marks']): Mark[] {
  return (marks ?? []).map((m) => {
    switch (m.type) {
      case 'bold':
        return { type: 'bold' };
      case 'italic':
        return { type: 'italic' };
      case 'link':
        return { type: 'link', href: String(m.attrs?.href ?? '') };
      case 'language':
        return { type: 'language', lang: String(m.attrs?.lang ?? '') };
      default:
        throw new UnmappedNode(`${m.type} mark`);
    }
  });
}

function inlinesFromPm(nodes: JSONContent[] | undefined): Inline[] {
  return (nodes ?? []).map((n): Inline => {
    switch (n.type) {
      case 'text': {
        const marks = marksFromPm(n.marks);
        return marks.length ? { type: 'text', text: n.text ?? '', marks } : { type: 'text', text: n.text ?? '' };
      }
      case 'footnote':
        return { type: 'footnote', content: (n.attrs?.content as Inline[] | undefined) ?? [] };
      case 'citation': {
        const paragraph = n.attrs?.paragraph as string | null | undefined;
        const symbol = String(n.attrs?.symbol ?? '');
        return paragraph == null ? { type: 'citation', symbol } : { type: 'citation', symbol, paragraph };
      }
      case 'hardBreak':
        return { type: 'hard_break' };
      default:
        throw new UnmappedNode(String(n.type));
    }
  });
}

function blockFromPm(n: JSONContent): Block {
  switch (n.type) {
    case 'heading':
      return { type: 'heading', level: Number(n.attrs?.level ?? 1), content: inlinesFromPm(n.content) };
    case 'paragraph':
      return { type: 'paragraph', numbered: n.attrs?.numbered !== false, content: inlinesFromPm(n.content) };
    case 'bulletList':
    case 'orderedList':
      return {
        type: n.type === 'bulletList' ? 'bullet_list' : 'ordered_list',
        items: (n.content ?? []).map((item) => {
          if (item.type !== 'listItem') throw new UnmappedNode(String(item.type));
          return { blocks: blocksFromPm(item.content) };
        }),
      };
    case 'blockquote':
      return { type: 'quote', blocks: blocksFromPm(n.content) };
    case 'table':
      return {
        type: 'table',
        rows: (n.content ?? []).map((row) => ({
          cells: (row.content ?? []).map((cell) => {
            if (cell.type !== 'tableCell' && cell.type !== 'tableHeader') throw new UnmappedNode(String(cell.type));
            return { header: cell.type === 'tableHeader', content: inlinesFromPm(cell.content) };
          }),
        })),
      };
    case 'chart': {
      const symbol = n.attrs?.symbol;
      const indicator = n.attrs?.indicator;
      return {
        type: 'chart',
        chart: n.attrs?.chart,
        ...(typeof symbol === 'string' && symbol ? { symbol } : {}),
        ...(typeof indicator === 'number' ? { indicator } : {}),
        caption: String(n.attrs?.caption ?? ''),
      };
    }
    default:
      throw new UnmappedNode(String(n.type));
  }
}

function blocksFromPm(nodes: JSONContent[] | undefined): Block[] {
  return (nodes ?? []).map(blockFromPm);
}

/** The section content for an editor document (`editor.getJSON()`). */
export function fromProseMirror(doc: JSONContent): Content {
  const blocks = blocksFromPm(doc.content);
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only && only.type === 'paragraph' && only.numbered && only.content.length === 0) return { blocks: [] };
  return { blocks };
}

// ---------- Inline content from outside (a footnote copied between editors) ----------

function isMark(m: unknown): m is Mark {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (r.type === 'bold' || r.type === 'italic') return true;
  // The tag itself is the core's to judge (the content gate, on save).
  if (r.type === 'language') return typeof r.lang === 'string';
  return r.type === 'link' && typeof r.href === 'string' && isAllowedLink(r.href);
}

function isNoteInline(i: unknown): i is Inline {
  if (typeof i !== 'object' || i === null) return false;
  const r = i as Record<string, unknown>;
  switch (r.type) {
    case 'text':
      return typeof r.text === 'string' && (r.marks === undefined || (Array.isArray(r.marks) && r.marks.every(isMark)));
    case 'citation':
      return typeof r.symbol === 'string' && (r.paragraph == null || typeof r.paragraph === 'string');
    case 'hard_break':
      return true;
    default:
      return false; // no footnote inside a footnote
  }
}

/** A footnote's content from its JSON text, or null when it is not valid footnote content. */
export function parseInlines(json: string | null): Inline[] | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every(isNoteInline) ? (value as Inline[]) : null;
  } catch {
    return null;
  }
}

/** The plain text of inline content (a footnote at the foot of a section, a preview). */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.type) {
        case 'text':
          return i.text;
        case 'citation':
          return citationText(i.symbol, i.paragraph);
        case 'hard_break':
          return '\n';
        case 'footnote':
          return '';
      }
    })
    .join('');
}

/** Inline content as the editor's inline nodes (what a citation's placement inserts). */
export function inlinesToProseMirror(inlines: Inline[]): JSONContent[] {
  return inlinesToPm(inlines);
}

// ---------- A footnote's own editor ----------

/** The editor document of a footnote: one paragraph holding the note's inline content. */
export function noteToProseMirror(inlines: Inline[]): JSONContent {
  return { type: 'doc', content: [withContent({ type: 'paragraph' }, inlinesToPm(inlines))] };
}

/** A footnote's inline content from its editor document. */
export function noteFromProseMirror(doc: JSONContent): Inline[] {
  return inlinesFromPm(doc.content?.[0]?.content);
}
