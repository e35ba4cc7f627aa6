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

/** Length of the UTF-8 sequence starting at `at`, or 0 when the bytes there are not one. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let i = 1; i < length; i++) if (((bytes[at + i] ?? 0) & 0xc0) !== 0x80) return 0;
  return length;
}

/** Where a file that is mostly UTF-8 has a byte that is not, or undefined when it is not mostly UTF-8. */
function strayByte(bytes: Uint8Array): { offset: number; line: number } | undefined {
  let utf8 = 0;
  let stray: number | undefined;
  for (let at = 0; at < bytes.length; ) {
    if (bytes[at]! < 0x80) {
      at++;
      continue;
    }
    const length = utf8SequenceLength(bytes, at);
    if (length > 0) {
      utf8++;
      at += length;
    } else {
      stray ??= at;
      at++;
    }
  }
  if (stray === undefined || utf8 === 0) return undefined;
  let line = 1;
  for (let i = 0; i < stray; i++) if (bytes[i] === 0x0a) line++;
  return { offset: stray, line };
}

/**
 * The text of a template file as Excel may save it: UTF-8 (with or without a BOM), or Windows-1252
 * when the bytes hold no UTF-8 character at all. A mostly-UTF-8 file with a stray byte, binary files and files
 * over the size limit are input errors.
 */
export function decodeTemplateBytes(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_TEMPLATE_BYTES) {
    throw new InputError([
      {
        file,
        line: 1,
        column: '(file)',
        value: `${bytes.length} bytes`,
        expected: `a template of at most ${MAX_TEMPLATE_BYTES} bytes (1 MiB)`,
      },
    ]);
  }
  const controls = bytes.filter((b) => b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)).length;
  if (bytes.includes(0) || controls > 0) {
    throw new InputError([
      {
        file,
        line: 1,
        column: '(file)',
        value: 'binary data',
        expected: 'a text CSV file (UTF-8 or Windows-1252), as Excel saves it',
      },
    ]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // A file with UTF-8 characters and one byte that is not is UTF-8 damaged, not Windows-1252: decoding it all as
    // Windows-1252 would turn every one of its characters into two.
    const stray = strayByte(bytes);
    if (stray) {
      const hex = bytes[stray.offset]!.toString(16).toUpperCase().padStart(2, '0');
      throw new InputError([
        {
          file,
          line: stray.line,
          column: '(text)',
          value: `byte 0x${hex}`,
          expected:
            'UTF-8 text throughout (the rest of the file is UTF-8): retype the character there, or save the file as UTF-8',
        },
      ]);
    }
    return decodeWindows1252(bytes);
  }
}
