import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';
import { withOutputLock } from './output-lock.js';

/** An output that exists and may not be replaced: the person has to ask with --force. */
export class OutputExistsError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(`${paths.join(', ')} ${paths.length === 1 ? 'exists' : 'exist'}: use --force to replace ${paths.length === 1 ? 'it' : 'them'}`);
    this.name = 'OutputExistsError';
  }
}

export interface OutputFile {
  readonly name: string;
  readonly content: string | Buffer;
}

/** The file operations the writer uses; tests pass one that fails half-way. */
export type FileSystem = Pick<typeof nodeFs, 'existsSync' | 'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync'>;

const hiddenBeside = (directory: string, name: string, purpose: string) => join(directory, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.${purpose}`);

/**
 * Writes files into a folder all or nothing. Each is written to a temporary file beside its target;
 * existing targets are moved aside; the new files are renamed into place; only then are the old ones
 * removed. Any failure puts every earlier output back, byte for byte, and leaves no temporary file.
 * Refuses to replace an existing file unless `force`.
 */
export function writeFilesAtomically(directory: string, files: readonly OutputFile[], force: boolean, fs: FileSystem = nodeFs): string[] {
  fs.mkdirSync(directory, { recursive: true });
  // Under the folder's lock: a second run on the same folder waits its turn or stops, and cannot slip its files in.
  return withOutputLock(directory, () => placeFiles(directory, files, force, fs));
}

/** The targets that exist, after refusing any held by something other than a regular file or not to be replaced. */
function checkTargets(targets: readonly string[], force: boolean, fs: FileSystem): string[] {
  // An output name held by a device, a link (dangling or not), a folder... is never written through or replaced.
  const odd = targets.flatMap((t) => {
    const stats = nodeFs.lstatSync(t, { throwIfNoEntry: false });
    return stats && !stats.isFile() ? [{ file: t, column: 'output', value: stats.isSymbolicLink() ? 'a symbolic link' : stats.isDirectory() ? 'a folder' : 'not a regular file', expected: 'a regular file, or nothing, at this output name (--force replaces only regular files)' }] : [];
  });
  if (odd.length > 0) throw new InputError(odd);
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length > 0 && !force) throw new OutputExistsError(existing);
  return existing;
}

/**
 * Renames finished temporary files onto their targets all or nothing: existing targets are moved aside first, and
 * any failure puts every earlier output back and removes the temporaries.
 */
function swapIntoPlace(directory: string, pairs: readonly { temporary: string; target: string }[], existing: readonly string[], fs: FileSystem): string[] {
  const backups = new Map<string, string>();
  const placed: string[] = [];
  try {
    for (const target of existing) {
      const backup = hiddenBeside(directory, target.slice(directory.length + 1), 'old');
      fs.renameSync(target, backup);
      backups.set(target, backup);
    }
    for (const { temporary, target } of pairs) {
      fs.renameSync(temporary, target);
      placed.push(target);
    }
  } catch (error) {
    for (const target of placed) fs.rmSync(target, { force: true });
    for (const [target, backup] of backups) fs.renameSync(backup, target);
    for (const { temporary } of pairs) fs.rmSync(temporary, { force: true });
    throw error;
  }
  for (const backup of backups.values()) fs.rmSync(backup, { force: true });
  return pairs.map((p) => p.target);
}

/**
 * Moves temporary files that a streaming writer finished (a sweep's CSV and workbook) onto their targets in one
 * folder, together or not at all, under the folder's lock.
 */
export function placeTemporaries(directory: string, pairs: readonly { temporary: string; target: string }[], force: boolean, fs: FileSystem = nodeFs): string[] {
  return withOutputLock(directory, () => swapIntoPlace(directory, pairs, checkTargets(pairs.map((p) => p.target), force, fs), fs));
}

function placeFiles(directory: string, files: readonly OutputFile[], force: boolean, fs: FileSystem): string[] {
  const targets = files.map((f) => join(directory, f.name));
  const existing = checkTargets(targets, force, fs);
  const temporaries: string[] = [];
  try {
    files.forEach((file) => {
      const temporary = hiddenBeside(directory, file.name, 'tmp');
      temporaries.push(temporary);
      fs.writeFileSync(temporary, file.content, { flag: 'wx' });
    });
  } catch (error) {
    for (const temporary of temporaries) fs.rmSync(temporary, { force: true });
    throw error;
  }
  return swapIntoPlace(directory, temporaries.map((temporary, i) => ({ temporary, target: targets[i]! })), existing, fs);
}
