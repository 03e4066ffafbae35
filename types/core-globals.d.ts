// The few host globals src/core may use beyond ES2022, for the core-only type check
// (tsconfig.core.json): each exists alike in browsers, workers and Node, so core stays runnable
// by the CLI, a worker or a test unchanged. Anything else (DOM, Node) is a type error in core.
// `var` (not const) because only `declare var` globals are also properties of `globalThis`.
/* eslint-disable no-var */

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare var TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

interface SubtleCrypto {
  digest(algorithm: string, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
}
declare var crypto: Crypto;

declare function structuredClone<T>(value: T): T;

/** Cancellation, as core's long work (imports, re-anchoring, writes) accepts it. */
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Yielding to the event loop between chunks of long work. */
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(handle: unknown): void;
