import type { IpcEventLike } from '../ipc/define-handler';

/**
 * The handler for the renderer's "flushed" answer: only our window may answer, and only with a
 * request token (a positive whole number); anything else is ignored. Answers nothing back.
 */
export function flushDoneHandler(
  isTrustedSender: (frameUrl: string | undefined) => boolean,
  onDone: (token: number) => void,
): (event: IpcEventLike, token: unknown) => Promise<void> {
  return async (event, token) => {
    let frameUrl: string | undefined;
    try {
      frameUrl = event.senderFrame?.url;
    } catch {
      frameUrl = undefined; // the frame is gone
    }
    if (!isTrustedSender(frameUrl)) return;
    if (typeof token === 'number' && Number.isSafeInteger(token) && token > 0) onDone(token);
  };
}
