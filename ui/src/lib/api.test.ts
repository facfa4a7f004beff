// `call` against Tauri's mocked IPC: values come back typed, and the Rust side's error payload
// becomes an ApiError carrying kind, message and field.
import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { ApiError, call } from './api';
import type { ErrorPayload } from './bindings/ErrorPayload';

afterEach(() => {
  clearMocks();
});

describe('call', () => {
  it('resolves to the value the command returned, passing the arguments through', async () => {
    const seen: Array<{ cmd: string; args: unknown }> = [];
    mockIPC((cmd, args) => {
      seen.push({ cmd, args });
      return { version: '1.2.3' };
    });

    await expect(call<{ version: string }>('app_info', { verbose: true })).resolves.toEqual({ version: '1.2.3' });
    expect(seen).toEqual([{ cmd: 'app_info', args: { verbose: true } }]);
  });

  it('throws an ApiError with kind, message and field when the command rejects with an ErrorPayload', async () => {
    const payload: ErrorPayload = { kind: 'invalid', message: 'Give the submission a title.', field: 'title' };
    mockIPC(() => {
      // What Tauri does with a command's Err(CommandError): reject with its serialised form.
      throw payload;
    });

    const error = await call('create_submission', { title: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ kind: 'invalid', message: 'Give the submission a title.', field: 'title' });
  });

  it('keeps a null field for errors that are not about one input', async () => {
    mockIPC(() => {
      throw { kind: 'not_found', message: 'Submission 7 does not exist (it may have been deleted).', field: null };
    });

    await expect(call('get_submission', { id: 7 })).rejects.toMatchObject({
      name: 'ApiError',
      kind: 'not_found',
      field: null,
      message: 'Submission 7 does not exist (it may have been deleted).',
    });
  });

  it("wraps Tauri's own string rejections (e.g. an unknown command) as an ApiError of kind 'ipc'", async () => {
    mockIPC(() => {
      throw 'Command no_such_command not found';
    });

    await expect(call('no_such_command')).rejects.toMatchObject({
      kind: 'ipc',
      field: null,
      message: 'The app could not run "no_such_command": Command no_such_command not found',
    });
  });
});
