/**
 * No import circles in core (issue 10): every source file's relative imports and re-exports,
 * type-only ones included, form a graph with no cycle. A cycle is named file by file, so the
 * fix (move the shared piece down into its own file) is plain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreSrc = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type ImportGraph = ReadonlyMap<string, readonly string[]>;

const IMPORT_FROM = /(?:^|[\s;])(?:import|export)\s[^;]*?\sfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;
const SIDE_EFFECT_IMPORT = /(?:^|[\s;])import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Relative import specifiers of one file's text, comments removed. */
export function relativeImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(IMPORT_FROM), ...code.matchAll(SIDE_EFFECT_IMPORT)].flatMap((match) =>
    match[1] === undefined ? [] : [match[1]],
  );
}

function coreImportGraph(): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(coreSrc)) {
    const from = relative(coreSrc, file);
    const targets = relativeImports(readFileSync(file, 'utf8')).map((specifier) =>
      relative(coreSrc, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))),
    );
    graph.set(from, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files in import order, first repeated last. */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): void => {
    const at = onPath.indexOf(node);
    if (at >= 0) {
      cycles.push([...onPath.slice(at), node]);
      return;
    }
    if (done.has(node) || !graph.has(node)) return;
    onPath.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    onPath.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return cycles;
}

describe('core import graph', () => {
  it('has no import circles', () => {
    const cycles = findCycles(coreImportGraph()).map((cycle) => cycle.join(' → '));
    expect(cycles, `import circles in packages/core/src:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('sees every kind of relative import, and no commented-out one', () => {
    const text = [
      "import type { A } from './a.js';",
      "import {\n  b,\n  type B,\n} from '../shared/b.js';",
      "export * from './c.js';",
      "export { d } from './d.js';",
      "import './e.js';",
      "import fc from 'fast-check';",
      "// import { x } from './commented.js';",
    ].join('\n');
    expect(relativeImports(text).sort()).toEqual(
      ['../shared/b.js', './a.js', './c.js', './d.js', './e.js'].sort(),
    );
  });

  it('names a cycle, and finds none in a graph without one', () => {
    const withCycle: ImportGraph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(findCycles(withCycle)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    const withoutCycle: ImportGraph = new Map([
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', []],
    ]);
    expect(findCycles(withoutCycle)).toEqual([]);
  });
});
