import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MemberId, WorkshopId } from '@roundtable/shared/ids/ids';
import { openUnmigratedPglite } from '../testing/pgliteTemplate';
import { migrateDatabase } from './migrate';
import { pgliteSqlDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { SqlDatabase } from './sqlDatabase';
import { createSqlWorkshopStore } from './sqlWorkshopStore';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** The last migration with a table per kind of link (share_links, 0003; lead_links, 0004). */
const BEFORE_LINKS = 5;

/** Migrates `db` as a server of before migration 0006 did: only the migrations up to BEFORE_LINKS. */
async function migrateToBeforeLinks(db: SqlDatabase): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'rt-migrations-'));
  try {
    for (const file of await readdir(MIGRATIONS_DIR)) if (Number(file.slice(0, 4)) <= BEFORE_LINKS) await cp(join(MIGRATIONS_DIR, file), join(dir, file));
    expect(await migrateDatabase(db, `${dir}/`)).toEqual([1, 2, 3, 4, 5]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const W = 'migrated-workshop-0001' as WorkshopId;
const FACILITATOR = 'facilitator-0001' as MemberId;
const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;

/** Rows as the share_links and lead_links tables held them, with fixed times, loaded, migrated and read back as links. */
async function migratesOldLinks(db: SqlDatabase): Promise<void> {
  await migrateToBeforeLinks(db);
  await db.query('INSERT INTO workshops (workshop_id, join_code) VALUES ($1, $2)', [W, 'MIGRAT']);
  const share = 'INSERT INTO share_links (link_id, workshop_id, token_hash, created_by, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6)';
  await db.query(share, ['share-live-0001', W, 'share-hash-live', FACILITATOR, at(1), null]);
  await db.query(share, ['share-gone-0001', W, 'share-hash-gone', FACILITATOR, at(2), at(3)]);
  const lead = 'INSERT INTO lead_links (link_id, workshop_id, action_id, slot, lead_name, token_hash, created_by, created_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)';
  await db.query(lead, ['lead-old-0001', W, 'action-0001', 'councilLead', 'Cara Council', 'lead-hash-old', FACILITATOR, at(4), at(5)]);
  await db.query(lead, ['lead-live-0001', W, 'action-0001', 'councilLead', 'Cara Council', 'lead-hash-live', FACILITATOR, at(5), null]);
  await db.query(lead, ['lead-third-0001', W, 'action-0001', 'thirdSectorLead', 'Tess Third', 'lead-hash-third', FACILITATOR, at(6), null]);

  expect(await migrateDatabase(db)).toContain(6);
  const tables = await db.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_name IN ('share_links', 'lead_links', 'links')");
  expect(tables.map((t) => t.name)).toEqual(['links']);

  const store = createSqlWorkshopStore(db);
  const base = { workshopId: W, createdBy: FACILITATOR };
  const shareLive = { ...base, linkId: 'share-live-0001', kind: 'share', createdAt: at(1), revokedAt: null, details: {} };
  expect(await store.listLinks(W, 'share')).toEqual([shareLive, { ...base, linkId: 'share-gone-0001', kind: 'share', createdAt: at(2), revokedAt: at(3), details: {} }]);
  const cara = { actionId: 'action-0001', slot: 'councilLead' as const, leadName: 'Cara Council' };
  const leadLive = { ...base, linkId: 'lead-live-0001', kind: 'lead', createdAt: at(5), revokedAt: null, details: cara };
  const leadThird = { ...base, linkId: 'lead-third-0001', kind: 'lead', createdAt: at(6), revokedAt: null, details: { actionId: 'action-0001', slot: 'thirdSectorLead', leadName: 'Tess Third' } };
  expect(await store.listLinks(W, 'lead')).toEqual([{ ...base, linkId: 'lead-old-0001', kind: 'lead', createdAt: at(4), revokedAt: at(5), details: cara }, leadLive, leadThird]);

  // Holders' tokens go on working, and revoked ones stay revoked.
  expect(await store.findLinkByTokenHash('share-hash-live')).toEqual(shareLive);
  expect(await store.findLinkByTokenHash('lead-hash-live')).toEqual(leadLive);
  expect(await store.findLinkByTokenHash('share-hash-gone')).toBeNull();
  expect(await store.findLinkByTokenHash('lead-hash-old')).toBeNull();

  // A migrated lead's link is that lead's live link: a new one for the same lead replaces it, and only it.
  const made = await store.createLink({ kind: 'lead', linkId: 'lead-new-0001', workshopId: W, tokenHash: 'lead-hash-new', createdBy: FACILITATOR, details: cara });
  expect(made.revoked).toEqual(['lead-live-0001']);
  expect(await store.findLinkByTokenHash('lead-hash-live')).toBeNull();
  expect(await store.findLinkByTokenHash('lead-hash-third')).toEqual(leadThird);
}

describe('migration 0006: share and lead links into one links table', () => {
  it('[SHARE1] [REV1] reads back every share and lead link as a link, live ones working and revoked ones not (PGlite)', async () => {
    // A new database, as PGlite.create() initialises one, loaded from a dump of one instead (initialising takes seconds).
    const db = pgliteSqlDatabase(await openUnmigratedPglite());
    try {
      await migratesOldLinks(db);
    } finally {
      await db.close();
    }
  });

  // On PostgreSQL in a database of its own, made and dropped here (the test database is already migrated).
  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)('[SHARE1] [REV1] reads back every share and lead link as a link (PostgreSQL)', async () => {
    const admin = await openPostgresDatabase(url!);
    const name = `links_migration_${randomBytes(6).toString('hex')}`;
    await admin.exec(`CREATE DATABASE ${name}`);
    try {
      const target = new URL(url!);
      target.pathname = `/${name}`;
      const db = await openPostgresDatabase(target.toString());
      try {
        await migratesOldLinks(db);
      } finally {
        await db.close();
      }
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
      await admin.close();
    }
  });
});
