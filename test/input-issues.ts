import { InputError, type InputIssue } from '../src/model/input-error.js';

/** The issues of the InputError a call throws; fails the test if it throws nothing or something else. */
export function inputIssuesOf(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}
