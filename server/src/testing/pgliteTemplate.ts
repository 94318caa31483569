import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { migrateDatabase } from '../store/migrate';
import { pgliteSqlDatabase } from '../store/pgliteDatabase';

/*
 * Initialising a PGlite database (initdb) is most of what a test's PGlite costs: several seconds, against a fraction of
 * that to copy a data directory that exists (39 MB) or to load a dumped one into memory. So tests that keep PGlite
 * (the store contract, anything that restarts a server on its data) start from one migrated, empty database, made once
 * and kept between runs under node_modules/.cache, named after PGlite's version and the migrations so that a new
 * migration or PGlite makes a new one. It is kept twice: as a data directory (`data/`, for server processes) and
 * dumped (`dump.tar`, for PGlite in memory, whose writes are much faster than a data directory's). The database as it
 * was before any migration ran is dumped too (`unmigrated.tar`), for tests of the migrations themselves.
 */

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'roundtable-pglite');
const MIGRATIONS_DIR = fileURLToPath(new URL('../store/migrations/', import.meta.url));
const PGLITE_PACKAGE_JSON = join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
/** Another process making the template holds this long at most; a lock older than this was left by a crash. */
const MAKING_TIMEOUT_MS = 120_000;
const POLL_MS = 100;

async function templateName(): Promise<string> {
  const hash = createHash('sha256');
  // What a template holds: a new layout makes a new template.
  hash.update('data, dump.tar, unmigrated.tar');
  hash.update(await readFile(PGLITE_PACKAGE_JSON));
  for (const file of (await readdir(MIGRATIONS_DIR)).sort()) hash.update(file).update(await readFile(join(MIGRATIONS_DIR, file)));
  return `template-${hash.digest('hex').slice(0, 16)}`;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Makes the template in a directory of its own, then moves it into place in one rename. */
async function makeTemplate(template: string, name: string): Promise<void> {
  const making = `${template}.${process.pid}.making`;
  await rm(making, { recursive: true, force: true });
  await mkdir(making);
  const pglite = await PGlite.create(join(making, 'data'));
  const dump = async (file: string) => writeFile(join(making, file), new Uint8Array(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  try {
    await dump('unmigrated.tar');
    await migrateDatabase(pgliteSqlDatabase(pglite));
    await dump('dump.tar');
  } finally {
    await pglite.close();
  }
  await rename(making, template).catch(async (error: unknown) => {
    await rm(making, { recursive: true, force: true });
    if (!(await exists(template))) throw error;
  });
  // Templates of older migrations or PGlite versions are no use any more, nor is what a crashed maker of this one
  // left (this process holds its lock).
  for (const old of await readdir(CACHE_DIR)) {
    const stale = (/^template-[0-9a-f]{16}$/.test(old) && old !== name) || (old.startsWith(`${name}.`) && old.endsWith('.making'));
    if (stale) await rm(join(CACHE_DIR, old), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The migrated, empty template data directory: made by the first process that needs it, waited for by the others. */
async function templateDir(): Promise<string> {
  await mkdir(CACHE_DIR, { recursive: true });
  const name = await templateName();
  const template = join(CACHE_DIR, name);
  const lock = `${template}.lock`;
  for (;;) {
    if (await exists(template)) return template;
    try {
      await mkdir(lock);
    } catch {
      const since = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > MAKING_TIMEOUT_MS) await rm(lock, { recursive: true, force: true });
      await delay(POLL_MS);
      continue;
    }
    try {
      if (!(await exists(template))) await makeTemplate(template, name);
      return template;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

/** Fills `dataDir` (which must not exist yet) with a migrated, empty PGlite database, for a server process. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  await cp(join(await templateDir(), 'data'), dataDir, { recursive: true, errorOnExist: true, force: false });
}

/** A migrated, empty PGlite in memory, loaded from the template's dump. */
export async function openTemplatePglite(): Promise<PGlite> {
  const dump = await readFile(join(await templateDir(), 'dump.tar'));
  return PGlite.create({ loadDataDir: new Blob([dump]) });
}

/** An initialised PGlite in memory that no migration has run on yet (as a new data directory is), loaded from a dump. */
export async function openUnmigratedPglite(): Promise<PGlite> {
  const dump = await readFile(join(await templateDir(), 'unmigrated.tar'));
  return PGlite.create({ loadDataDir: new Blob([dump]) });
}
