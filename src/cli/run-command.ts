import { OutputBusyError } from '../io/output-lock.js';
import { OutputExistsError } from '../io/write-files-atomically.js';
import { describeIssue, InputError } from '../model/input-error.js';

/** The exit codes, as the README lists them. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, noDesign: 3 } as const;

/** The search ran and no design meets the requirements: a result, not a failure of the tool (exit 3). */
export class NoDesignError extends Error {}

/** Runs a command and turns its outcome into an exit code: 2 for bad input, 3 for no design that meets the requirements, 1 for anything else, never a stack trace for a user error. */
export async function runCommand(command: () => Promise<void>): Promise<void> {
  try {
    await command();
    process.exitCode = EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(
        `error: ${error.issues.length === 1 ? 'a problem' : `${error.issues.length} problems`} with the input:\n${error.issues.map((i) => `  ${describeIssue(i)}`).join('\n')}\n`,
      );
      process.exitCode = EXIT.badInput;
    } else if (error instanceof NoDesignError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT.noDesign;
    } else if (error instanceof OutputExistsError || error instanceof OutputBusyError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = EXIT.failure;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${message}\n`);
      if (process.env.EXCHANGE_SIZER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.failure;
    }
  }
}
