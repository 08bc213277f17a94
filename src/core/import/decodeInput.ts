/** The text of an input file, or why it cannot be read as text. */
export type DecodedInput = { ok: true; text: string } | { ok: false; message: string };

/**
 * Decodes the bytes of a JSON input. UTF-8 (with or without a byte order mark) is what the REST
 * API sends; UTF-16 appears when a file was saved from a Windows tool, and is decoded too: with
 * its byte order mark, or recognised by the zero bytes around the opening `{` or `[`.
 * Anything else that is not valid UTF-8 is refused rather than imported with replacement marks.
 */
export function decodeInput(bytes: Uint8Array, name: string): DecodedInput {
  const encoding = detectEncoding(bytes);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const what = encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
    return {
      ok: false,
      message: `${name}: not valid ${what} text (it holds bytes that are not characters in that encoding). Save the JSON as UTF-8 and import it again.`,
    };
  }
}

function detectEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
    if (isJsonStart(bytes[0]) && bytes[1] === 0) return 'utf-16le';
    if (bytes[0] === 0 && isJsonStart(bytes[1])) return 'utf-16be';
  }
  return 'utf-8';
}

function isJsonStart(byte: number): boolean {
  return byte === 0x7b || byte === 0x5b || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}
