import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (name: string) => readFileSync(join(ROOT, name), 'utf8');
const manifest = JSON.parse(read('package.json')) as Record<string, unknown> & {
  version: string;
  license: string;
  keywords: string[];
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  files: string[];
};

describe('the npm package follows the conventions its callers know', () => {
  it('names its licence, repository, issue tracker, home page and keywords', () => {
    expect(manifest.license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
    expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/.+\/issues$/);
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\//);
    expect(manifest.keywords).toEqual(expect.arrayContaining(['exchange', 'vsphere', 'sizing']));
  });

  it('keeps a changelog in the Keep a Changelog form, with the version of package.json', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/');
    expect(changelog).toContain('## [Unreleased]');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${manifest.version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
    expect(manifest.files).toContain('CHANGELOG.md');
  });

  it('ships no source maps: they would point at sources the package does not ship', () => {
    const tsconfig = JSON.parse(read('tsconfig.json')) as {
      compilerOptions: { sourceMap?: boolean; declarationMap?: boolean };
    };
    expect(tsconfig.compilerOptions.sourceMap ?? false).toBe(false);
    expect(tsconfig.compilerOptions.declarationMap ?? false).toBe(false);
    expect(manifest.files).toContain('!dist/**/*.map');
    expect(manifest.files).not.toContain('src');
  });
});
