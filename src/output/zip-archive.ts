import { once } from 'node:events';
import { writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRaw, deflateRawSync } from 'node:zlib';

/** One file of a zip archive. */
export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

/** MS-DOS date and time of 2010-11-01 00:00: every entry carries it, so the same content gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2010 - 1980) << 9) | (11 << 5) | 1;
/** Deflate level of every entry. */
const LEVEL = 6;
/** The largest size or offset a zip without its 64-bit extension records. */
const LARGEST = 0xffffffff;

/** What the local and central headers of an entry record about it. */
export interface EntryRecord {
  readonly name: Buffer;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

/** The fields local and central headers share, from `at`: flags, method, date, CRC, sizes, name length. */
function writeSharedFields(header: Buffer, at: number, entry: EntryRecord): void {
  header.writeUInt16LE(0x0800, at); // UTF-8 names
  header.writeUInt16LE(8, at + 2); // deflate
  header.writeUInt16LE(DOS_TIME, at + 4);
  header.writeUInt16LE(DOS_DATE, at + 6);
  header.writeUInt32LE(entry.crc, at + 8);
  header.writeUInt32LE(entry.compressedSize, at + 12);
  header.writeUInt32LE(entry.size, at + 16);
  header.writeUInt16LE(entry.name.length, at + 20);
}

/** The local header of an entry, its name included: what comes before its deflated data. */
function localHeader(entry: EntryRecord): Buffer {
  const local = Buffer.alloc(30 + entry.name.length);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  writeSharedFields(local, 6, entry);
  entry.name.copy(local, 30);
  return local;
}

/** The central directory record of an entry whose local header is at `offset`, its name included. */
function centralHeader(entry: EntryRecord, offset: number): Buffer {
  const central = Buffer.alloc(46 + entry.name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  writeSharedFields(central, 8, entry);
  central.writeUInt32LE(offset, 42);
  entry.name.copy(central, 46);
  return central;
}

/** The end of the archive: its central directory and the record pointing at it. */
function directoryEnd(centrals: readonly Buffer[], directoryOffset: number): Buffer {
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([directory, end]);
}

/** An entry deflated, with what its headers record. */
export interface DeflatedEntry {
  readonly record: EntryRecord;
  readonly compressed: Buffer;
}

const recordOf = (entry: ZipEntry, compressed: Buffer): EntryRecord => ({
  name: Buffer.from(entry.name, 'utf8'),
  crc: crc32(entry.data),
  compressedSize: compressed.length,
  size: entry.data.length,
});

/** Writes a zip archive, every entry deflated with the platform's zlib, in the order given. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  return zipOf(
    entries.map((entry) => {
      const compressed = deflateRawSync(entry.data, { level: LEVEL });
      return { record: recordOf(entry, compressed), compressed };
    }),
  );
}

/**
 * An entry deflated off the main thread, in the platform's thread pool: entries deflate side by side, and while the
 * caller goes on (issue 16). The same bytes as writeZip's.
 */
export function deflateEntry(entry: ZipEntry): Promise<DeflatedEntry> {
  return new Promise((resolve, reject) =>
    deflateRaw(entry.data, { level: LEVEL }, (error, compressed) => {
      if (error) reject(error);
      else resolve({ record: recordOf(entry, compressed), compressed });
    }),
  );
}

/** A zip archive of entries deflated already, in the order given: the bytes writeZip gives for them. */
export function zipOf(entries: readonly DeflatedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { record, compressed } of entries) {
    const local = localHeader(record);
    parts.push(local, compressed);
    centrals.push(centralHeader(record, offset));
    offset += local.length + compressed.length;
  }
  parts.push(directoryEnd(centrals, offset));
  return Buffer.concat(parts);
}

/** An entry being written piece by piece: `write` waits while deflate catches up, `end` completes the entry. */
export interface ZipEntryWriter {
  write(data: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * A zip archive written into an open file entry after entry, the same bytes as writeZip gives for the same
 * entries. An entry can come in pieces, streamed through deflate with its CRC and sizes counted on the way and
 * its local header filled in afterwards: memory stays flat however large the entry (a sweep of many rows).
 */
export class ZipFileWriter {
  private offset = 0;
  private readonly centrals: Buffer[] = [];
  private open = false;
  private abandon: (() => void) | undefined;

  constructor(private readonly fd: number) {}

  private writeAt(data: Buffer, position: number): void {
    for (let done = 0; done < data.length; )
      done += writeSync(this.fd, data, done, data.length - done, position + done);
  }

  private append(data: Buffer): void {
    this.writeAt(data, this.offset);
    this.offset += data.length;
  }

  /** Records an entry whose local header is at `start` and whose data has been written. */
  private close(record: EntryRecord, start: number): void {
    if (record.size > LARGEST || this.offset > LARGEST)
      throw new Error(
        `${record.name.toString()}: more than 4 GiB, which a zip without its 64-bit extension cannot hold`,
      );
    this.centrals.push(centralHeader(record, start));
  }

  /** Adds an entry held whole in memory. */
  add(entry: ZipEntry): void {
    if (this.open) throw new Error(`${entry.name}: another entry is still being written`);
    const compressed = deflateRawSync(entry.data, { level: LEVEL });
    const record = {
      name: Buffer.from(entry.name, 'utf8'),
      crc: crc32(entry.data),
      compressedSize: compressed.length,
      size: entry.data.length,
    };
    const start = this.offset;
    this.append(localHeader(record));
    this.append(compressed);
    this.close(record, start);
  }

  /** Starts an entry whose content is written piece by piece; nothing else is added until it ends. */
  openEntry(entryName: string): ZipEntryWriter {
    if (this.open) throw new Error(`${entryName}: another entry is still being written`);
    this.open = true;
    const name = Buffer.from(entryName, 'utf8');
    const start = this.offset;
    // The header's CRC and sizes are known at the end: zeros until then.
    this.append(localHeader({ name, crc: 0, compressedSize: 0, size: 0 }));
    const deflate = createDeflateRaw({ level: LEVEL });
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    let failure: unknown;
    deflate.on('data', (chunk: Buffer) => {
      if (failure !== undefined) return;
      try {
        this.append(chunk);
        compressedSize += chunk.length;
      } catch (error) {
        failure = error;
        deflate.destroy(error as Error);
      }
    });
    deflate.on('error', (error) => {
      failure ??= error;
    });
    this.abandon = () => {
      // Destroyed with an error, so that a write waiting for the stream to drain stops waiting.
      const abandoned = new Error(`${entryName}: abandoned`);
      failure ??= abandoned;
      deflate.destroy(abandoned);
    };
    return {
      write: async (data) => {
        if (failure !== undefined) throw failure;
        crc = crc32(data, crc);
        size += data.length;
        if (!deflate.write(data)) await once(deflate, 'drain');
      },
      end: async () => {
        if (failure !== undefined) throw failure;
        const ended = once(deflate, 'end');
        deflate.end();
        await ended;
        if (failure !== undefined) throw failure;
        const record = { name, crc, compressedSize, size };
        this.close(record, start);
        this.writeAt(localHeader(record), start);
        this.open = false;
        this.abandon = undefined;
      },
    };
  }

  /** Stops writing an entry left half-way (an error elsewhere): nothing more reaches the file, which is then discarded. */
  abort(): void {
    this.abandon?.();
    this.abandon = undefined;
  }

  /** Writes the central directory: the archive is complete. */
  finish(): void {
    if (this.open) throw new Error('an entry is still being written');
    this.append(directoryEnd(this.centrals, this.offset));
  }
}
