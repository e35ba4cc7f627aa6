import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a zip archive. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** MS-DOS date and time of 2010-11-01 00:00: every entry carries it, so the same content gives the same bytes. */
export const DOS_TIME = 0;
export const DOS_DATE = ((2010 - 1980) << 9) | (11 << 5) | 1;

/** The fields local and central headers share, from `at`: flags, method, date, CRC, sizes, name length. */
function writeSharedFields(
  header: Buffer,
  at: number,
  crc: number,
  compressedSize: number,
  size: number,
  nameLength: number,
): void {
  header.writeUInt16LE(0x0800, at); // UTF-8 names
  header.writeUInt16LE(8, at + 2); // deflate
  header.writeUInt16LE(DOS_TIME, at + 4);
  header.writeUInt16LE(DOS_DATE, at + 6);
  header.writeUInt32LE(crc, at + 8);
  header.writeUInt32LE(compressedSize, at + 12);
  header.writeUInt32LE(size, at + 16);
  header.writeUInt16LE(nameLength, at + 20);
}

/** Writes a zip archive, every entry deflated with the platform's zlib, in the order given. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 6 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeSharedFields(local, 6, crc, compressed.length, entry.data.length, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeSharedFields(central, 8, crc, compressed.length, entry.data.length, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
