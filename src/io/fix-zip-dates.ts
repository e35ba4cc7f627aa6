import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { END_RECORD_SPAN, endRecord, entryLength, isEntry, LOCAL_HEADER } from './zip-directory.js';

/**
 * Stamps every entry of a zip file on disk with one date and time (MS-DOS fields of the local and central headers),
 * in place, reading only the central directory and the local headers: the same content then gives the same bytes,
 * however large the file (a sweep's workbook, which exceljs's streaming writer dates with the clock).
 */
export function fixZipDates(path: string, dosDate: number, dosTime: number): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - END_RECORD_SPAN);
    const tail = Buffer.alloc(size - tailStart);
    readSync(fd, tail, 0, tail.length, tailStart);
    const end = endRecord(tail);
    if (!end) throw new Error(`${path} is not a zip archive`);
    const { entries, directoryStart, directorySize } = end;
    const directory = Buffer.alloc(directorySize);
    readSync(fd, directory, 0, directorySize, directoryStart);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(dosTime, 0);
    stamp.writeUInt16LE(dosDate, 2);
    const header = Buffer.alloc(4);
    for (let at = 0, entry = 0; entry < entries; entry++) {
      if (!isEntry(directory, at)) throw new Error(`${path}: damaged central directory`);
      stamp.copy(directory, at + 12);
      const local = directory.readUInt32LE(at + 42);
      readSync(fd, header, 0, 4, local);
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${path}: damaged local header`);
      writeSync(fd, stamp, 0, 4, local + 10);
      at += entryLength(directory, at);
    }
    writeSync(fd, directory, 0, directorySize, directoryStart);
  } finally {
    closeSync(fd);
  }
}
