import { endRecord, entryLength, isEntry } from './zip-directory.js';

/** What an .xlsx may hold before it is expanded: its parts, and the bytes they declare once inflated. */
export interface ZipLimits {
  readonly parts: number;
  readonly uncompressedBytes: number;
}

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
  const end = endRecord(bytes);
  if (!end) return 'it is not a zip archive (no central directory)';
  if (end.entries > limits.parts) return `it has ${end.entries} parts, more than the ${limits.parts} allowed`;
  let total = 0;
  let at = end.directoryStart;
  for (let part = 0; part < end.entries; part++) {
    if (!isEntry(bytes, at)) return 'its central directory is damaged';
    const inflated = bytes.readUInt32LE(at + 24);
    if (inflated === ZIP64_MARK) return 'it is a ZIP64 archive, larger than any workbook this tool reads';
    total += inflated;
    if (total > limits.uncompressedBytes)
      return `its parts expand to more than the ${limits.uncompressedBytes} bytes allowed`;
    at += entryLength(bytes, at);
  }
  return undefined;
}
