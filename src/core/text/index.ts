/** Text decoding and fingerprinting shared by every corpus parser (pure: Node, browser, worker). */
export { decodeText, type DecodedText } from './decode';
export { decodeWindows1252 } from './windows-1252';
export { normalizeNewlines } from './normalize';
export { sha256Hex } from './hash';
export {
  detectBinary,
  BINARY_SAMPLE_BYTES,
  CONTROL_RATIO_LIMIT,
  type BinaryVerdict,
} from './binary';
