import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
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

  it('README: install, usage, API, licence in that order, and every function or class the package exports has an @example', () => {
    const headings = [...read('README.md').matchAll(/^#{2,3} (Install|Usage|API|Licence)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Install', 'Usage', 'API', 'Licence']);
    const entries = ['src/index.ts', 'src/output/workbook.ts'].map((f) => join(ROOT, f));
    const program = ts.createProgram(entries, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
    });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    let checked = 0;
    for (const entry of entries) {
      for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const declaration = symbol.declarations?.[0];
        if (!declaration) continue;
        const callable =
          ts.isFunctionDeclaration(declaration) ||
          ts.isClassDeclaration(declaration) ||
          (ts.isVariableDeclaration(declaration) &&
            declaration.initializer !== undefined &&
            (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer)));
        if (!callable) continue;
        const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
        const text = node.getSourceFile().text;
        checked++;
        if (!text.slice(node.getFullStart(), node.getStart()).includes('@example')) missing.push(exported.name);
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  }, 60_000);
});
