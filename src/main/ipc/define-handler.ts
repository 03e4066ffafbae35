import { z } from 'zod';
import type { InvokeMethod } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/contract';
import { ipcArgumentSchemas, type IpcArguments } from '../../shared/ipc/schemas';
import { errorToResult, fail } from './ipc-result';

/**
 * The part of Electron's `IpcMainInvokeEvent` the handlers use. Kept minimal so tests can pass
 * a fake sender; the real event is assignable to it.
 */
export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

/** What `ipcMain.handle` receives: the event and the renderer's raw, untrusted arguments. */
export type IpcHandler = (event: IpcEventLike, ...args: unknown[]) => Promise<IpcResult<unknown>>;

/**
 * Wraps one handler with the checks every channel needs, in this order: the sending frame
 * must be our renderer (`bad-sender`), the arguments must match the channel's schema
 * (`invalid-argument`), and whatever the handler throws becomes an error result.
 */
export function defineHandler<M extends InvokeMethod, T>(
  method: M,
  isTrustedSender: (frameUrl: string | undefined) => boolean,
  run: (event: IpcEventLike, args: IpcArguments<M>) => Promise<IpcResult<T>>,
): IpcHandler {
  const schema = ipcArgumentSchemas[method];
  return async (event, ...args) => {
    let frameUrl: string | undefined;
    try {
      frameUrl = event.senderFrame?.url;
    } catch {
      frameUrl = undefined; // the frame is gone (navigated or destroyed): not a trusted sender
    }
    if (!isTrustedSender(frameUrl)) {
      return fail(
        'bad-sender',
        `Refused ${method}: the call did not come from the Marginalia window.`,
      );
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      return fail(
        'invalid-argument',
        `Invalid arguments for ${method}:\n${z.prettifyError(parsed.error)}`,
      );
    }
    try {
      // TypeScript cannot narrow the schema union by the generic key; the lookup above is exact.
      return await run(event, parsed.data as IpcArguments<M>);
    } catch (error) {
      return errorToResult(error);
    }
  };
}
