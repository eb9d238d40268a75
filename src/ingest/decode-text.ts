/**
 * Byte-level decoding of one document: BOM detection, binary sniffing and strict UTF-8 with a
 * windows-1252 fallback. Offsets later point into the decoded string, so nothing else is changed
 * (no line-ending or Unicode normalisation); only a leading BOM is dropped.
 */

/** How many leading bytes the binary and format sniffers look at. */
export const HEAD_BYTES = 8192;

/** Share of control bytes in the head above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Encodings a byte-order mark can announce. */
export type BomEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** Result of decoding: the text, plus the warning code when a fallback was needed. */
export interface Decoded {
  readonly text: string;
  readonly warning?: "invalid-utf8" | "invalid-utf16";
}

// TextDecoder instances are reusable and stateless between non-streaming decode() calls.
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Returns the encoding announced by a leading byte-order mark, if any, and the BOM's length. */
export function detectBom(
  bytes: Uint8Array,
): { encoding: BomEncoding; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * Tells whether bytes look like a binary file: any NUL byte, or more than 10% C0 control bytes
 * (other than tab, LF, VT, FF, CR) in the first {@link HEAD_BYTES}. UTF-16 with a BOM is text
 * even though it is full of NULs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if (bom !== undefined && bom.encoding !== "utf-8") return false;
  if (bytes.indexOf(0) !== -1) return true;
  const end = Math.min(bytes.length, HEAD_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] ?? 0;
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) control++;
  }
  return end > 0 && control / end > MAX_CONTROL_SHARE;
}

/**
 * Decodes a document's bytes: UTF-16 when a BOM says so, else strict UTF-8, falling back to
 * windows-1252 (the usual encoding of mislabelled Western news text) with a warning.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  const body = bom === undefined ? bytes : bytes.subarray(bom.length);
  if (bom !== undefined && bom.encoding !== "utf-8") return decodeUtf16(body, bom.encoding);
  return decodeUtf8OrCp1252(body);
}

/** Decodes strict UTF-8 (a BOM is kept as U+FEFF), falling back to windows-1252 with a warning. */
export function decodeUtf8OrCp1252(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch (error) {
    if (!isEncodingError(error)) throw error;
    return { text: decodeWindows1252(bytes), warning: "invalid-utf8" };
  }
}

function decodeUtf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body) };
  } catch (error) {
    if (!isEncodingError(error)) throw error;
    return {
      text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body),
      warning: "invalid-utf16",
    };
  }
}

function isEncodingError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    (error as { code?: unknown }).code === "ERR_ENCODING_INVALID_ENCODED_DATA"
  );
}

/**
 * windows-1252 code points for bytes 0x80-0x9F (WHATWG Encoding table); other bytes equal their
 * Latin-1 code point. Hand-rolled because Node 20's TextDecoder("windows-1252") decodes Latin-1.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes bytes as windows-1252 (total: every byte maps to one UTF-16 code unit). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (ch) =>
    String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? 0xfffd),
  );
}
