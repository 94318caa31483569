import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TEST_ROOTS = ['shared/src', 'server/src', 'server/bench', 'client/src', 'e2e/src'];
const RULE_ID = /^[A-Z]+[0-9]+$/;
/** A test's name (its first argument), where citations such as `[CMD2]` stand. */
const TEST_NAMES = /\b(?:it|test|describe)(?:\.\w+)*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;

/** Test files, and the contract suites (`*.contract.ts`) that test files run. */
async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(REPO_ROOT, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === 'node_modules' ? [] : testFiles(join(dir, e.name))) : /\.(test|contract)\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [])),
  );
  return nested.flat();
}

/** The rule ids of docs/spec.md: the first cell of each table row. */
async function specRuleIds(): Promise<Set<string>> {
  const spec = await readFile(join(REPO_ROOT, 'docs/spec.md'), 'utf8');
  return new Set(spec.split('\n').flatMap((line) => (line.match(/^\|\s*([A-Z]+[0-9]+)\s*\|/)?.[1] ? [line.match(/^\|\s*([A-Z]+[0-9]+)\s*\|/)![1]!] : [])));
}

/** Which rule ids each test file cites in its tests' names. */
async function citations(): Promise<Map<string, Set<string>>> {
  const cited = new Map<string, Set<string>>();
  for (const file of (await Promise.all(TEST_ROOTS.map(testFiles))).flat()) {
    const source = await readFile(join(REPO_ROOT, file), 'utf8');
    for (const match of source.matchAll(TEST_NAMES)) {
      for (const [, id] of match[2]!.matchAll(/\[([A-Z]+[0-9]+)\]/g)) {
        if (!cited.has(id!)) cited.set(id!, new Set());
        cited.get(id!)!.add(file);
      }
    }
  }
  return cited;
}

describe('docs/spec.md and the tests', () => {
  it('every rule in the spec is cited by at least one test, and every cited id is a rule in the spec', async () => {
    const [rules, cited] = await Promise.all([specRuleIds(), citations()]);
    expect(rules.size).toBeGreaterThan(50);
    expect([...rules].every((id) => RULE_ID.test(id))).toBe(true);
    const uncited = [...rules].filter((id) => !cited.has(id)).sort();
    const unknown = [...cited].filter(([id]) => !rules.has(id)).map(([id, files]) => `${id} (${[...files].join(', ')})`).sort();
    expect({ uncited, unknown }).toEqual({ uncited: [], unknown: [] });
  });
});
