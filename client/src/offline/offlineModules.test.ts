import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The offline search is lazy-loaded by the search page when offline: what it loads at run time
// must stay small. This walks its static run-time imports (type-only ones are erased).

/** Source text of the modules that may be reached, by path relative to this folder. */
const SOURCES: Record<string, string> = {
  ...import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../../../shared/src/**/*.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};
const ALIASES: Record<string, string> = {
  '@kring/shared': '../../../shared/src/index.ts',
  '@kring/shared/search': '../../../shared/src/search/index.ts',
};

/** `specifier` relative to the folder of `file`, as a path relative to this folder. */
function resolve(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '.') continue;
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..' && parts.at(-1) !== '.')
      parts.pop();
    else parts.push(part);
  }
  const path = parts.join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** Run-time import specifiers of a module (imports and re-exports that are not type-only). */
function runtimeImports(file: string): string[] {
  const text = SOURCES[file];
  if (text === undefined) throw new Error(`not found: ${file}`);
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.every((element) => element.isTypeOnly)));
      if (!onlyTypes && ts.isStringLiteral(statement.moduleSpecifier))
        found.push(statement.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier !== undefined &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !(
        statement.exportClause !== undefined &&
        ts.isNamedExports(statement.exportClause) &&
        statement.exportClause.elements.every((element) => element.isTypeOnly)
      )
    )
      found.push(statement.moduleSpecifier.text);
  }
  return found;
}

/** Every package a module loads at run time, following its own and shared's source files. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const alias = ALIASES[specifier];
      if (alias !== undefined) {
        packages.add(specifier);
        visit(alias);
      } else if (specifier.startsWith('.')) visit(resolve(file, specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

describe('what the offline search loads', () => {
  it('offlineSearch loads the shared search entry and the stemmers, not zod, Yjs or shared root', () => {
    expect([...packagesLoadedBy('./offlineSearch.ts')].sort()).toEqual([
      '@kring/shared/search',
      '@orama/stemmers/dutch',
      '@orama/stemmers/english',
    ]);
  });

  it('documentPlainText loads no Yjs of its own (it reads the Y.Doc it is given)', () => {
    const loaded = packagesLoadedBy('./documentPlainText.ts');
    expect(loaded.has('yjs')).toBe(false);
    expect(loaded.has('zod')).toBe(false);
  });
});
