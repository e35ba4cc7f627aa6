import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageTemplatesDirectory } from '../src/io/read-templates.js';
import { runCli, shippedTemplates, temporaryDirectory } from './cli.js';
import { PROCESS_TIMEOUT } from './timeouts.js';

const OUTPUTS = ['comparison.json', 'comparison.xlsx', 'details.csv', 'summary.csv'];
/** The deployable plan's files (format layout), one set per option: test/layout-exports.test.ts checks them. */
const LAYOUT_FILE =
  /^[a-z0-9-]+-(Servers|MailboxDatabases|MailboxDatabaseCopies|DrsRules)\.csv$|-CreateDatabases\.ps1$/;

function initTemplates(): string {
  const dir = join(temporaryDirectory(), 'templates');
  expect(runCli(['init', dir]).status).toBe(0);
  return dir;
}

describe('exchange-sizer init', () => {
  it('copies the four templates, and never overwrites without --force', { timeout: PROCESS_TIMEOUT }, () => {
    const dir = initTemplates();
    expect(readdirSync(dir).sort()).toEqual(['mailbox-tiers.csv', 'prices.csv', 'scenario.csv', 'workloads.csv']);
    // Byte for byte the shipped ones: the other tests copy them without starting init.
    for (const name of readdirSync(dir))
      expect(readFileSync(join(dir, name)), name).toEqual(readFileSync(join(packageTemplatesDirectory, name)));
    writeFileSync(join(dir, 'prices.csv'), 'edited');
    const again = runCli(['init', dir]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('use --force');
    expect(readFileSync(join(dir, 'prices.csv'), 'utf8')).toBe('edited');
    expect(runCli(['init', dir, '--force']).status).toBe(0);
    expect(readFileSync(join(dir, 'prices.csv'), 'utf8')).toContain('windows_2008r2_standard');
  });
});

describe('exchange-sizer size', () => {
  it('writes the workbook, the CSVs and the JSON, and prints a side-by-side summary', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const out = join(temporaryDirectory(), 'out');
    const run = runCli(['size', '--templates', shippedTemplates(), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(
      readdirSync(out)
        .filter((name) => !LAYOUT_FILE.test(name))
        .sort(),
    ).toEqual(OUTPUTS);
    expect(readdirSync(out)).toContain('dag-MailboxDatabaseCopies.csv');
    expect(run.stdout).toContain('standalone-ha');
    expect(run.stdout).toMatch(/Total cost of[\s\S]*ownership[\s\S]*\(USD\)/); // the header wraps to fit 80 columns
  });

  it('refuses to replace outputs without --force and leaves them as they were', { timeout: PROCESS_TIMEOUT }, () => {
    const out = join(temporaryDirectory(), 'out');
    expect(runCli(['size', '--out', out, '--format', 'csv']).status).toBe(0);
    const before = readFileSync(join(out, 'summary.csv'));
    const mtime = statSync(join(out, 'summary.csv')).mtimeMs;
    const again = runCli(['size', '--out', out, '--format', 'csv']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/summary\.csv.*use --force/);
    expect(readFileSync(join(out, 'summary.csv'))).toEqual(before);
    expect(statSync(join(out, 'summary.csv')).mtimeMs).toBe(mtime);
    expect(runCli(['size', '--out', out, '--format', 'csv', '--force']).status).toBe(0);
  });

  it('writes only the formats and options asked for', { timeout: PROCESS_TIMEOUT }, () => {
    const out = join(temporaryDirectory(), 'out');
    expect(runCli(['size', '--out', out, '--format', 'json', '--options', 'dag,dag-ha']).status).toBe(0);
    expect(readdirSync(out)).toEqual(['comparison.json']);
    const json = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8'));
    expect(json.schemaVersion).toBe(3);
    expect(json.options.map((o: { id: string }) => o.id)).toEqual(['dag', 'dag-ha']);
  });

  it('takes a replacement price list with --prices', { timeout: PROCESS_TIMEOUT }, () => {
    const dir = shippedTemplates();
    const prices = readFileSync(join(dir, 'prices.csv'), 'utf8').replace(
      'vcenter_standard,per site,4995',
      'vcenter_standard,per site,1',
    );
    const file = join(temporaryDirectory(), 'my-prices.csv');
    writeFileSync(file, prices);
    const out = join(temporaryDirectory(), 'out');
    expect(runCli(['size', '--prices', file, '--out', out, '--format', 'json']).status).toBe(0);
    const dag = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')).options[2];
    expect(dag.licences.find((l: { item: string }) => l.item === 'VMware vCenter Server').unitPrice).toBe('1.00');
  });

  it('reads what Excel saves: BOM, semicolons with decimal commas, CRLF, quotes, blank lines and comments', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const dir = shippedTemplates();
    const plainOut = join(temporaryDirectory(), 'out');
    expect(runCli(['size', '--templates', dir, '--out', plainOut, '--format', 'csv']).status).toBe(0);
    const tiers = readFileSync(join(dir, 'mailbox-tiers.csv'), 'utf8').split('\n').filter(Boolean);
    const excel = [
      '# saved by Excel in a German locale',
      tiers[0]!.replaceAll(',', ';'),
      '',
      'Staff;16000;150;75;2048;14;yes;3;1;1;0;"Example; staff"',
      '"Executives";500;300;150;5120;30;yes;3;1,2;1,2;0;notes',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'mailbox-tiers.csv'), `\uFEFF${excel}`);
    const excelOut = join(temporaryDirectory(), 'out');
    const run = runCli(['size', '--templates', dir, '--out', excelOut, '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(excelOut, 'summary.csv'), 'utf8')).toBe(
      readFileSync(join(plainOut, 'summary.csv'), 'utf8'),
    );
  });

  it('stops on bad input with exit code 2, naming file, line, column, value and expectation, writing nothing', {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const dir = shippedTemplates();
    const tiers = readFileSync(join(dir, 'mailbox-tiers.csv'), 'utf8').replace('Staff,16000,150,', 'Staff,16000,600,');
    writeFileSync(join(dir, 'mailbox-tiers.csv'), tiers);
    const out = join(temporaryDirectory(), 'out');
    const run = runCli(['size', '--templates', dir, '--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('mailbox-tiers.csv:3: messages_per_day = "600": expected a number from 50 to 500');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('exchange-sizer validate, options, explain and --help', () => {
  it('validate reports every problem at once', { timeout: PROCESS_TIMEOUT }, () => {
    const dir = shippedTemplates();
    writeFileSync(
      join(dir, 'scenario.csv'),
      readFileSync(join(dir, 'scenario.csv'), 'utf8')
        .replace('dag_copies,3,', 'dag_copies,three,')
        .replace('tco_years,3,', 'tco_yeers,3,'),
    );
    writeFileSync(
      join(dir, 'workloads.csv'),
      readFileSync(join(dir, 'workloads.csv'), 'utf8').replace('File server,2,2,8,', 'File server,2,-2,8,'),
    );
    const run = runCli(['validate', '--templates', dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('3 problems');
    expect(run.stderr).toContain('scenario.csv:3: value of dag_copies = "three"');
    expect(run.stderr).toContain('scenario.csv:');
    expect(run.stderr).toContain('parameter = "tco_yeers"');
    expect(run.stderr).toContain('workloads.csv:4: vcpu = "-2"');
    expect(runCli(['validate']).status).toBe(0);
  });
  it('options lists the ids and sections of the brief', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['options']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/dag-lagged-dr\s+5\.2, 5\.2\.1/);
  });
  it('explain shows the formula, the value and what feeds it', { timeout: PROCESS_TIMEOUT }, () => {
    const run = runCli(['explain', 'megacyclesPerCore']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      'formula: specintRatePerCore*baseline_megacycles_per_core/baseline_specint_rate2006_per_core',
    );
    expect(run.stdout).toContain('baseline_megacycles_per_core = 3333');
    expect(runCli(['explain', 'vcpu', '--option', 'nope']).status).toBe(2);
    expect(runCli(['explain', 'bestCandidateRank', '--option', 'dag']).stdout).toMatch(
      /candidateRank\[each row\] = [\d, ]+/,
    );
  });
  it("explain shows every tier of a figure per tier, and each tier's feeding values (issue 12)", {
    timeout: PROCESS_TIMEOUT,
  }, () => {
    const run = runCli(['explain', 'whitespaceMB']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('  value:   Staff: 10.986328 MB\n           Executives: 43.945313 MB\n');
    expect(run.stdout).toContain(
      'tier.messages_per_day = Staff: 150, Executives: 300  (tier; templates/mailbox-tiers.csv (each tier))',
    );
    const workloads = runCli(['explain', 'workloadReplacedByGlobalCatalogs']).stdout;
    expect(workloads.match(/^ {2}value: {3}Domain controller: true/m)).not.toBeNull();
    expect(workloads).toContain('           BlackBerry Enterprise Server: false');
  });
});
