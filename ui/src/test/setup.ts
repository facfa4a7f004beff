// Shared by the UI tests: a stand-in for <dialog>'s modal methods (jsdom has the element but
// not showModal/close), a mocked Rust side that records every call, and a fresh app state.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach } from 'vitest';
import { session } from '../lib/session.svelte';

if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML (used to test pasting) makes one.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  class ClipboardEventStandIn extends Event {
    readonly clipboardData: DataTransfer | null = null;
  }
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = ClipboardEventStandIn;
}

// jsdom does no layout; ProseMirror asks for rectangles when it scrolls the cursor into view.
const noRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) }) as DOMRect;
for (const proto of [Element.prototype, Range.prototype] as Array<{ getClientRects?: unknown; getBoundingClientRect?: unknown }>) {
  if (typeof proto.getClientRects !== 'function') proto.getClientRects = () => [] as unknown as DOMRectList;
  if (typeof proto.getBoundingClientRect !== 'function') proto.getBoundingClientRect = noRect;
}

export type Call = { cmd: string; args: Record<string, unknown> };
export type Handler = (args: Record<string, unknown>) => unknown;

/**
 * Mocks the Rust commands with `handlers` (a handler may throw an ErrorPayload, as Rust
 * rejects). Returns the list of calls made, in order. An unknown command rejects as Tauri does.
 */
export function mockCommands(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const handler = handlers[cmd];
    if (!handler) throw `Command ${cmd} not found`;
    return handler(args);
  });
  return calls;
}

/** The calls of one command. */
export const callsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => {
  window.location.hash = '';
  session.status = null;
  session.mechanisms = [];
  session.mandates = null;
  session.revision = 0;
});

afterEach(() => {
  clearMocks();
});
