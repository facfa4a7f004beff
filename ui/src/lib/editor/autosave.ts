// Autosave of one section: nothing typed is ever lost, and nothing is ever overwritten silently.
//
// - A save starts ~700 ms after the last change, and at most 2 s after the first unsaved one,
//   even while typing goes on (debounce with a maximum wait).
// - One save of a section at a time: changes made while a save is in flight wait for it and go
//   in the next save (only the latest text is sent: a save carries the whole section).
// - "Saved" only once Rust answered OK (the write is durable then). A failed save keeps the
//   text, says "Not saved", and is retried with a growing pause (1 s, 2 s, 4 s … 15 s).
// - A save based on an outdated version (another window or instance saved first) is refused
//   by Rust with kind "conflict": autosave stops and the screen asks whether to reload the
//   other text or keep this one (which then saves on top of it; theirs stays in the revisions).
// - A save refused because the section's stored text cannot be read (kind "damaged") is not a
//   conflict: there is no other text to keep or reload. Autosave stops (no retries), keeps the
//   text, and the screen says the stored text cannot be read, that nothing was overwritten, and
//   to restore a revision or a backup.
import { ApiError } from '../api';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'damaged';

/** What a section's save sends: its title and content (the content tree, as JSON). */
export type Draft<C> = { title: string; content: C };

export type SaverOptions<C, R> = {
  /** The section's version the editor started from. */
  version: number;
  /** Persists `draft` on top of `baseVersion`; resolves with the result and the new version. */
  save: (draft: Draft<C>, baseVersion: number) => Promise<{ result: R; version: number }>;
  /** Called after every successful save with Rust's answer. */
  onSaved?: (result: R) => void;
  /** Called whenever the state changes. */
  onState?: (state: SaveState, error: ApiError | null) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  /** Pauses before the 1st, 2nd… retry of a failed save; the last one repeats. */
  retryMs?: number[];
};

export class SectionSaver<C, R = unknown> {
  state: SaveState = 'saved';
  error: ApiError | null = null;
  version: number;

  #opts: Required<Omit<SaverOptions<C, R>, 'onSaved' | 'onState'>> & Pick<SaverOptions<C, R>, 'onSaved' | 'onState'>;
  #pending: Draft<C> | null = null;
  /** When the oldest change not yet in a save was made (for the maximum wait). */
  #dirtySince: number | null = null;
  #inFlight: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #retries = 0;
  #disposed = false;

  constructor(options: SaverOptions<C, R>) {
    this.version = options.version;
    this.#opts = { debounceMs: 700, maxWaitMs: 2000, retryMs: [1000, 2000, 4000, 8000, 15000], ...options };
  }

  /** The latest text not yet saved, if any (kept through failures and conflicts). */
  get unsaved(): Draft<C> | null {
    return this.#pending;
  }

  /** Records a change (every keystroke); the save follows within the debounce / max wait. */
  change(draft: Draft<C>): void {
    if (this.#disposed) return;
    this.#pending = draft;
    this.#dirtySince ??= Date.now();
    if (this.state === 'conflict' || this.state === 'damaged') return; // the writer decides first
    if (this.state === 'saved') this.#set('pending');
    if (this.state === 'failed') return; // the retry timer will send the latest text
    this.#schedule();
  }

  /** Saves now what is pending (on blur, before leaving the screen); resolves when done. */
  async flush(): Promise<void> {
    this.#clearTimer();
    while (this.#inFlight) await this.#inFlight;
    if (this.#pending && this.state !== 'conflict' && this.state !== 'damaged' && !this.#disposed) await this.#run();
  }

  /**
   * After a conflict, the writer chose to keep this text: save it on top of the other
   * window's version (`latestVersion`), which stays in the revisions.
   */
  async keepMine(latestVersion: number): Promise<void> {
    this.version = latestVersion;
    this.error = null;
    this.#set(this.#pending ? 'pending' : 'saved');
    await this.flush();
  }

  /**
   * After a conflict, the writer chose the other window's text (now in the editor): forget
   * what was pending and go on from that version.
   */
  reset(latestVersion: number): void {
    this.#clearTimer();
    this.#pending = null;
    this.#dirtySince = null;
    this.#retries = 0;
    this.version = latestVersion;
    this.#set('saved');
  }

  /** Stops all timers; nothing more is sent (call flush() first to save what is pending). */
  dispose(): void {
    this.#disposed = true;
    this.#clearTimer();
  }

  #set(state: SaveState, error: ApiError | null = null): void {
    this.state = state;
    this.error = error;
    this.#opts.onState?.(state, error);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    if (this.#inFlight) return; // the save in flight reschedules when it ends
    this.#clearTimer();
    const sinceDirty = Date.now() - (this.#dirtySince ?? Date.now());
    const wait = Math.max(0, Math.min(this.#opts.debounceMs, this.#opts.maxWaitMs - sinceDirty));
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#run();
    }, wait);
  }

  #run(): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    const draft = this.#pending;
    if (!draft || this.#disposed) return Promise.resolve();
    this.#pending = null;
    this.#dirtySince = null;
    this.#set('saving');
    const attempt = this.#opts
      .save(draft, this.version)
      .then(({ result, version }) => {
        this.version = version;
        this.#retries = 0;
        this.#opts.onSaved?.(result);
        if (this.#pending) {
          this.#set('pending');
        } else {
          this.#set('saved');
        }
      })
      .catch((e: unknown) => {
        const error = e instanceof ApiError ? e : new ApiError({ kind: 'ipc', message: String(e), field: null });
        // Newer text typed meanwhile supersedes this draft (a save carries the whole section).
        if (!this.#pending) {
          this.#pending = draft;
        }
        this.#dirtySince ??= Date.now();
        if (error.kind === 'conflict') {
          this.#set('conflict', error);
          return;
        }
        if (error.kind === 'damaged') {
          this.#set('damaged', error); // retrying cannot help: the stored text must be restored
          return;
        }
        this.#set('failed', error);
        const pauses = this.#opts.retryMs;
        const pause = pauses[Math.min(this.#retries, pauses.length - 1)] ?? 1000;
        this.#retries += 1;
        this.#clearTimer();
        this.#timer = setTimeout(() => {
          this.#timer = null;
          void this.#run();
        }, pause);
      })
      .finally(() => {
        this.#inFlight = null;
        if (this.state === 'pending') this.#schedule();
      });
    this.#inFlight = attempt;
    return attempt;
  }
}
