import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read, in words a user can act on. */
export class FileRefused extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function openError(error: unknown): FileRefused {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new FileRefused('there is none');
  if (code === 'EACCES' || code === 'EPERM') return new FileRefused('it cannot be read (permission denied)');
  if (code === 'EISDIR') return new FileRefused('it is a folder');
  return new FileRefused(`it cannot be read (${code ?? 'unknown error'})`);
}

/**
 * The bytes of a regular file of at most `limit` bytes. It is opened without blocking (a named pipe never waits
 * for a writer), refused unless it is a regular file (a link to /dev/zero, a device, a pipe), and read no further
 * than one byte past the limit, so a file that grows while it is read never fills memory.
 *
 * @example
 * readBoundedFile('templates/scenario.csv', 1024 * 1024); // a Buffer, or throws FileRefused
 */
export function readBoundedFile(path: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw openError(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileRefused(`it is ${kindOf(stats)}, not a regular file`);
    if (stats.size > limit) throw new FileRefused(`it has ${stats.size} bytes, more than the ${limit} allowed`);
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > limit) throw new FileRefused(`it has more than the ${limit} bytes allowed`);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw openError(error);
  } finally {
    closeSync(fd);
  }
}
