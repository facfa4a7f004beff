// The one way the page calls Rust.
//
// Tauri's `invoke` rejects with whatever the command's error serialised to. CityRights commands
// serialise every error as `ErrorPayload` ({ kind, message, field }, generated from Rust), so
// `call` turns that into an `ApiError` that components can catch, show (`message` is written for
// the user) and attach to an input (`field`). Anything else that rejects — Tauri's own errors,
// such as an unknown command or arguments that do not deserialise, arrive as plain strings — is
// wrapped too, so callers handle exactly one error type.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorPayload } from './bindings/ErrorPayload';

/** A failed command, as the Rust side described it. */
export class ApiError extends Error {
  /** Stable, machine-readable kind, e.g. `invalid`, `not_found`, `conflict`; `ipc` for Tauri's own errors. */
  readonly kind: string;
  /** The input a validation error is about (e.g. `title`), or null. */
  readonly field: string | null;

  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.kind = payload.kind;
    this.field = payload.field;
  }
}

/** True when `value` has the shape of the Rust side's `ErrorPayload`. */
function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.kind === 'string' &&
    typeof v.message === 'string' &&
    (v.field === null || v.field === undefined || typeof v.field === 'string')
  );
}

/** Turns any rejection of `invoke` into an ApiError. */
function toApiError(cmd: string, reason: unknown): ApiError {
  if (isErrorPayload(reason)) {
    return new ApiError({ kind: reason.kind, message: reason.message, field: reason.field ?? null });
  }
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new ApiError({ kind: 'ipc', message: `The app could not run "${cmd}": ${detail}`, field: null });
}

/**
 * Calls the Rust command `cmd` with `args` and resolves to its result.
 * @throws ApiError when the command fails.
 */
export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (reason) {
    throw toApiError(cmd, reason);
  }
}
