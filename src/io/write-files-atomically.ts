import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Writes files into a folder all or nothing: each to a temporary file beside its target, then renamed
 * into place once every one is written. Refuses to replace an existing file unless `force`.
 */
export function writeFilesAtomically(directory: string, files: readonly OutputFile[], force: boolean): string[] {
  const targets = files.map((f) => join(directory, f.name));
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !force) throw new OutputExistsError(existing);
  mkdirSync(directory, { recursive: true });
  const temporaries: string[] = [];
  try {
    files.forEach((file, i) => {
      const temporary = join(directory, `.${file.name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      temporaries.push(temporary);
      writeFileSync(temporary, file.content, { flag: 'wx' });
    });
    temporaries.forEach((temporary, i) => renameSync(temporary, targets[i]!));
  } catch (error) {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    throw error;
  }
  return targets;
}
