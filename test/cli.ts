import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';

/** The built CLI (npm test builds first), as a person runs it. */
export const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');

export function runCli(args: readonly string[], cwd?: string): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export const temporaryDirectory = (prefix = 'sizer-') => mkdtempSync(join(tmpdir(), prefix));

/**
 * The shipped templates in a new folder named `templates`, as `exchange-sizer init` writes them (it copies the four
 * files byte for byte; cli.test.ts runs init itself), without starting a process for it.
 */
export function shippedTemplates(): string {
  const dir = join(temporaryDirectory(), 'templates');
  cpSync(packageTemplatesDirectory, dir, { recursive: true });
  return dir;
}

/**
 * A command of the CLI run in this test process, as src/cli/main.ts runs it after parsing its arguments: what it
 * writes to stdout and stderr, and the exit code it sets. For tests that check many inputs through one command
 * (a process start for each would cost a second or more); a few tests of each command still start the real CLI
 * for its exit codes and streams. Runs in `cwd` (vitest's forks pool lets a test file change its directory).
 */
export async function runInProcess(
  command: () => Promise<void>,
  cwd = process.cwd(),
): Promise<{ status: number; stdout: string; stderr: string }> {
  const { runCommand } = await import('../src/cli/run-command.js');
  const streams = { stdout: '', stderr: '' };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture = (name: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array) => {
      streams[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      return true;
    }) as typeof process.stdout.write;
  const directory = process.cwd();
  process.chdir(cwd);
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    await runCommand(command);
    return { status: Number(process.exitCode ?? 0), ...streams };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    process.exitCode = undefined;
    process.chdir(directory);
  }
}
