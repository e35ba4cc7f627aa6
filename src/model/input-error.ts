/** One problem with user input: where it is and what was expected instead. */
export interface InputIssue {
  /** The file the value came from, or `inputs` for values passed to the library. */
  readonly file: string;
  /** 1-based line in the file; absent for library inputs. */
  readonly line?: number;
  /** The column or parameter name. */
  readonly column: string;
  readonly value: string;
  readonly expected: string;
}

/**
 * One issue as a line for a person: file, line, column, the value and what was expected.
 *
 * @example
 * describeIssue({ file: 'scenario.csv', line: 3, column: 'dag_copies', value: 'three', expected: 'a whole number' });
 * // 'scenario.csv:3: dag_copies = "three": expected a whole number'
 */
export function describeIssue(issue: InputIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.column} = ${JSON.stringify(issue.value)}: expected ${issue.expected}`;
}

/**
 * Bad input, described for a person. The CLI turns it into exit code 2 with no stack trace.
 *
 * @example
 * try { compareOptions(withTypo, reference); } catch (e) { if (e instanceof InputError) e.issues.map(describeIssue); }
 */
export class InputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(issues.map(describeIssue).join('\n'));
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** Throws one InputError carrying every issue, if there are any. */
export function throwIfIssues(issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new InputError(issues);
}
