import { InputError } from './input-error.js';

/** The largest template accepted: far above any real one, small enough that a wrong file fails fast. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

// Windows-1252 bytes 0x80-0x9F (Node 20's decoder for this code page is unreliable); 0xA0-0xFF equal Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/**
 * The text of a template file as Excel may save it: UTF-8 (with or without a BOM), or Windows-1252
 * when the bytes are not valid UTF-8. Binary files and files over the size limit are input errors.
 */
export function decodeTemplateBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    throw new InputError([{ file, line: 1, column: '(file)', value: `${bytes.length} bytes`, expected: `a template of at most ${MAX_TEMPLATE_BYTES} bytes (1 MiB)` }]);
  }
  const controls = bytes.filter((b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)).length;
  if (bytes.includes(0) || controls > 0) {
    throw new InputError([{ file, line: 1, column: '(file)', value: 'binary data', expected: 'a text CSV file (UTF-8 or Windows-1252), as Excel saves it' }]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
