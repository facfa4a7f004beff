// What a paste from Word or a web page brings into a section: paragraphs, headings, lists,
// quotes, simple tables, bold, italic, line breaks and safe links — and nothing else. Scripts,
// styles, event handlers, images, forms, classes, ids and `javascript:` (or any non-http,
// https, mailto) links are dropped; their text, where they have any, is kept.
//
// ProseMirror calls `sanitizePastedHtml` (as `transformPastedHTML`) before it parses the
// clipboard with the editor's schema, so the schema only ever sees this small, clean HTML.
// Word's list paragraphs (`class=MsoListParagraph…`, `style='mso-list:l0 level1 lfo1'`, with
// the bullet or number in a `mso-list:Ignore` span) become real nested <ul>/<ol> items.
//
// A copy inside the app (ProseMirror's own clipboard HTML) keeps its footnotes, citations,
// unnumbered paragraphs and passages' languages: their data attributes are read back through the
// same validation as anything else (a language only when the core gave or checked its tag, see
// languages.ts), so a web page that imitates them gains nothing but plain text.
import { isAcceptedLanguage, withAcceptedLanguages } from './languages';
import { isAllowedLink, parseInlines } from './mapping';

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'svg',
  'math',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'fieldset',
  'dialog',
  'xml',
]);

/** Block containers whose inline content becomes a paragraph. */
const BLOCKISH = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'center',
  'dl',
  'dt',
  'dd',
  'pre',
  'details',
  'summary',
  'hr',
]);

const HEADINGS: Record<string, string> = { h1: 'h1', h2: 'h2', h3: 'h3', h4: 'h3', h5: 'h3', h6: 'h3' };

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

function isBold(el: Element, tag: string): boolean {
  const style = styleOf(el);
  const weight = /(?:^|;)font-weight:([a-z0-9]+)/.exec(style)?.[1];
  if (weight !== undefined) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return tag === 'b' || tag === 'strong';
}

function isItalic(el: Element, tag: string): boolean {
  const style = /(?:^|;)font-style:([a-z]+)/.exec(styleOf(el))?.[1];
  if (style !== undefined) return style === 'italic' || style === 'oblique';
  return tag === 'i' || tag === 'em' || tag === 'cite';
}

/** Word's bullet or number span (`mso-list:Ignore`), which the list structure replaces. */
function isWordListMarker(el: Element): boolean {
  return /mso-list:ignore/.test(styleOf(el));
}

// ---------- Word lists ----------

type WordListPara = { el: Element; level: number; list: string; ordered: boolean };

function wordListPara(el: Element): WordListPara | null {
  if (el.localName !== 'p') return null;
  const style = styleOf(el);
  const m = /mso-list:(l\d+)level(\d+)(lfo\d+)?/.exec(style);
  const isListClass = /^MsoListParagraph/i.test(el.getAttribute('class') ?? '');
  if (!m && !isListClass) return null;
  // `mso-list:none` marks a paragraph that continues the item above without a bullet.
  if (/mso-list:none/.test(style)) return null;
  const marker = [...el.querySelectorAll('span')].find(isWordListMarker);
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  return {
    el,
    level: m ? Number(m[2]) : 1,
    list: m ? `${m[1]}${m[3] ?? ''}` : 'list',
    ordered: /^\(?[0-9a-z]{1,5}[.)]/i.test(markerText),
  };
}

/** Replaces each run of Word list paragraphs below `root` with nested <ul>/<ol> elements. */
function convertWordLists(doc: Document, root: Element): void {
  const parents = new Set<Element>();
  for (const p of root.querySelectorAll('p')) if (wordListPara(p) && p.parentElement) parents.add(p.parentElement);
  for (const parent of parents) {
    let stack: { level: number; list: string; ordered: boolean; el: Element }[] = [];
    const children = [...parent.childNodes];
    let lastWasList = false;
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE && !(child.textContent ?? '').trim()) continue;
      if (child.nodeType === Node.COMMENT_NODE) continue;
      const para = child instanceof Element ? wordListPara(child) : null;
      if (!para) {
        stack = [];
        lastWasList = false;
        continue;
      }
      if (!lastWasList) stack = [];
      lastWasList = true;
      while (stack.length && (stack[stack.length - 1]?.level ?? 0) > para.level) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.level === para.level && (top.ordered !== para.ordered || (para.level === 1 && top.list !== para.list))) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (!top || top.level < para.level) {
        const list = doc.createElement(para.ordered ? 'ol' : 'ul');
        const host = top?.el.lastElementChild;
        if (top && host) host.appendChild(list);
        else parent.insertBefore(list, para.el);
        top = { level: para.level, list: para.list, ordered: para.ordered, el: list };
        stack.push(top);
      }
      for (const marker of [...para.el.querySelectorAll('span')].filter(isWordListMarker)) marker.remove();
      const li = doc.createElement('li');
      const p = doc.createElement('p');
      while (para.el.firstChild) p.appendChild(para.el.firstChild);
      li.appendChild(p);
      top.el.appendChild(li);
      para.el.remove();
    }
  }
}

// ---------- Rebuilding clean HTML ----------

/**
 * Copies what may be kept of `node` into `out` (an element of the clean document): allowed
 * elements without any attribute (a link keeps its safe `href` alone), text as text.
 */
function copyClean(node: Node, out: Element, doc: Document, inCell: boolean): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.appendChild(doc.createTextNode(node.textContent ?? ''));
    return;
  }
  if (!(node instanceof Element)) return; // comments, processing instructions
  const tag = node.localName.toLowerCase();
  if (DROP.has(tag) || (tag.includes(':') && tag !== 'o:p' && !tag.startsWith('st1:'))) {
    // Office namespaced elements (v:shape, w:…) are drawings or settings; <o:p> and smart tags hold text.
    return;
  }
  if (isWordListMarker(node)) return;
  const children = (target: Element, cell = inCell) => {
    for (const c of [...node.childNodes]) copyClean(c, target, doc, cell);
  };
  const append = (name: string, cell = inCell) => {
    const el = doc.createElement(name);
    // ProseMirror's marker of how much of the surrounding blocks a copy holds.
    const slice = node.getAttribute('data-pm-slice');
    if (slice !== null && /^\d+ \d+/.test(slice)) el.setAttribute('data-pm-slice', slice);
    children(el, cell);
    out.appendChild(el);
    return el;
  };

  // The editor's own atoms (see schema.ts), rebuilt from their validated data only.
  if (tag === 'sup' && node.hasAttribute('data-footnote')) {
    const content = parseInlines(node.getAttribute('data-footnote'));
    if (content) {
      const sup = doc.createElement('sup');
      sup.setAttribute('data-footnote', JSON.stringify(withAcceptedLanguages(content)));
      out.appendChild(sup);
    }
    return;
  }
  if (tag === 'span' && node.hasAttribute('data-symbol')) {
    const span = doc.createElement('span');
    span.setAttribute('data-symbol', node.getAttribute('data-symbol') ?? '');
    const paragraph = node.getAttribute('data-paragraph');
    if (paragraph !== null) span.setAttribute('data-paragraph', paragraph);
    out.appendChild(span);
    return;
  }

  // A passage's language, from a copy inside the app: kept when the core gave or checked its
  // tag in this session (see languages.ts); otherwise only its words are.
  if (tag === 'span' && isAcceptedLanguage(node.getAttribute('data-passage-lang') ?? '')) {
    const span = doc.createElement('span');
    span.setAttribute('data-passage-lang', node.getAttribute('data-passage-lang') ?? '');
    children(span);
    out.appendChild(span);
    return;
  }

  // Inside a table cell, which holds inline content only, blocks become line breaks.
  if (inCell && (tag === 'p' || tag in HEADINGS || BLOCKISH.has(tag) || tag === 'li' || tag === 'ul' || tag === 'ol' || tag === 'blockquote')) {
    if (out.childNodes.length) out.appendChild(doc.createElement('br'));
    children(out);
    return;
  }

  if (tag === 'p') {
    const p = append('p');
    if (node.getAttribute('data-numbered') === 'false') p.setAttribute('data-numbered', 'false');
  } else if (tag in HEADINGS) {
    append(HEADINGS[tag] ?? 'h3');
  } else if (tag === 'ul' || tag === 'ol' || tag === 'li' || tag === 'blockquote') {
    append(tag);
  } else if (tag === 'table') {
    const table = doc.createElement('table');
    for (const row of node.querySelectorAll('tr')) {
      if (row.closest('table') !== node) continue; // rows of a nested table stay with it
      const tr = doc.createElement('tr');
      for (const cell of row.children) {
        const name = cell.localName.toLowerCase();
        if (name !== 'td' && name !== 'th') continue;
        const c = doc.createElement(name);
        for (const k of [...cell.childNodes]) copyClean(k, c, doc, true);
        tr.appendChild(c);
      }
      if (tr.children.length) table.appendChild(tr);
    }
    if (table.children.length) out.appendChild(table);
  } else if (tag === 'br') {
    out.appendChild(doc.createElement('br'));
  } else if (tag === 'a') {
    const href = node.getAttribute('href') ?? '';
    if (isAllowedLink(href)) {
      const a = doc.createElement('a');
      a.setAttribute('href', href.trim());
      children(a);
      out.appendChild(a);
    } else {
      children(out); // the link goes, its words stay
    }
  } else if (BLOCKISH.has(tag)) {
    append('div');
  } else {
    // Inline formatting: bold and italic are kept whichever way they were written
    // (<b>, <strong>, style="font-weight:700", Google Docs' <b style="font-weight:normal">).
    let target = out;
    if (isBold(node, tag)) {
      const b = doc.createElement('b');
      target.appendChild(b);
      target = b;
    }
    if (isItalic(node, tag)) {
      const i = doc.createElement('i');
      target.appendChild(i);
      target = i;
    }
    children(target);
  }
}

/** The clean HTML for a paste of `html` (from Word, a browser, or this editor). */
export function sanitizePastedHtml(html: string): string {
  const source = new DOMParser().parseFromString(html, 'text/html');
  const body = source.body;
  convertWordLists(source, body);
  const clean = document.implementation.createHTMLDocument('');
  const root = clean.createElement('div');
  for (const child of [...body.childNodes]) copyClean(child, root, clean, false);
  return root.innerHTML;
}
