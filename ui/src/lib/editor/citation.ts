// Inserting a new citation where the cursor is. Where it goes and what goes around it — the
// brackets and the space before them, the sentence's full stop moved after them, or a footnote
// called after the full stop — is the core's rule (`document::citation::place`, in the style
// chosen in Settings), asked through `placeCitation`. This file only reads the text next to the
// cursor and applies the answer.
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { CitationPlacement } from '../bindings/CitationPlacement';
import { placeCitation } from '../commands';
import { inlinesToProseMirror } from './mapping';

/**
 * How many characters of the paragraph on each side of the cursor are sent. The rule looks at
 * the few characters next to the cursor (a full stop, spaces); this keeps a long paragraph from
 * being sent whole.
 */
export const CONTEXT_CHARS = 200;

/** Stands for a footnote call or another citation in the text sent: neither a space nor punctuation. */
const ATOM = '\uFFFC';

/** The paragraph's text before and after `pos`, as the core reads it (a line break as "\n"). */
export function citationContext(doc: PmNode, pos: number): { before: string; after: string } {
  const $pos = doc.resolve(pos);
  const leaf = (node: PmNode) => (node.type.name === 'hardBreak' ? '\n' : ATOM);
  const before = doc.textBetween($pos.start(), pos, null, leaf);
  const after = doc.textBetween(pos, $pos.end(), null, leaf);
  // Whole characters (an emoji is two UTF-16 units): never half of one.
  return { before: Array.from(before).slice(-CONTEXT_CHARS).join(''), after: Array.from(after).slice(0, CONTEXT_CHARS).join('') };
}

/** Replaces what the placement says around `pos` with its content; the cursor ends after it. */
export function applyPlacement(editor: Editor, pos: number, placement: CitationPlacement) {
  const $pos = editor.state.doc.resolve(Math.min(pos, editor.state.doc.content.size));
  const from = Math.max($pos.start(), $pos.pos - placement.replace_before);
  const to = Math.min($pos.end(), $pos.pos + placement.replace_after);
  editor.chain().focus().insertContentAt({ from, to }, inlinesToProseMirror(placement.insert)).run();
}

/** Inserts a citation of `symbol` (and `paragraph`) at `pos`, placed by the core. */
export async function insertCitation(editor: Editor, pos: number, symbol: string, paragraph: string | null) {
  const placement = await placeCitation({ request: { ...citationContext(editor.state.doc, pos), symbol, paragraph } });
  applyPlacement(editor, pos, placement);
}
