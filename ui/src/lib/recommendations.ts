// What the recommendation screens share: the colour of each local status and the import
// progress events (how a recommendation is cited comes ready-made from Rust: `reference`). Types and the lists of values come from Rust
// (bindings/enum_values.ts).
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { ImportProgress } from './bindings/ImportProgress';
import type { LocalStatus } from './bindings/LocalStatus';

/** The colour of each local status in the chart and the table (with words beside it, always). */
export const STATUS_COLOURS: Record<LocalStatus, string> = {
  not_started: '#8a93a3',
  in_progress: '#b07a00',
  implemented: '#1d6b38',
  not_applicable: '#d6dae1',
};

/** The event name Rust emits import progress on (see commands/recommendations.rs). */
export const PROGRESS_EVENT = 'recommendations-import-progress';

/**
 * Follows an import's progress. Resolves to a function that stops following; where events are
 * not available (tests without event mocks) it follows nothing.
 */
export async function onImportProgress(handler: (p: ImportProgress) => void): Promise<UnlistenFn> {
  try {
    return await listen<ImportProgress>(PROGRESS_EVENT, (e) => handler(e.payload));
  } catch {
    return () => {};
  }
}
