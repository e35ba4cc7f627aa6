import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../model/input-error.js';
import {
  carryOut,
  flush,
  type JournalFileSystem,
  type OutputJournal,
  recoverOutputs,
  removeJournal,
  temporaryName,
  writeJournal,
} from './output-journal.js';
import { takeOutputLock, withOutputLock } from './output-lock.js';

/**
 * An output that exists and may not be replaced: the person has to ask with --force.
 *
 * @example
 * try { writeFilesAtomically('out', files, false); } catch (e) { if (e instanceof OutputExistsError) console.error('rerun with --force'); }
 */
export class OutputExistsError extends Error {
  constructor(readonly paths: readonly string[]) {
    super(
      `${paths.join(', ')} ${paths.length === 1 ? 'exists' : 'exist'}: use --force to replace ${paths.length === 1 ? 'it' : 'them'}`,
    );
    this.name = 'OutputExistsError';
  }
}

export interface OutputFile {
  readonly name: string;
  readonly content: string | Buffer;
}

/** The file operations the writer uses; tests pass one that fails or stops half-way. */
export type FileSystem = JournalFileSystem & Pick<typeof nodeFs, 'mkdirSync' | 'linkSync' | 'copyFileSync'>;

/**
 * Writes files into a folder as one set. Each is written to a hidden temporary file beside its target and flushed;
 * each output it replaces gets a hidden hard-linked copy; a journal (output-journal.ts) records the set; the
 * temporaries are renamed onto their targets; the copies and the journal go. An error half-way puts every earlier
 * output back, byte for byte, and leaves no temporary file. A crash leaves the old set (before the journal) or a
 * journal that the next run on the folder carries forward onto the new set before it writes anything.
 * Refuses to replace an existing file unless `force`.
 *
 * @example
 * writeFilesAtomically('out', [{ name: 'summary.csv', content: summaryCsv(comparison) }], false); // ['out/summary.csv']
 */
export function writeFilesAtomically(
  directory: string,
  files: readonly OutputFile[],
  force: boolean,
  fs: FileSystem = nodeFs,
): string[] {
  fs.mkdirSync(directory, { recursive: true });
  // Under the folder's lock: a second run on the same folder waits its turn or stops, and cannot slip its files in.
  return withOutputLock(directory, () => {
    recoverOutputs(directory, fs);
    return placeFiles(directory, files, force, fs);
  });
}

/** The targets that exist, after refusing any held by something other than a regular file or not to be replaced. */
function checkTargets(targets: readonly string[], force: boolean, fs: FileSystem): string[] {
  // An output name held by a device, a link (dangling or not), a folder... is never written through or replaced.
  const odd = targets.flatMap((t) => {
    const stats = nodeFs.lstatSync(t, { throwIfNoEntry: false });
    return stats && !stats.isFile()
      ? [
          {
            file: t,
            column: 'output',
            value: stats.isSymbolicLink() ? 'a symbolic link' : stats.isDirectory() ? 'a folder' : 'not a regular file',
            expected: 'a regular file, or nothing, at this output name (--force replaces only regular files)',
          },
        ]
      : [];
  });
  if (odd.length > 0) throw new InputError(odd);
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length > 0 && !force) throw new OutputExistsError(existing);
  return existing;
}

/** A hidden copy of an output about to be replaced: a hard link where the file system has them, else a copy. */
function keepCopy(directory: string, target: string, fs: FileSystem): string {
  const backup = temporaryName(target.slice(directory.length + 1), 'old');
  try {
    fs.linkSync(target, join(directory, backup));
  } catch {
    fs.copyFileSync(target, join(directory, backup));
  }
  return backup;
}

/**
 * Renames finished temporary files onto their targets as one set, under a journal: an error half-way puts every
 * earlier output back and removes the temporaries; a crash is carried forward by the next run (recoverOutputs).
 */
function swapIntoPlace(
  directory: string,
  pairs: readonly { temporary: string; target: string }[],
  existing: readonly string[],
  fs: FileSystem,
): string[] {
  const name = (path: string) => path.slice(directory.length + 1);
  const backups: string[] = [];
  let journal: OutputJournal | undefined;
  try {
    const files = pairs.map(({ temporary, target }) => {
      const backup = existing.includes(target) ? keepCopy(directory, target, fs) : null;
      if (backup !== null) backups.push(backup);
      return { target: name(target), temporary: name(temporary), backup };
    });
    writeJournal(directory, { state: 'commit', files }, fs);
    journal = { state: 'commit', files };
    for (const { temporary, target } of pairs) fs.renameSync(temporary, target);
    flush(directory, fs);
  } catch (error) {
    if (journal) {
      writeJournal(directory, { ...journal, state: 'rollback' }, fs);
      carryOut(directory, { ...journal, state: 'rollback' }, fs);
    } else {
      for (const backup of backups) fs.rmSync(join(directory, backup), { force: true });
      for (const { temporary } of pairs) fs.rmSync(temporary, { force: true });
    }
    throw error;
  }
  for (const backup of backups) fs.rmSync(join(directory, backup), { force: true });
  removeJournal(directory, fs);
  return pairs.map((p) => p.target);
}

/**
 * Moves temporary files that a streaming writer finished (a sweep's CSV and workbook) onto their targets in one
 * folder, together or not at all, under the folder's lock.
 */
export function placeTemporaries(
  directory: string,
  pairs: readonly { temporary: string; target: string }[],
  force: boolean,
  fs: FileSystem = nodeFs,
): string[] {
  return withOutputLock(directory, () => {
    recoverOutputs(directory, fs);
    return swapIntoPlace(
      directory,
      pairs,
      checkTargets(
        pairs.map((p) => p.target),
        force,
        fs,
      ),
      fs,
    );
  });
}

/** The promise-based file operations the parallel writer uses: node's fs.promises, or a test's stand-in. */
export type ParallelFileSystem = FileSystem & { readonly promises: Pick<typeof nodeFs.promises, 'open'> };

/**
 * writeFilesAtomically with the temporary files written and flushed side by side in the platform's thread pool: a
 * flush waits for the disk, and thirty of them one after another took a few tenths of a second (issue 16). The
 * same set of files, put in place under the same lock and journal, with the same refusal to replace without `force`
 * and the same clean-up when a write fails.
 *
 * @example
 * await writeFilesInParallel('out', files, true); // ['out/comparison.xlsx', ...]
 */
export async function writeFilesInParallel(
  directory: string,
  files: readonly OutputFile[],
  force: boolean,
  fs: ParallelFileSystem = nodeFs,
): Promise<string[]> {
  fs.mkdirSync(directory, { recursive: true });
  const release = takeOutputLock(directory);
  try {
    recoverOutputs(directory, fs);
    const targets = files.map((f) => join(directory, f.name));
    const existing = checkTargets(targets, force, fs);
    const temporaries = files.map((file) => join(directory, temporaryName(file.name, 'tmp')));
    const written = await Promise.allSettled(files.map((file, i) => writeFlushed(fs, temporaries[i]!, file.content)));
    const failed = written.find((w): w is PromiseRejectedResult => w.status === 'rejected');
    if (failed) {
      for (const temporary of temporaries) fs.rmSync(temporary, { force: true });
      throw failed.reason;
    }
    return swapIntoPlace(
      directory,
      temporaries.map((temporary, i) => ({ temporary, target: targets[i]! })),
      existing,
      fs,
    );
  } finally {
    release();
  }
}

/** A new file written and flushed to the disk (a name already taken is an error). */
async function writeFlushed(fs: ParallelFileSystem, path: string, content: string | Buffer): Promise<void> {
  const handle = await fs.promises.open(path, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function placeFiles(directory: string, files: readonly OutputFile[], force: boolean, fs: FileSystem): string[] {
  const targets = files.map((f) => join(directory, f.name));
  const existing = checkTargets(targets, force, fs);
  const temporaries: string[] = [];
  try {
    files.forEach((file) => {
      const temporary = join(directory, temporaryName(file.name, 'tmp'));
      temporaries.push(temporary);
      fs.writeFileSync(temporary, file.content, { flag: 'wx' });
      flush(temporary, fs);
    });
  } catch (error) {
    for (const temporary of temporaries) fs.rmSync(temporary, { force: true });
    throw error;
  }
  return swapIntoPlace(
    directory,
    temporaries.map((temporary, i) => ({ temporary, target: targets[i]! })),
    existing,
    fs,
  );
}
