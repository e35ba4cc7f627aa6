import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, shippedTemplates, temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

/** The shipped templates in a new folder, with `edit` applied to scenario.csv. */
function templates(edit: (scenario: string) => string = (s) => s): string {
  const dir = shippedTemplates();
  writeFileSync(join(dir, 'scenario.csv'), edit(readFileSync(join(dir, 'scenario.csv'), 'utf8')));
  return dir;
}
const jbod = (scenario: string) => scenario.replace(/^raid_level,RAID10,/m, 'raid_level,JBOD,');

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};

/** The commands the program lists in its --help, so a command added later is held to the same conventions. */
function commandNames(): string[] {
  const help = runCli(['--help']).stdout;
  const section = help.slice(help.indexOf('Commands:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!).filter((name) => name !== 'help');
}

describe('the CLI follows the conventions its users know', () => {
  it(
    '--version prints the package version',
    () => {
      for (const flag of ['--version', '-V']) {
        const run = runCli([flag]);
        expect(run.status).toBe(0);
        expect(run.stdout.trim()).toBe(packageJson.version);
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    'every --help works (exit 0, its usage) and ends with examples of that command',
    () => {
      const names = commandNames();
      expect(names).toEqual(
        expect.arrayContaining(['init', 'size', 'sweep', 'recommend', 'validate', 'options', 'explain']),
      );
      for (const command of [[], ...names.map((n) => [n])]) {
        const run = runCli([...command, '--help']);
        expect(run.status, command.join(' ')).toBe(0);
        expect(run.stdout, command.join(' ')).toContain('Usage: exchange-sizer');
        const examples = run.stdout.slice(run.stdout.indexOf('\nExamples:\n'));
        expect(examples, `${command.join(' ') || 'exchange-sizer'} --help`).toMatch(
          new RegExp(`^Examples:\\n {2}\\$ exchange-sizer ${command[0] ?? ''}`, 'm'),
        );
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    'a reader that closes the pipe early (| head) ends the run quietly, without a stack trace',
    async () => {
      const child = spawn(process.execPath, [CLI, 'options'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy(); // closed before the first write: the write fails with EPIPE
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      expect(stderr).toBe('');
      expect(status).toBe(0);
    },
    PROCESS_TIMEOUT,
  );
});

describe('size: stdout for results, stderr for warnings', () => {
  it(
    'warnings go to stderr; the summary on stdout fits 80 columns and marks the options whose design is not valid',
    () => {
      const out = join(temporaryDirectory(), 'out');
      const run = runCli(['size', '--templates', templates(jbod), '--out', out, '--format', 'csv']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /^warning: standalone-ha \(design not valid\): JBOD storage is supported only with 3 or more database copies \[S7\]/m,
      );
      expect(run.stdout).not.toMatch(/^warning:/m);
      expect(run.stdout).toMatch(/^standalone-ha +[\d,.]+ ! +[\d,.]+ ! +[\d.]+ ! +NO$/m);
      expect(run.stdout).toMatch(/^dag +[\d,.]+ +[\d,.]+ +[\d.]+ +yes$/m);
      const table = run.stdout.slice(0, run.stdout.indexOf('\nwrote '));
      for (const line of table.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    },
    PROCESS_TIMEOUT,
  );

  it(
    '--json writes the comparison JSON to stdout and nothing else; files only with an explicit --out',
    () => {
      const cwd = temporaryDirectory();
      const run = spawnSync(process.execPath, [CLI, 'size', '--json', '--options', 'dag'], { cwd, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const json = JSON.parse(run.stdout) as { schemaVersion: number; options: { id: string; valid: boolean }[] };
      expect(json.schemaVersion).toBe(3);
      expect(json.options.map((o) => o.id)).toEqual(['dag']);
      expect(readdirSync(cwd)).toEqual([]);
      const out = join(temporaryDirectory(), 'out');
      const both = runCli(['size', '--json', '--out', out, '--format', 'json,csv']);
      expect(both.status, both.stderr).toBe(0);
      expect(JSON.parse(both.stdout)).toEqual(JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')));
      expect(both.stderr).toContain('wrote ');
      expect(readdirSync(out).sort()).toEqual(['comparison.json', 'details.csv', 'summary.csv']);
    },
    PROCESS_TIMEOUT,
  );

  it(
    '--out - is the same as --json alone, and refuses other formats (exit 2)',
    () => {
      const cwd = temporaryDirectory();
      const run = spawnSync(process.execPath, [CLI, 'size', '--out', '-', '--options', 'dag'], {
        cwd,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout).options[0].id).toBe('dag');
      expect(readdirSync(cwd)).toEqual([]);
      const csv = runCli(['size', '--out', '-', '--format', 'csv']);
      expect(csv.status).toBe(2);
      expect(csv.stderr).toContain('--format = "csv": expected json, or no --format, when no folder is written');
      expect(runCli(['size', '--json', '--format', 'xlsx']).status).toBe(2);
    },
    PROCESS_TIMEOUT,
  );

  it(
    '--host sizes on a model of the host catalogue, --dag-copies with the copies recommend counts; an unknown model is bad input',
    () => {
      const model = 'Dell PowerEdge M710 (2 x Xeon X5550 2.67 GHz)';
      const run = runCli(['size', '--host', model, '--dag-copies', '2', '--options', 'dag', '--out', '-']);
      expect(run.status, run.stderr).toBe(0);
      const parameters = JSON.parse(run.stdout).scenario.parameters;
      expect([
        parameters.host_cores_per_socket,
        parameters.host_specint_rate2006,
        parameters.host_ram_gb,
        parameters.host_price,
        parameters.dag_copies,
        parameters.mailbox_server_failures,
      ]).toEqual(['4', '240', '96', '9000', '2', '1']);
      const typo = runCli(['size', '--host', 'Dell PowerEdge M170 (2 x Xeon X5550 2.67 GHz)', '--out', '-']);
      expect(typo.status).toBe(2);
      expect(typo.stderr).toContain(`did you mean ${model}?`);
      expect(typo.stderr).not.toMatch(/\n\s+at /);
    },
    PROCESS_TIMEOUT,
  );
});

describe('recommend: refusals and exit codes', () => {
  it(
    '--top 0 is refused with exit code 2',
    () => {
      for (const top of ['0', '-1', '1.5', 'two']) {
        const run = runCli(['recommend', '--require', 'host-failure', '--top', top]);
        expect(run.status, top).toBe(2);
        expect(run.stderr).toContain(`--top = "${top}": expected a whole number of designs to print, 1 or more`);
      }
    },
    PROCESS_TIMEOUT,
  );

  it(
    'no design meets the requirements: exit code 3, the message on stderr',
    () => {
      const run = runCli(['recommend', '--require', 'site-loss', '--max-rpo-minutes', '0', '--top', '1']);
      expect(run.status).toBe(3);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('no design in the search meets: site-loss with data loss within 0 minutes');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'the command it names for the designs it leaves out works and shows their warnings',
    () => {
      const dir = templates(jbod);
      const run = runCli(['recommend', '--require', 'host-failure', '--templates', dir, '--top', '1']);
      expect(run.status, run.stderr).toBe(0);
      const command = /Its warnings in full: exchange-sizer (size .*)\)$/m.exec(run.stdout)?.[1];
      expect(command, run.stdout).toBeDefined();
      const out = join(temporaryDirectory(), 'out');
      const size = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${command} --out "${out}" --format json`], {
        encoding: 'utf8',
      });
      expect(size.status, size.stderr).toBe(0);
      expect(size.stderr).toContain(
        '(design not valid): JBOD storage is supported only with 3 or more database copies',
      );
      expect(existsSync(join(out, 'comparison.json'))).toBe(true);
    },
    PROCESS_TIMEOUT,
  );
});
