import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './cli.js';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };

/** The commands the program lists in its --help, so a command added later is held to the same conventions. */
function commandNames(): string[] {
  const help = runCli(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

describe('the CLI follows the conventions its users know', () => {
  it('--version prints the package version', () => {
    for (const flag of ['--version', '-V']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout.trim()).toBe(packageJson.version);
    }
  }, 60_000);

  it('every --help ends with examples of that command', () => {
    const names = commandNames();
    expect(names).toEqual(expect.arrayContaining(['init', 'size', 'sweep', 'recommend', 'validate', 'options', 'explain']));
    for (const command of [[], ...names.map((n) => [n])]) {
      const run = runCli([...command, '--help']);
      expect(run.status, command.join(' ')).toBe(0);
      const examples = run.stdout.slice(run.stdout.indexOf('\nExamples:\n'));
      expect(examples, `${command.join(' ') || 'exchange-sizer'} --help`).toMatch(new RegExp(`^Examples:\\n {2}\\$ exchange-sizer ${command[0] ?? ''}`, 'm'));
    }
  }, 60_000);

  it('a reader that closes the pipe early (| head) ends the run quietly, without a stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'options'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the first write: the write fails with EPIPE
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 60_000);
});
