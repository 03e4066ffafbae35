import type { IpcErrorCode, IpcResult } from '../../shared/ipc/contract';
import { fsErrorCode } from '../files/fs-error-message';

/** A successful IPC answer. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failed IPC answer; the message is shown to the user, so it says what happened in words. */
export function fail(
  code: IpcErrorCode,
  message: string,
): { ok: false; error: { code: IpcErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

/**
 * Turns anything a handler threw into an error answer, so nothing is ever thrown across the
 * bridge (Electron would serialize a thrown error into an opaque string). File-system errors
 * become `io`; anything else is `internal`.
 */
export function errorToResult(error: unknown): {
  ok: false;
  error: { code: IpcErrorCode; message: string };
} {
  const message = error instanceof Error ? error.message : String(error);
  if (fsErrorCode(error)) return fail('io', message);
  return fail('internal', `Something went wrong in the desktop shell: ${message}`);
}
