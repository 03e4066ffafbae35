/**
 * SHA-256 of a text's UTF-8 bytes as lower-case hex: a document's content hash, used to recognise
 * the same document across imports, coders' copies and exchange files. WebCrypto, so it runs in
 * Node, the Electron main process, the renderer and a Web Worker alike.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
