import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recoverOutputs } from '../src/io/output-journal.js';
import { withOutputLock } from '../src/io/output-lock.js';
import { temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

// Issue 15, "Output sets that survive crashes": a child process writes a new set of outputs over an old one and
// kills itself (SIGKILL, no clean-up of any kind) just before its n-th file operation, for every n until it gets
// through. After each crash the folder must hold the old set, or a journal that the next run carries forward; and
// after the next run, exactly the old set or exactly the new one, with nothing hidden left behind.
const WRITER = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'io', 'write-files-atomically.js')).href;

const OLD = {
  'comparison.xlsx': 'old workbook',
  'summary.csv': 'old summary\r\n',
  'details.csv': 'old details\r\n',
  'comparison.json': '{"old":true}\n',
};
const NEW = {
  'comparison.xlsx': 'new workbook',
  'summary.csv': 'new summary\r\n',
  'details.csv': 'new details\r\n',
  'comparison.json': '{"new":true}\n',
};

/** A child that writes NEW over the folder's outputs and SIGKILLs itself before file operation `crashAt` (0: never). */
const child = (dir: string, crashAt: number) => `
import * as fs from 'node:fs';
import { writeFilesAtomically } from ${JSON.stringify(WRITER)};
let calls = 0;
const stop = (name) => (...args) => {
  if (++calls === ${crashAt}) process.kill(process.pid, 'SIGKILL');
  return fs[name](...args);
};
const crashing = { ...fs };
for (const name of ['writeFileSync', 'renameSync', 'rmSync', 'linkSync', 'copyFileSync', 'fsyncSync']) crashing[name] = stop(name);
writeFilesAtomically(${JSON.stringify(dir)}, ${JSON.stringify(Object.entries(NEW).map(([name, content]) => ({ name, content })))}, true, crashing);
`;

const visible = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .sort()
      .map((n) => [n, fs.readFileSync(join(dir, n), 'utf8')]),
  );
const sorted = (set: Record<string, string>) =>
  Object.fromEntries(Object.entries(set).sort(([a], [b]) => a.localeCompare(b)));

describe('an output set survives a crash at any step (issue 15)', () => {
  it(
    'a SIGKILL before each file operation leaves the old set or a journal, and the next run makes it one whole set',
    () => {
      const outcomes: string[] = [];
      for (let crashAt = 1; crashAt < 100; crashAt++) {
        const dir = temporaryDirectory('sizer-crash-');
        for (const [name, content] of Object.entries(OLD)) fs.writeFileSync(join(dir, name), content);
        const run = spawnSync(process.execPath, ['--input-type=module', '-e', child(dir, crashAt)], {
          encoding: 'utf8',
        });
        if (run.signal !== 'SIGKILL') {
          // Got through: that is the new set, whole, and nothing else.
          expect(run.status, run.stderr).toBe(0);
          expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(NEW).sort());
          expect(visible(dir)).toEqual(sorted(NEW));
          expect(crashAt, 'every step was tried').toBeGreaterThan(10);
          break;
        }
        const journal = fs.existsSync(join(dir, '.exchange-sizer.journal'));
        // Without a journal the outputs are one whole set, old or new; a mix only ever stands beside a journal.
        if (!journal) expect([sorted(OLD), sorted(NEW)], `crash at ${crashAt}`).toContainEqual(visible(dir));
        withOutputLock(dir, () => recoverOutputs(dir)); // what the next run on the folder does first: take the stale lock, recover
        const after = visible(dir);
        const whole =
          JSON.stringify(after) === JSON.stringify(sorted(OLD))
            ? 'old'
            : JSON.stringify(after) === JSON.stringify(sorted(NEW))
              ? 'new'
              : 'mixed';
        expect(whole, `crash at ${crashAt}: ${JSON.stringify(after)}`).not.toBe('mixed');
        expect(
          fs.readdirSync(dir).filter((n) => n.startsWith('.')),
          `crash at ${crashAt}`,
        ).toEqual([]);
        outcomes.push(`${crashAt}:${journal ? 'journal' : 'old'}->${whole}`);
      }
      // Both outcomes occur: crashes before the journal keep the old set, crashes after it finish the new one.
      expect(outcomes.some((o) => o.endsWith('old->old'))).toBe(true);
      expect(outcomes.some((o) => o.endsWith('journal->new'))).toBe(true);
    },
    2 * PROCESS_TIMEOUT,
  ); // about 15 processes, one after the other

  it('temporary files of another run that is still going are left alone', () => {
    const dir = temporaryDirectory('sizer-crash-');
    const mine = `.summary.csv.${process.pid}.exchange-sizer.tmp`;
    const gone = '.summary.csv.999999999.exchange-sizer.tmp';
    fs.writeFileSync(join(dir, mine), 'streaming');
    fs.writeFileSync(join(dir, gone), 'left by a crash');
    fs.writeFileSync(join(dir, '.notes.1.tmp'), 'not ours');
    recoverOutputs(dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['.notes.1.tmp', mine].sort());
  });
});
