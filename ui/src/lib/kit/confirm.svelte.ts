// The state behind a ConfirmDialog: what the question is about, open, busy, and the core's
// message when the confirmed action failed (shown in the dialog, which stays open).
import { messageOf } from '../errors';

/** What a ConfirmDialog reads and sets. */
export interface ConfirmState {
  open: boolean;
  readonly busy: boolean;
  readonly error: string | null;
  confirm(): Promise<void>;
}

export class Confirmation<T = void, R = unknown> implements ConfirmState {
  open = $state(false);
  busy = $state(false);
  error = $state<string | null>(null);
  /** What the question is about (the row to remove), kept while the dialog is open. */
  target = $state<T | null>(null);

  /**
   * `action` does the work (a command); when it succeeds the dialog closes, forgets its target
   * (unless `keepTarget`) and `after` runs with the result and the target (say so, reload).
   * When it fails, its message is shown in the dialog, which stays open.
   */
  constructor(
    private readonly action: (target: T) => Promise<R>,
    private readonly after?: (result: R, target: T) => unknown,
    private readonly options: { keepTarget?: boolean } = {},
  ) {}

  /** Opens the dialog about `target`, without the message of an earlier attempt. */
  ask = (...target: T extends void ? [] : [T]) => {
    this.target = (target[0] ?? null) as T | null;
    this.error = null;
    this.open = true;
  };

  /** The dialog's confirm button. */
  confirm = async () => {
    const target = this.target as T;
    this.busy = true;
    this.error = null;
    try {
      const result = await this.action(target);
      this.open = false;
      if (!this.options.keepTarget) this.target = null;
      await this.after?.(result, target);
    } catch (e) {
      this.error = messageOf(e);
    } finally {
      this.busy = false;
    }
  };
}
