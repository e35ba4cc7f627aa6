import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageTemplatesDirectory, readTemplates } from '../src/io/read-templates.js';
import { CLI, runInProcess, temporaryDirectory } from './cli.js';
import { reference } from './reference.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

const CORPUS = join(import.meta.dirname, 'fixtures', 'bad-templates');
const cases = readdirSync(CORPUS).sort();

/** The shipped templates with a case's files laid over them, and an output folder holding an earlier output. */
function prepare(files: Record<string, Buffer | string>): string {
  const dir = temporaryDirectory('sizer-bad-');
  for (const name of readdirSync(packageTemplatesDirectory))
    copyFileSync(join(packageTemplatesDirectory, name), join(dir, name));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'out'));
  writeFileSync(join(dir, 'out', 'summary.csv'), 'an earlier output\n');
  return dir;
}

/** `exchange-sizer size --templates . --out out --force` in the case's folder, in this process (see runInProcess). */
async function sizeInProcess(dir: string): Promise<{ status: number | null; stderr: string }> {
  const { size } = await import('../src/cli/commands/size.js');
  return runInProcess(() => size({ templates: '.', out: 'out', force: true }), dir);
}

/** The same command as a person runs it: a process of its own. */
function run(dir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'size', '--templates', '.', '--out', 'out', '--force'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function expectRejected(
  dir: string,
  result: { status: number | null; stderr: string },
  expected?: readonly string[],
): void {
  expect(result.status, result.stderr).toBe(2);
  const [headline, ...issues] = result.stderr.trimEnd().split('\n');
  expect(headline).toMatch(/^error: (a problem|\d+ problems) with the input:$/);
  expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  for (const issue of issues) expect(issue).toMatch(/^ {2}[\w.-]+\.csv(:\d+)?: .+ = ".*": expected .+/);
  if (expected) expect(issues.map((i) => i.trim())).toEqual(expected);
  expect(readdirSync(join(dir, 'out'))).toEqual(['summary.csv']);
  expect(readFileSync(join(dir, 'out', 'summary.csv'), 'utf8')).toBe('an earlier output\n');
}

describe('a corpus of bad templates: exit 2, one message per problem, nothing written', () => {
  it(`holds at least 60 cases (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(60));

  // In this process, one case after the other (95 processes took over a minute and a half of CPU); the tests below, and
  // cli.test.ts, start the real CLI for its exit code 2 and its stderr.
  it(
    'every case gives exactly its expected messages, no stack trace, and leaves the outputs alone',
    async () => {
      const failures: string[] = [];
      for (const name of cases) {
        const files = Object.fromEntries(
          readdirSync(join(CORPUS, name))
            .filter((f) => f.endsWith('.csv'))
            .map((f) => [f, readFileSync(join(CORPUS, name, f))]),
        );
        const expected = readFileSync(join(CORPUS, name, 'expected.txt'), 'utf8')
          .trimEnd()
          .split('\n');
        const dir = prepare(files);
        try {
          expectRejected(dir, await sizeInProcess(dir), expected);
        } catch (error) {
          failures.push(`${name}: ${(error as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    },
    PROCESS_TIMEOUT,
  );

  it('a template over the size limit (1 MiB) is refused before it is parsed', {
    timeout: PROCESS_TIMEOUT,
  }, async () => {
    const workloads = `workload,vms,vcpu,ram_gb\n${'File server,1,1,4\n'.repeat(70_000)}`;
    const dir = prepare({ 'workloads.csv': workloads });
    const result = await run(dir);
    expectRejected(dir, result, [
      `workloads.csv: (file) = "": expected a template file of at most 1048576 bytes (1 MiB) here: it has ${Buffer.byteLength(workloads)} bytes, more than the 1048576 allowed`,
    ]);
  });

  it('a missing template is named, with no line and no errno jargon', { timeout: PROCESS_TIMEOUT }, async () => {
    const dir = prepare({});
    rmSync(join(dir, 'prices.csv'));
    expectRejected(dir, await run(dir), [
      'prices.csv: (file) = "": expected a template file of at most 1048576 bytes (1 MiB) here: there is none (exchange-sizer init writes all four)',
    ]);
  });
});

describe('Windows-1252 text is decoded through a table', () => {
  it('a tier saved by Excel in Windows-1252 keeps its name', () => {
    // "Büro €" in Windows-1252: ü is 0xFC, € is 0x80 (not valid UTF-8, so the table decodes it).
    const tiers = readFileSync(join(packageTemplatesDirectory, 'mailbox-tiers.csv'), 'latin1').replace(
      'Staff,',
      'B\u00fcro \u0080,',
    );
    const dir = prepare({ 'mailbox-tiers.csv': Buffer.from(tiers, 'latin1') });
    expect(readTemplates(reference, dir).tiers[0]!.tier).toBe('B\u00fcro \u20ac');
  });
});
