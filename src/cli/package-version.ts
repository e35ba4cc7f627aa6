import { readFileSync } from 'node:fs';

/** The version in the package's package.json (dist/cli/ and src/cli/ both sit two folders below it). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}
