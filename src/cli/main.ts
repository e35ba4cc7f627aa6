#!/usr/bin/env node
import { Command, Option } from 'commander';
import { exitQuietlyOnClosedPipe } from './closed-pipe.js';
import { addHelpExamples } from './help-examples.js';
import { packageVersion } from './package-version.js';
import { EXIT, runCommand } from './run-command.js';

exitQuietlyOnClosedPipe();

const program = new Command('exchange-sizer')
  .description('Sizes and prices Exchange Server 2010 on VMware vSphere for every availability and recovery option.')
  .version(packageVersion(), '-V, --version', 'print the version of exchange-sizer')
  .showHelpAfterError()
  // A wrong command line is bad input too: exit 2, as for a bad template; help and version exit 0.
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : EXIT.badInput);
  });

program
  .command('init')
  .description('copy the input templates into a folder for editing')
  .argument('[dir]', 'folder to create', 'sizer-templates')
  .option('--from <workbook>', 'write the inputs of an edited comparison.xlsx instead of the shipped examples')
  .option('--force', 'replace templates already in the folder')
  .action((dir: string, options: { force?: boolean; from?: string }) =>
    runCommand(() => import('./commands/init.js').then((m) => m.init(dir, options.force === true, options.from))),
  );

program
  .command('size')
  .description('size every option and write comparison.xlsx, summary.csv, details.csv and comparison.json')
  .option('--templates <dir>', 'folder of templates, or an edited comparison.xlsx (default: the shipped examples)')
  .option('--prices <file>', 'price list replacing the templates folder prices.csv')
  .option('--out <dir>', 'output folder (default: out); - writes only the comparison JSON, to stdout')
  .option('--format <formats>', 'comma-separated: xlsx, csv, json, layout (default: xlsx,csv,json,layout)')
  .option('--options <ids>', 'comma-separated option ids (default: all; see `exchange-sizer options`)')
  .option('--json', 'write the comparison JSON to stdout, for pipes (nothing else goes there; files only with --out)')
  .option('--host <model>', 'size on this host model of the host catalogue instead of the host of the templates')
  .option(
    '--hosts <file>',
    'host catalogue for --host, in the format of data/host-catalog.csv (default: the shipped one)',
  )
  .option('--dag-copies <n>', 'database copies in the primary site for the DAG options, as recommend counts them')
  .option('--force', 'replace outputs that already exist')
  .option(
    '--csv-locale <locale>',
    'write the CSVs for Excel in this locale, e.g. de-DE: with a decimal comma, ; between cells',
  )
  .option('--delimiter <char>', "between CSV cells: ',' (default), ';' or tab")
  .option('--decimal-comma', "write CSV numbers with a decimal comma (with --delimiter ';')")
  .option('--no-bom', 'write the CSVs without the UTF-8 byte order mark Excel needs to read them as UTF-8')
  .action((options: import('./commands/size.js').SizeOptions) =>
    runCommand(() => import('./commands/size.js').then((m) => m.size(options))),
  );

program
  .command('sweep')
  .description('size every option over the cartesian product of varied inputs, one CSV row per scenario and option')
  .requiredOption(
    '--vary <name=from..to/step>',
    'an input to vary, e.g. mailboxes=1000..100000/1000, tier1.messages_per_day=50..500/50, raid_level=RAID5,RAID10 (repeatable)',
    (value: string, previous: string[] = []) => [...previous, value],
  )
  .option('--templates <dir>', 'folder of templates, or an edited comparison.xlsx (default: the shipped examples)')
  .option('--out <file>', 'the CSV to write', 'sweep.csv')
  .option('--xlsx', 'also write the rows to a sweep sheet (.xlsx beside the CSV), streamed')
  .option('--workers <n>', 'worker threads (default: one per core)')
  .option('--force', 'replace outputs that already exist')
  .option(
    '--csv-locale <locale>',
    'write the CSV for Excel in this locale, e.g. de-DE: with a decimal comma, ; between cells',
  )
  .option('--delimiter <char>', "between CSV cells: ',' (default), ';' or tab")
  .option('--decimal-comma', "write CSV numbers with a decimal comma (with --delimiter ';')")
  .option('--no-bom', 'write the CSV without the UTF-8 byte order mark Excel needs to read it as UTF-8')
  .action(
    (options: {
      vary: string[];
      templates?: string;
      out: string;
      xlsx?: boolean;
      workers?: string;
      force?: boolean;
      csvLocale?: string;
      delimiter?: string;
      decimalComma?: boolean;
      bom?: boolean;
    }) => runCommand(() => import('./commands/sweep.js').then((m) => m.sweep(options))),
  );

program
  .command('recommend')
  .description('search options, copy counts and host models for the cheapest designs that meet the requirements')
  .requiredOption(
    '--require <failures>',
    'comma-separated: host-failure, guest-os-failure, application-failure, database-corruption, site-loss',
  )
  .option('--max-rto-minutes <n>', 'longest acceptable recovery time for the required failures')
  .option('--max-rpo-minutes <n>', 'largest acceptable data loss for the required failures')
  .option('--hosts <file>', 'host catalogue in the format of data/host-catalog.csv (default: the shipped one)')
  .option('--templates <dir>', 'folder of templates, or an edited comparison.xlsx (default: the shipped examples)')
  .option('--top <n>', 'designs to print', '5')
  .action(
    (options: {
      require: string;
      maxRtoMinutes?: string;
      maxRpoMinutes?: string;
      hosts?: string;
      templates?: string;
      top: string;
    }) => runCommand(() => import('./commands/recommend.js').then((m) => m.recommend(options))),
  );

program
  .command('validate')
  .description('check the templates and report every problem at once')
  .option('--templates <dir>', 'folder of templates (default: the shipped examples)')
  .option('--prices <file>', 'price list replacing the templates folder prices.csv')
  .action((options: { templates?: string; prices?: string }) =>
    runCommand(() => import('./commands/validate.js').then((m) => m.validate(options))),
  );

program
  .command('options')
  .description('list the availability options with their ids and the sections of the brief')
  .action(() => runCommand(() => import('./commands/list-options.js').then((m) => m.listOptions())));

program
  .command('figures')
  .description(
    'list every figure id with its label, unit, scope and source (the ids of summary.csv, details.csv, comparison.json and explain)',
  )
  .action(() => runCommand(() => import('./commands/figures.js').then((m) => m.figures())));

program
  .command('explain')
  .description('show how one figure is computed: its formula, the values that feed it and their sources')
  .argument('<figure>', 'figure id or label, e.g. megacyclesPerCore or "Hosts, total" (see `exchange-sizer figures`)')
  .addOption(new Option('--option <id>', 'option to evaluate it for (default: the first)'))
  .option('--templates <dir>', 'folder of templates (default: the shipped examples)')
  .action((figure: string, options: { option?: string; templates?: string }) =>
    runCommand(() => import('./commands/explain.js').then((m) => m.explain(figure, options))),
  );

addHelpExamples(program);
await program.parseAsync();
