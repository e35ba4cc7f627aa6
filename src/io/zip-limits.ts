/** What an .xlsx may hold before it is expanded: its parts, and the bytes they declare once inflated. */
export interface ZipLimits {
  readonly parts: number;
  readonly uncompressedBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const ENTRY_BYTES = 46;
const LARGEST_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

/**
 * Why a zip archive (an .xlsx) must not be expanded, or undefined when it may: read from its central directory
 * alone, before anything is inflated (a 3 MB file can declare gigabytes). A ZIP64 archive is refused: a workbook
 * this tool writes or Excel saves from it is far below 4 GB.
 *
 * @example
 * zipLimitProblem(bytes, { parts: 1000, uncompressedBytes: 64 * 1024 * 1024 }); // undefined, or the reason
 */
export function zipLimitProblem(bytes: Buffer, limits: ZipLimits): string | undefined {
  const earliest = Math.max(0, bytes.length - END_RECORD_BYTES - LARGEST_COMMENT);
  let end = -1;
  for (let at = bytes.length - END_RECORD_BYTES; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'it is not a zip archive (no central directory)';
  const parts = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  if (parts > limits.parts) return `it has ${parts} parts, more than the ${limits.parts} allowed`;
  let total = 0;
  let at = start;
  for (let part = 0; part < parts; part++) {
    if (at + ENTRY_BYTES > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return 'its central directory is damaged';
    const inflated = bytes.readUInt32LE(at + 24);
    if (inflated === ZIP64_MARK) return 'it is a ZIP64 archive, larger than any workbook this tool reads';
    total += inflated;
    if (total > limits.uncompressedBytes) return `its parts expand to more than the ${limits.uncompressedBytes} bytes allowed`;
    at += ENTRY_BYTES + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return undefined;
}
