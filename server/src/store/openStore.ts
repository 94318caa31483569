import { mkdir } from 'node:fs/promises';
import type { AccountStore } from '../accounts/accountStore';
import { createSqlAccountStore } from '../accounts/sqlAccountStore';
import type { ProgrammeStore } from '../programmes/programmeStore';
import { createSqlProgrammeStore } from '../programmes/sqlProgrammeStore';
import type { Config } from '../config';
import { migrateDatabase } from './migrate';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import { createSqlWorkshopStore } from './sqlWorkshopStore';
import type { WorkshopStore } from './workshopStore';

/**
 * PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR; migrated to the latest schema. The workshops,
 * the accounts and the programmes share the one database (closing the workshop store closes it).
 */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<{ store: WorkshopStore; accounts: AccountStore; programmes: ProgrammeStore; kind: 'postgres' | 'pglite' }> {
  if (config.databaseUrl) {
    const db = await openPostgresDatabase(config.databaseUrl);
    await migrateDatabase(db);
    return { store: createSqlWorkshopStore(db), accounts: createSqlAccountStore(db), programmes: createSqlProgrammeStore(db), kind: 'postgres' };
  }
  await mkdir(config.dataDir, { recursive: true });
  const db = await openPgliteDatabase(config.dataDir);
  await migrateDatabase(db);
  return { store: createSqlWorkshopStore(db), accounts: createSqlAccountStore(db), programmes: createSqlProgrammeStore(db), kind: 'pglite' };
}
