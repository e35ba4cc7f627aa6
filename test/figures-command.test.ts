import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsModel } from '../src/options/options-model.js';
import { runCli, temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

describe('exchange-sizer figures', () => {
  it('lists every figure id with its label, unit, scope and source', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['figures']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+label\s+unit\s+scope\s+source$/);
    expect(lines).toHaveLength(1 + optionsModel.figures.size);
    expect(lines).toContainEqual(expect.stringMatching(/^whitespaceMB\s+Whitespace per mailbox\s+MB\s+tier\s+\[S3\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^costPerMailboxPerMonth\s+.*\s+currency\/month\s+option\s/));
  });
});

describe('exchange-sizer explain takes ids and labels', () => {
  it('a Summary label, as a person reads it, explains the figure of that row', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['explain', 'Hosts, total', '--option', 'dag']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^totalHosts: .* \(option dag\)/);
    expect(run.stdout).toContain('formula: primaryHosts+drHosts');
  });

  it('an unknown figure exits 2 with the id it most likely meant', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['explain', 'whitespaceMb2']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'command line: figure = "whitespaceMb2": expected a figure id or label (did you mean whitespaceMB?)',
    );
  });
});

describe('exchange-sizer size --csv-locale', () => {
  it('writes summary.csv and details.csv for Excel in a decimal-comma locale', { timeout: PROCESS_TIMEOUT }, () => {
    const out = join(temporaryDirectory(), 'out');
    const run = runCli(['size', '--out', out, '--format', 'csv', '--csv-locale', 'de-DE', '--options', 'dag']);
    expect(run.status, run.stderr).toBe(0);
    const summary = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(summary.startsWith('\uFEFFscenario;option_id;')).toBe(true);
    // The DAG's TCO per mailbox per month, 4.49 USD, as a German Excel reads a number.
    expect(summary.split('\r\n')[1]).toContain(';4,49;');
    const explicit = join(temporaryDirectory(), 'out');
    expect(
      runCli(['size', '--out', explicit, '--format', 'csv', '--delimiter', ';', '--decimal-comma', '--options', 'dag'])
        .status,
    ).toBe(0);
    expect(readFileSync(join(explicit, 'summary.csv'), 'utf8')).toBe(summary);
  });

  it('--no-bom leaves the byte order mark off', { timeout: PROCESS_TIMEOUT }, () => {
    const out = join(temporaryDirectory(), 'out');
    expect(runCli(['size', '--out', out, '--format', 'csv', '--no-bom', '--options', 'dag']).status).toBe(0);
    expect(readFileSync(join(out, 'details.csv'), 'utf8').startsWith('option,section,')).toBe(true);
  });

  it('a bad locale, or a decimal comma between commas, exits 2 and writes nothing', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const out = join(temporaryDirectory(), 'out');
    const locale = runCli(['size', '--out', out, '--csv-locale', 'xx-YY']);
    expect(locale.status).toBe(2);
    expect(locale.stderr).toContain(
      'command line: --csv-locale = "xx-YY": expected a locale such as en-US, de-DE or fr-FR',
    );
    const comma = runCli(['size', '--out', out, '--decimal-comma']);
    expect(comma.status).toBe(2);
    expect(comma.stderr).toContain('--decimal-comma');
    expect(existsSync(out)).toBe(false);
  });
});

describe('exchange-sizer sweep --csv-locale', () => {
  it('writes the sweep for a decimal-comma locale, and its xlsx sheet still holds numbers', {
    timeout: PROCESS_TIMEOUT,
  }, async () => {
    const out = join(temporaryDirectory(), 'sweep.csv');
    const run = runCli([
      'sweep',
      '--vary',
      'mailboxes=1000..2000/1000',
      '--vary',
      'iops_factor=1.5,2',
      '--out',
      out,
      '--xlsx',
      '--workers',
      '1',
      '--csv-locale',
      'fr-FR',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^\uFEFFscenario;mailboxes;iops_factor;total_mailboxes;option_id;designValid;primaryHosts;/,
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\d;1000;1,5;2000;standalone-ha;/));
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out.replace('.csv', '.xlsx'));
    const sheet = workbook.getWorksheet('Sweep')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('scenario');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const tco = sheet.getRow(2).getCell(header.indexOf('costPerMailboxPerMonth') + 1).value;
    expect(typeof tco).toBe('number');
  });
});
