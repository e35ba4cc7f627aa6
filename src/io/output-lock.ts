import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Another run holds the output folder: this one stops rather than interleave its files with the other's. */
export class OutputBusyError extends Error {
  constructor(
    readonly directory: string,
    readonly pid: number,
  ) {
    super(
      `${directory} is being written by another exchange-sizer run (process ${pid}): wait for it to finish, or use another --out`,
    );
    this.name = 'OutputBusyError';
  }
}

const LOCK = '.exchange-sizer.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `write` holding a lock file in the output folder (its owner's process id inside), so that two runs on one
 * folder cannot interleave and the no-overwrite check holds under the lock. A lock whose process is gone (a run
 * that crashed) is taken over.
 *
 * @example
 * withOutputLock('out', () => writeFilesAtomically('out', files, false));
 */
export function withOutputLock<T>(directory: string, write: () => T): T {
  const release = takeOutputLock(directory);
  try {
    return write();
  } finally {
    release();
  }
}

/**
 * Takes the output folder's lock as withOutputLock does, for a writer that goes on after an await: the function it
 * returns gives the lock back.
 *
 * @example
 * const release = takeOutputLock('out');
 * try { await writeTheFiles(); } finally { release(); }
 */
export function takeOutputLock(directory: string): () => void {
  const lock = join(directory, LOCK);
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner))
        throw new OutputBusyError(directory, owner);
      rmSync(lock, { force: true }); // stale: its run is gone
    }
  }
  return () => rmSync(lock, { force: true });
}
