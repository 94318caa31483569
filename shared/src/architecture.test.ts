/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The folders of shared/src form a DAG: no folder reaches itself through the imports of its modules.
 *
 * An edge runs from a folder to another when one of its modules imports one of the other's — a value import, or a
 * type import. The one exception is the aggregate: any folder may `import type` from workshop/ (WorkshopState,
 * HiddenState, the command tables' types), because a transition of a concept is a function of the whole workshop,
 * and a type import is erased at run time. A value import from workshop/ is an edge like any other, so workshop/
 * (which assembles every concept) sits on top and nothing below it reaches up. Tests are left out: they may drive a
 * concept through the whole workshop.
 */

const root = dirname(fileURLToPath(import.meta.url));
const AGGREGATE = 'workshop';

interface Edge {
  from: string;
  to: string;
  /** `file → module` for every import that makes the edge. */
  imports: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const folderOf = (path: string) => relative(root, path).split('/')[0]!;

/** Every relative import and re-export of a module, and whether it is erased at run time (type-only). */
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const declaration = /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gms;
  for (const match of source.matchAll(declaration)) {
    const [, typeKeyword, clause, specifier] = match as unknown as [string, string | undefined, string, string];
    const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const names = braces ? braces[1]!.split(',').map((s) => s.trim()).filter(Boolean) : [];
    const typeOnly = Boolean(typeKeyword) || (names.length > 0 && names.every((n) => n.startsWith('type ')));
    found.push({ specifier, typeOnly });
  }
  for (const match of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

/** The folder graph of shared/src: an edge per pair of folders, with the imports that make it. */
export function folderGraph(files: readonly string[], read: (path: string) => string): Map<string, Map<string, Edge>> {
  const graph = new Map<string, Map<string, Edge>>();
  for (const file of files) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const { specifier, typeOnly } of importsOf(read(file))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const to = folderOf(target);
      if (to === from || to.startsWith('..')) continue;
      if (typeOnly && to === AGGREGATE) continue;
      const edges = graph.get(from)!;
      const edge: Edge = edges.get(to) ?? { from, to, imports: [] };
      edge.imports.push(`${relative(root, file)} → ${relative(root, target)}`);
      edges.set(to, edge);
    }
  }
  return graph;
}

/** Every cycle's strongly connected folders (Tarjan), each with one cycle through them spelled out edge by edge. */
export function cyclesOf(graph: Map<string, Map<string, Edge>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((component) => {
    // The shortest way back from the component's first folder to itself, through the component only.
    const start = component[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    let closing: string | null = null;
    while (queue.length > 0 && closing === null) {
      const v = queue.shift()!;
      for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) {
        if (!component.includes(w)) continue;
        if (w === start) {
          closing = v;
          break;
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    const path = [start];
    for (let v = closing!; v !== start; v = previous.get(v)!) path.splice(1, 0, v);
    path.push(start);
    const edges = path.slice(1).map((to, i) => `    ${graph.get(path[i]!)!.get(to)!.imports[0]}`);
    const twoWay = component.flatMap((a) => component.filter((b) => a < b && graph.get(a)?.has(b) && graph.get(b)?.has(a)).map((b) => `${a}↔${b}`));
    const pairs = twoWay.length > 0 ? `\n  two ways: ${twoWay.join(', ')}` : '';
    return `folders ${component.join(', ')} import each other: ${path.join(' → ')}\n${edges.join('\n')}${pairs}`;
  });
}

describe('shared/src architecture', () => {
  it('the folders of shared/src import each other in no cycle (type imports of workshop/ aside)', () => {
    const graph = folderGraph(sourceFiles(root), (path) => readFileSync(path, 'utf8'));
    expect(cyclesOf(graph).join('\n')).toBe('');
  });

  it('the command kernel (command/) sits under every concept: it imports only ids/ (and types of the aggregate)', () => {
    const graph = folderGraph(sourceFiles(root), (path) => readFileSync(path, 'utf8'));
    expect([...(graph.get('command')?.keys() ?? [])]).toEqual(['ids']);
  });

  it('finds a cycle made by a value import, and ignores a type import of the aggregate', () => {
    const files: Record<string, string> = {
      [join(root, 'a/a.ts')]: "import { b } from '../b/b';\nimport type { W } from '../workshop/w';",
      [join(root, 'b/b.ts')]: "import type { A } from '../a/a';",
      [join(root, 'workshop/w.ts')]: "import { a } from '../a/a';\nimport { b } from '../b/b';",
    };
    const cycles = cyclesOf(folderGraph(Object.keys(files), (path) => files[path]!));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toContain('a → b → a');
  });
});
