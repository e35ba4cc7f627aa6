import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const TAIL_BYTES = 22 + 0xffff;

/**
 * Stamps every entry of a zip file on disk with one date and time (MS-DOS fields of the local and central headers),
 * in place, reading only the central directory and the local headers: the same content then gives the same bytes,
 * however large the file (a sweep's workbook, which exceljs's streaming writer dates with the clock).
 */
export function fixZipDates(path: string, dosDate: number, dosTime: number): void {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = Buffer.alloc(size - tailStart);
    readSync(fd, tail, 0, tail.length, tailStart);
    let end = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) throw new Error(`${path} is not a zip archive`);
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    readSync(fd, directory, 0, directorySize, directoryStart);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(dosTime, 0);
    stamp.writeUInt16LE(dosDate, 2);
    const header = Buffer.alloc(4);
    for (let at = 0, entry = 0; entry < entries; entry++) {
      if (directory.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`${path}: damaged central directory`);
      stamp.copy(directory, at + 12);
      const local = directory.readUInt32LE(at + 42);
      readSync(fd, header, 0, 4, local);
      if (header.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${path}: damaged local header`);
      writeSync(fd, stamp, 0, 4, local + 10);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    writeSync(fd, directory, 0, directorySize, directoryStart);
  } finally {
    closeSync(fd);
  }
}
