// Autosave timing, with fake timers: a save at most 2 s after any keystroke while typing goes
// on, one save at a time, retries after a failure (keeping the text), conflicts left to the writer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { SectionSaver, type Draft, type SaveState } from './autosave';

type Sent = { at: number; text: string; base: number };

/** A saver over a fake save that records when it was called and answers after `latency` ms. */
function harness(opts: { latency?: number; fail?: (n: number) => ApiError | null } = {}) {
  const sent: Sent[] = [];
  const states: SaveState[] = [];
  const start = Date.now();
  let version = 1;
  const saver = new SectionSaver<string, number>({
    version: 1,
    save: (draft: Draft<string>, base: number) => {
      sent.push({ at: Date.now() - start, text: draft.content, base });
      const failure = opts.fail?.(sent.length) ?? null;
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          if (failure) reject(failure);
          else {
            version += 1;
            resolve({ result: version, version });
          }
        }, opts.latency ?? 50),
      );
    },
    onState: (s) => states.push(s),
  });
  const type = (text: string) => saver.change({ title: 'Housing', content: text });
  return { saver, sent, states, type, elapsed: () => Date.now() - start };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-11-27T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves ~700 ms after the last keystroke when typing stops', async () => {
    const { saver, sent, type } = harness();
    type('a');
    await vi.advanceTimersByTimeAsync(200);
    type('ab');
    await vi.advanceTimersByTimeAsync(699);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ at: 900, text: 'ab', base: 1 }]);
    await vi.advanceTimersByTimeAsync(50);
    expect(saver.state).toBe('saved');
  });

  it('while typing continuously (a key every 100 ms for 10 s), every keystroke is saved within 2 s', async () => {
    const { sent, type, elapsed } = harness({ latency: 120 });
    const typedAt: number[] = [];
    let text = '';
    for (let i = 0; i < 100; i++) {
      text += 'x';
      typedAt.push(elapsed());
      type(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(3000);
    // Each keystroke i (text of length i+1) is in a save that *started* within 2 s of it.
    typedAt.forEach((at, i) => {
      const save = sent.find((s) => s.text.length >= i + 1);
      expect(save, `keystroke ${i}`).toBeDefined();
      expect((save?.at ?? Infinity) - at).toBeLessThanOrEqual(2000);
    });
    expect(sent.at(-1)?.text).toBe(text);
    // …and not one save per keystroke.
    expect(sent.length).toBeLessThan(10);
  });

  it('never has two saves of the section in flight; the latest text goes next, on the new version', async () => {
    const { sent, type } = harness({ latency: 3000 });
    type('one');
    await vi.advanceTimersByTimeAsync(700); // save 1 starts, takes 3 s
    type('one two');
    await vi.advanceTimersByTimeAsync(1000);
    type('one two three');
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toHaveLength(1); // still in flight: nothing else sent
    await vi.advanceTimersByTimeAsync(600); // save 1 answered at 3.7 s: save 2 starts at once (overdue)
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ text: 'one two three', base: 2 });
  });

  it('on a failure says "failed" (Not saved), keeps the text and retries with growing pauses', async () => {
    const diskFull = new ApiError({ kind: 'io', message: 'The disk is full.', field: null });
    const { saver, sent, states, type } = harness({ fail: (n) => (n <= 3 ? diskFull : null) });
    type('precious words');
    await vi.advanceTimersByTimeAsync(750);
    expect(saver.state).toBe('failed');
    expect(saver.error?.message).toBe('The disk is full.');
    expect(saver.unsaved?.content).toBe('precious words');
    await vi.advanceTimersByTimeAsync(1050); // retry 1 after 1 s
    expect(sent).toHaveLength(2);
    type('precious words, more'); // typed while failing: the retry sends the latest
    await vi.advanceTimersByTimeAsync(2050); // retry 2 after 2 s
    expect(sent).toHaveLength(3);
    expect(sent[2]?.text).toBe('precious words, more');
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent).toHaveLength(3); // retry 3 waits 4 s
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent).toHaveLength(4);
    expect(saver.state).toBe('saved');
    expect(saver.unsaved).toBeNull();
    expect(states).toContain('failed');
  });

  it('stops on damaged stored text without retrying, keeps the text, and is not a conflict', async () => {
    const damaged = new ApiError({ kind: 'damaged', message: 'The stored text of section 3 cannot be read.', field: null });
    const { saver, sent, type } = harness({ fail: () => damaged });
    type('mine');
    await vi.advanceTimersByTimeAsync(800);
    expect(saver.state).toBe('damaged');
    expect(saver.error?.kind).toBe('damaged');
    type('mine, still typing');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sent).toHaveLength(1); // no retries, nothing written over it
    expect(saver.unsaved?.content).toBe('mine, still typing');
  });

  it('stops on a conflict and saves only when the writer keeps their text, on the other version', async () => {
    const conflict = new ApiError({ kind: 'conflict', message: 'Another window saved this section first.', field: null });
    const { saver, sent, type } = harness({ fail: (n) => (n === 1 ? conflict : null) });
    type('mine');
    await vi.advanceTimersByTimeAsync(800);
    expect(saver.state).toBe('conflict');
    type('mine, still typing');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1); // no silent overwrite
    const kept = saver.keepMine(7);
    await vi.advanceTimersByTimeAsync(100);
    await kept;
    expect(sent[1]).toMatchObject({ text: 'mine, still typing', base: 7 });
    expect(saver.state).toBe('saved');
  });

  it('flush() saves at once (blur, leaving the screen) and waits for a save in flight first', async () => {
    const { saver, sent, type } = harness({ latency: 500 });
    type('a');
    await vi.advanceTimersByTimeAsync(700);
    type('ab');
    const done = saver.flush();
    await vi.advanceTimersByTimeAsync(1100);
    await done;
    expect(sent.map((s) => s.text)).toEqual(['a', 'ab']);
    expect(saver.state).toBe('saved');
  });
});
