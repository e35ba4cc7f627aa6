import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRefused, readBoundedFile } from '../src/io/read-bounded-file.js';
import { zipLimitProblem } from '../src/io/zip-limits.js';
import { writeZip } from '../src/output/zip-archive.js';
import { CLI, runCli, temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

// Issue 15, "Bounded resources": a file is read with its limit enforced while reading, and anything that is not a
// regular file is refused (a template linked to /dev/zero grew to 20 GB of memory; a named pipe hung).
const templatesWith = (file: string, link: (path: string) => void) => {
  const dir = temporaryDirectory();
  cpSync(join(import.meta.dirname, '..', 'templates'), dir, { recursive: true });
  link(join(dir, file));
  return dir;
};
const replaceBy = (target: string) => (path: string) => {
  spawnSync('rm', ['-f', path]);
  symlinkSync(target, path);
};

describe('reading only regular files, no more than their limit', () => {
  it(
    'a template linked to /dev/zero or /dev/urandom is refused at once, exit 2, nothing written',
    () => {
      for (const device of ['/dev/zero', '/dev/urandom']) {
        const dir = templatesWith('scenario.csv', replaceBy(device));
        const out = join(dir, 'out');
        const run = runCli(['size', '--templates', dir, '--out', out]);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toContain('it is a character device, not a regular file');
        expect(run.stderr).not.toMatch(/\n\s+at /);
        expect(spawnSync('test', ['-e', out]).status).not.toBe(0);
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a named pipe as a template is refused without waiting for a writer',
    async () => {
      const dir = templatesWith('mailbox-tiers.csv', (path) => {
        spawnSync('rm', ['-f', path]);
        spawnSync('mkfifo', [path]);
      });
      const child = spawn(process.execPath, [CLI, 'validate', '--templates', dir]);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 60_000);
        child.on('exit', (code) => {
          clearTimeout(timer);
          resolve(code);
        });
      });
      expect(status, 'validate must not hang on a named pipe').toBe(2);
      expect(stderr).toContain('it is a named pipe, not a regular file');
    },
    PROCESS_TIMEOUT,
  );

  it(
    '--prices /dev/zero and --hosts /dev/zero are refused the same way',
    () => {
      const prices = runCli(['size', '--prices', '/dev/zero', '--out', join(temporaryDirectory(), 'out')]);
      expect(prices.status, prices.stderr).toBe(2);
      expect(prices.stderr).toContain('it is a character device, not a regular file');
      const hosts = runCli(['recommend', '--require', 'host-failure', '--hosts', '/dev/zero', '--top', '1']);
      expect(hosts.status, hosts.stderr).toBe(2);
      expect(hosts.stderr).toContain('it is a character device, not a regular file');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a template over 1 MiB is refused from its size, before it is read',
    () => {
      const dir = templatesWith('workloads.csv', (path) => writeFileSync(path, 'x'.repeat(2 * 1024 * 1024)));
      const run = runCli(['validate', '--templates', dir]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`it has ${2 * 1024 * 1024} bytes, more than the 1048576 allowed`);
    },
    PROCESS_TIMEOUT,
  );

  it('readBoundedFile stops one byte past its limit, whatever the file says of its size', () => {
    expect(() => readBoundedFile('/dev/zero', 10)).toThrow(FileRefused);
    const path = join(temporaryDirectory(), 'small.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    expect(readBoundedFile(path, 8).toString()).toBe('a,b\n1,2\n');
    expect(() => readBoundedFile(path, 7)).toThrow('more than the 7 allowed');
    expect(() => readBoundedFile(join(temporaryDirectory(), 'none.csv'), 7)).toThrow('there is none');
  });
});

describe('counts with upper limits, as data', () => {
  it(
    'sweep --workers at most the cores of the machine; a host catalogue at most 1,000 rows',
    () => {
      const cores = availableParallelism();
      const workers = runCli([
        'sweep',
        '--vary',
        'mailboxes=1000..2000/1000',
        '--workers',
        String(cores + 1),
        '--out',
        join(temporaryDirectory(), 'sweep.csv'),
      ]);
      expect(workers.status).toBe(2);
      expect(workers.stderr).toContain(
        `--workers = "${cores + 1}": expected a whole number of worker threads from 1 to ${cores}`,
      );
      const catalog = readFileSync(join(import.meta.dirname, '..', 'data', 'host-catalog.csv'), 'utf8').split('\n');
      const rows = catalog.slice(1).filter((line) => line.trim() !== '');
      const path = join(temporaryDirectory(), 'hosts.csv');
      writeFileSync(
        path,
        `${[
          catalog[0],
          ...Array.from({ length: 1001 }, (_, i) => rows[i % rows.length]!.replace(/^[^,]*/, `host-${i}`)),
        ].join('\n')}\n`,
      );
      const hosts = runCli(['recommend', '--require', 'host-failure', '--hosts', path, '--top', '1']);
      expect(hosts.status, hosts.stderr).toBe(2);
      expect(hosts.stderr).toContain('"1001 rows": expected at most 1000 rows (data/constants.csv list_rows_max)');
    },
    PROCESS_TIMEOUT,
  );
});

describe('an .xlsx is measured before it is expanded', () => {
  const limits = { parts: 1000, uncompressedBytes: 64 * 1024 * 1024 };
  it(
    'a small file that declares gigabytes (a zip bomb) is refused from its central directory',
    () => {
      // 100 MB of zeros deflate to about 100 KB: a part larger than the 64 MiB allowed.
      const bomb = writeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100 * 1024 * 1024) }]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      expect(zipLimitProblem(bomb, limits)).toBe('its parts expand to more than the 67108864 bytes allowed');
      const dir = temporaryDirectory();
      const path = join(dir, 'bomb.xlsx');
      writeFileSync(path, bomb);
      const run = runCli(['size', '--templates', path, '--out', join(dir, 'out')]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('its parts expand to more than the 67108864 bytes allowed');
    },
    PROCESS_TIMEOUT,
  );
  it(
    'too many parts, a damaged or missing central directory, and a link to /dev/zero are refused',
    () => {
      const many = writeZip(Array.from({ length: 1001 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('x') })));
      expect(zipLimitProblem(many, limits)).toBe('it has 1001 parts, more than the 1000 allowed');
      expect(zipLimitProblem(Buffer.from('not a zip at all, just text'), limits)).toBe(
        'it is not a zip archive (no central directory)',
      );
      const dir = temporaryDirectory();
      symlinkSync('/dev/zero', join(dir, 'zero.xlsx'));
      const run = runCli(['init', '--from', join(dir, 'zero.xlsx'), join(dir, 'templates')]);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('it is a character device, not a regular file');
    },
    PROCESS_TIMEOUT,
  );
  it(
    'the workbook this tool writes is well within the limits',
    () => {
      const dir = temporaryDirectory();
      expect(runCli(['size', '--out', dir, '--force', '--format', 'xlsx']).status).toBe(0);
      expect(zipLimitProblem(readFileSync(join(dir, 'comparison.xlsx')), limits)).toBeUndefined();
    },
    PROCESS_TIMEOUT,
  );
});

describe('two runs on one --out cannot interleave (issue 15)', () => {
  it(
    'a folder locked by a live run is refused with a clear message; a lock left by a dead run is taken over',
    () => {
      const dir = temporaryDirectory();
      // This test's own process is alive: its lock stands.
      writeFileSync(join(dir, '.exchange-sizer.lock'), String(process.pid));
      const busy = runCli(['size', '--out', dir, '--force']);
      expect(busy.status).toBe(1);
      expect(busy.stderr).toContain(`is being written by another exchange-sizer run (process ${process.pid})`);
      expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim()).toBe('.exchange-sizer.lock');
      // A process id no process has (above the kernel's pid_max): the run that left it is gone.
      writeFileSync(join(dir, '.exchange-sizer.lock'), '99999999');
      const run = runCli(['size', '--out', dir, '--force']);
      expect(run.status, run.stderr).toBe(0);
      const listed = spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim().split('\n');
      // The deployable plan's files (format layout) aside: test/layout-exports.test.ts checks them.
      expect(
        listed
          .filter((name) => !/-(Servers|MailboxDatabases|MailboxDatabaseCopies|DrsRules)\.csv$|\.ps1$/.test(name))
          .sort(),
      ).toEqual(['comparison.json', 'comparison.xlsx', 'details.csv', 'summary.csv']);
    },
    PROCESS_TIMEOUT,
  );
});

describe('output names that are not regular files are refused, --force or not (issue 15)', () => {
  it(
    'a dangling link, a link to a device and a folder where an output goes',
    () => {
      for (const [what, make] of [
        ['a symbolic link', (path: string) => symlinkSync('/tmp/nowhere-at-all', path)],
        ['a symbolic link', (path: string) => symlinkSync('/dev/null', path)],
        ['a folder', (path: string) => spawnSync('mkdir', [path])],
      ] as const) {
        const dir = temporaryDirectory();
        make(join(dir, 'summary.csv'));
        const run = runCli(['size', '--out', dir, '--force']);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toContain(
          `summary.csv: output = "${what}": expected a regular file, or nothing, at this output name`,
        );
        expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.trim()).toBe('summary.csv');
      }
    },
    PROCESS_TIMEOUT,
  );
});
