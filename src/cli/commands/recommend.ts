import { readHostCatalog } from '../../io/read-host-catalog.js';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { InputError } from '../../model/input-error.js';
import { resolveInputs } from '../../model/scenario-inputs.js';
import { type Failure, type LeftOutDesign, recommendDesigns } from '../../options/recommend.js';
import { FAILURES } from '../../sizing/protection.js';
import { NoDesignError } from '../run-command.js';
import { shellQuote } from '../shell-quote.js';

interface RecommendOptions {
  templates?: string;
  require: string;
  maxRtoMinutes?: string;
  maxRpoMinutes?: string;
  hosts?: string;
  top: string;
}

/** The `size` command line that sizes a left-out design in full, its warnings included. */
function sizeCommand(design: LeftOutDesign, options: RecommendOptions): string {
  return [
    'exchange-sizer size',
    ...(options.templates ? ['--templates', shellQuote(options.templates)] : []),
    ...(options.hosts ? ['--hosts', shellQuote(options.hosts)] : []),
    '--host',
    shellQuote(design.hostModel),
    ...(design.dagCopies === null ? [] : ['--dag-copies', String(design.dagCopies)]),
    '--options',
    design.option,
  ].join(' ');
}

function leftOutNote(leftOut: readonly LeftOutDesign[], options: RecommendOptions): string {
  if (leftOut.length === 0) return '';
  const cheapest = leftOut[0]!;
  const count =
    leftOut.length === 1
      ? '1 design meets them on paper and is'
      : `${leftOut.length} designs meet them on paper and are`;
  return (
    `\n(${count} left out: VMs that do not place whole on the hosts counted, or a broken support rule.\n` +
    ` The cheapest, ${cheapest.option}${cheapest.dagCopies === null ? '' : ` with ${cheapest.dagCopies} copies`} on ${cheapest.hostModel}: ${cheapest.warnings.join('; ')}\n` +
    ` Its warnings in full: ${sizeCommand(cheapest, options)})\n`
  );
}

/** `exchange-sizer recommend`: the cheapest designs over the TCO period that meet the requirements. */
export async function recommend(options: RecommendOptions): Promise<void> {
  const number = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0)
      throw new InputError([
        { file: 'command line', column: flag, value: text, expected: 'a number of minutes, 0 or more' },
      ]);
    return value;
  };
  const maxRecoveryMinutes = number('--max-rto-minutes', options.maxRtoMinutes);
  const maxDataLossMinutes = number('--max-rpo-minutes', options.maxRpoMinutes);
  const top = Number(options.top);
  if (!/^\s*\d+\s*$/.test(options.top) || top < 1)
    throw new InputError([
      {
        file: 'command line',
        column: '--top',
        value: options.top,
        expected: 'a whole number of designs to print, 1 or more',
      },
    ]);
  const reference = readReferenceData();
  const inputs = await readInputs(reference, options.templates);
  const catalog = readHostCatalog(reference, options.hosts);
  const failures = options.require
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean) as Failure[];
  const { designs, leftOutDesigns } = recommendDesigns(inputs, reference, catalog, {
    failures,
    ...(maxRecoveryMinutes === undefined ? {} : { maxRecoveryMinutes }),
    ...(maxDataLossMinutes === undefined ? {} : { maxDataLossMinutes }),
  });
  const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  const limits = [
    maxRecoveryMinutes === undefined ? '' : `recovery within ${minutes(maxRecoveryMinutes)}`,
    maxDataLossMinutes === undefined ? '' : `data loss within ${minutes(maxDataLossMinutes)}`,
  ]
    .filter(Boolean)
    .join(' and ');
  if (designs.length === 0) {
    throw new NoDesignError(
      `no design in the search meets: ${options.require}${limits ? ` with ${limits}` : ''}${leftOutNote(leftOutDesigns, options).trimEnd()}`,
    );
  }
  const currency = String(resolveInputs(inputs, reference).scenario.get('currency'));
  const lines = designs.slice(0, top).map((d, i) => {
    const protects = FAILURES.filter((f) => d.protection[f].protected)
      .map((f) => `${f.replaceAll('_', '-')} ${Number(d.protection[f].recoveryMinutes)} min`)
      .join(', ');
    return `${i + 1}. ${d.option}${d.dagCopies ? ` (${d.dagCopies} copies)` : ''} on ${d.hostModel}: TCO ${Number(d.tco).toLocaleString('en-US', { minimumFractionDigits: 2 })} ${currency}, ${d.costPerMailboxPerMonth} per mailbox per month, ${d.hosts} hosts\n   protects against: ${protects || 'nothing listed'}`;
  });
  process.stdout.write(
    `${designs.length} designs meet ${options.require}; the cheapest:\n${lines.join('\n')}\n${leftOutNote(leftOutDesigns, options)}`,
  );
}
