// Types of the desktop shell. AppStatus is now generated from Rust by ts-rs (src-tauri), so it
// is re-exported from ./bindings rather than declared twice.
export type { AppStatus } from './bindings/AppStatus';
