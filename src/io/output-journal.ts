import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { join } from 'node:path';

/**
 * The journal of an output set being put in place: which finished temporary file goes onto which output, and the
 * hard-linked copy of the output it replaces. Written (atomically) before the first output is replaced, removed
 * after the last: while it exists the set is being replaced, and a run that finds it (its writer crashed) finishes
 * the job first. `commit`: every temporary still there goes onto its output. `rollback` (an error half-way): every
 * output goes back to its copy, and an output that did not exist before goes again.
 */
export interface OutputJournal {
  readonly state: 'commit' | 'rollback';
  readonly files: readonly { readonly target: string; readonly temporary: string; readonly backup: string | null }[];
}

/** The file operations the journal uses; tests pass one that fails or stops half-way. */
export type JournalFileSystem = Pick<
  typeof nodeFs,
  | 'existsSync'
  | 'writeFileSync'
  | 'renameSync'
  | 'rmSync'
  | 'readFileSync'
  | 'readdirSync'
  | 'openSync'
  | 'fsyncSync'
  | 'closeSync'
>;

export const JOURNAL = '.exchange-sizer.journal';

/** Flushes a file or folder to the disk, where the platform lets a folder be opened (not on Windows). */
export function flush(path: string, fs: JournalFileSystem): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path, 'r');
    fs.fsyncSync(fd);
  } catch {
    // A folder cannot be opened for fsync on every platform; the rename order still holds.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes the journal in one step: a temporary, flushed, renamed onto the journal's name. */
export function writeJournal(directory: string, journal: OutputJournal, fs: JournalFileSystem): void {
  const temporary = join(directory, `${JOURNAL}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, `${JSON.stringify(journal)}\n`);
    flush(temporary, fs);
    fs.renameSync(temporary, join(directory, JOURNAL));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  flush(directory, fs);
}

export function removeJournal(directory: string, fs: JournalFileSystem): void {
  fs.rmSync(join(directory, JOURNAL), { force: true });
  flush(directory, fs);
}

/** Carries a journal out: forward onto the new set (`commit`), or back to the old (`rollback`); then removes it. */
export function carryOut(directory: string, journal: OutputJournal, fs: JournalFileSystem): void {
  const at = (name: string) => join(directory, name);
  for (const { target, temporary, backup } of journal.files) {
    if (journal.state === 'commit') {
      if (fs.existsSync(at(temporary))) fs.renameSync(at(temporary), at(target));
    } else if (backup !== null && fs.existsSync(at(backup))) {
      fs.renameSync(at(backup), at(target));
    } else if (backup === null && !fs.existsSync(at(temporary))) {
      // Placed before the error, and no earlier output of that name: it goes.
      fs.rmSync(at(target), { force: true });
    }
  }
  for (const { temporary, backup } of journal.files) {
    fs.rmSync(at(temporary), { force: true });
    if (backup !== null) fs.rmSync(at(backup), { force: true });
  }
  removeJournal(directory, fs);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Names of this tool's temporary files: `.<output>.<pid>[.<hex>].exchange-sizer.<purpose>`, the journal's own. */
export const temporaryName = (output: string, purpose: 'tmp' | 'old' | 'tmp.xlsx', unique = true) =>
  `.${output}.${process.pid}${unique ? `.${randomBytes(4).toString('hex')}` : ''}.exchange-sizer.${purpose}`;
const LEFTOVER =
  /^\..+\.(\d+)(?:\.[0-9a-f]{8})?\.exchange-sizer\.(?:tmp|old|tmp\.xlsx)$|^\.exchange-sizer\.journal\.(\d+)\.tmp$/;

/**
 * What a crashed run left in an output folder, put right before anything else is written there (under the
 * folder's lock): a journal is carried out, and temporary files of runs that are gone are removed.
 */
export function recoverOutputs(directory: string, fs: JournalFileSystem = nodeFs): void {
  if (fs.existsSync(join(directory, JOURNAL))) {
    let journal: OutputJournal | undefined;
    try {
      journal = JSON.parse(String(fs.readFileSync(join(directory, JOURNAL), 'utf8'))) as OutputJournal;
    } catch {
      journal = undefined; // torn: never, as it is renamed into place whole; then there is nothing to carry out
    }
    if (journal && Array.isArray(journal.files)) carryOut(directory, journal, fs);
    else removeJournal(directory, fs);
  }
  for (const name of fs.readdirSync(directory)) {
    const match = LEFTOVER.exec(name);
    if (match && !alive(Number(match[1] ?? match[2]))) fs.rmSync(join(directory, name), { force: true });
  }
}
