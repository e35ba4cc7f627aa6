/** The zip records an .xlsx is read by before anything in it is inflated: the end record and the central directory. */
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_BYTES = 22;
const LARGEST_COMMENT = 0xffff;
const ENTRY_BYTES = 46;

/** How many bytes at the end of a zip file can hold its end record (after it, a comment of at most 64 KiB). */
export const END_RECORD_SPAN = END_RECORD_BYTES + LARGEST_COMMENT;

/**
 * The end record found in `tail` (the last bytes of a zip file, at most END_RECORD_SPAN of them): its entries, and
 * where the central directory starts and how long it is; undefined when there is none.
 */
export function endRecord(
  tail: Buffer,
): { entries: number; directoryStart: number; directorySize: number } | undefined {
  for (let at = tail.length - END_RECORD_BYTES; at >= Math.max(0, tail.length - END_RECORD_SPAN); at--) {
    if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      return {
        entries: tail.readUInt16LE(at + 10),
        directorySize: tail.readUInt32LE(at + 12),
        directoryStart: tail.readUInt32LE(at + 16),
      };
    }
  }
  return undefined;
}

/** The length of the central directory entry at `at`: its fixed part, name, extra field and comment. */
export function entryLength(directory: Buffer, at: number): number {
  return (
    ENTRY_BYTES + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32)
  );
}

/** Whether a whole central directory entry starts at `at`. */
export const isEntry = (directory: Buffer, at: number): boolean =>
  at + ENTRY_BYTES <= directory.length && directory.readUInt32LE(at) === CENTRAL_DIRECTORY_ENTRY;
