import { readReferenceData } from '../src/io/read-reference-data.js';

/** The shipped data/ tables, read once for the whole suite. */
export const reference = readReferenceData();
