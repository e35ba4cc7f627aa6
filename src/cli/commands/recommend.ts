import { FileRefused, readBoundedFile } from '../../io/read-bounded-file.js';
import { readInputs } from '../../io/read-inputs.js';
import { readReferenceData } from '../../io/read-reference-data.js';
import { decodeTemplateBytes, MAX_TEMPLATE_BYTES } from '../../model/decode-text.js';
import { InputError } from '../../model/input-error.js';
import { listLengthIssue } from '../../model/list-limits.js';
import { parseReferenceTable } from '../../model/reference-data.js';
import { resolveInputs } from '../../model/scenario-inputs.js';
import { recommendDesigns, type Failure } from '../../options/recommend.js';
import { FAILURES } from '../../sizing/protection.js';

function readHostCatalog(path: string): Buffer {
  try {
    return readBoundedFile(path, MAX_TEMPLATE_BYTES);
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    throw new InputError([{ file: path, column: '--hosts', value: path, expected: `a host catalogue of at most ${MAX_TEMPLATE_BYTES} bytes in the format of data/host-catalog.csv: ${error.why}` }]);
  }
}

/** `exchange-sizer recommend`: the cheapest designs over the TCO period that meet the requirements. */
export async function recommend(options: { templates?: string; require: string; maxRtoMinutes?: string; maxRpoMinutes?: string; hosts?: string; top: string }): Promise<void> {
  const number = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new InputError([{ file: 'command line', column: flag, value: text, expected: 'a number of minutes, 0 or more' }]);
    return value;
  };
  const maxRecoveryMinutes = number('--max-rto-minutes', options.maxRtoMinutes);
  const maxDataLossMinutes = number('--max-rpo-minutes', options.maxRpoMinutes);
  const top = number('--top', options.top) ?? 5;
  const reference = readReferenceData();
  const inputs = await readInputs(reference, options.templates);
  const catalog = options.hosts ? parseReferenceTable('host-catalog', decodeTemplateBytes(readHostCatalog(options.hosts), options.hosts), options.hosts, reference.booleanWords) : reference.tables.get('host-catalog')!;
  const tooMany = listLengthIssue(catalog.rows.length, reference, { file: options.hosts ?? 'data/host-catalog.csv', column: '--hosts' });
  if (tooMany) throw new InputError([tooMany]);
  const failures = options.require.split(',').map((f) => f.trim()).filter(Boolean) as Failure[];
  const { designs, leftOut } = recommendDesigns(inputs, reference, catalog, {
    failures,
    ...(maxRecoveryMinutes === undefined ? {} : { maxRecoveryMinutes }),
    ...(maxDataLossMinutes === undefined ? {} : { maxDataLossMinutes }),
  });
  const leftOutNote =
    leftOut > 0
      ? `\n(${leftOut} ${leftOut === 1 ? 'design meets' : 'designs meet'} them on paper and ${leftOut === 1 ? 'is' : 'are'} left out: VMs that do not place whole on the hosts counted, or a broken support rule; \`size\` with that host model and copy count shows the warnings)\n`
      : '';
  const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  const limits = [maxRecoveryMinutes === undefined ? '' : `recovery within ${minutes(maxRecoveryMinutes)}`, maxDataLossMinutes === undefined ? '' : `data loss within ${minutes(maxDataLossMinutes)}`].filter(Boolean).join(' and ');
  if (designs.length === 0) {
    process.stdout.write(`no design in the search meets: ${options.require}${limits ? ` with ${limits}` : ''}\n${leftOutNote}`);
    return;
  }
  const currency = String(resolveInputs(inputs, reference).scenario.get('currency'));
  const lines = designs.slice(0, Math.max(1, Math.floor(top))).map((d, i) => {
    const protects = FAILURES.filter((f) => d.protection[f].protected)
      .map((f) => `${f.replaceAll('_', '-')} ${Number(d.protection[f].recoveryMinutes)} min`)
      .join(', ');
    return `${i + 1}. ${d.option}${d.dagCopies ? ` (${d.dagCopies} copies)` : ''} on ${d.hostModel}: TCO ${Number(d.tco).toLocaleString('en-US', { minimumFractionDigits: 2 })} ${currency}, ${d.costPerMailboxPerMonth} per mailbox per month, ${d.hosts} hosts\n   protects against: ${protects || 'nothing listed'}`;
  });
  process.stdout.write(`${designs.length} designs meet ${options.require}; the cheapest:\n${lines.join('\n')}\n${leftOutNote}`);
}
