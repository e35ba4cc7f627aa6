import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built CLI (npm test builds first), as a person runs it. */
export const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

export function runCli(args: readonly string[], cwd?: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const temporaryDirectory = (prefix = 'sizer-') => mkdtempSync(join(tmpdir(), prefix));
