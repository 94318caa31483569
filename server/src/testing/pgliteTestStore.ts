import { migrateDatabase } from '../store/migrate';
import { pgliteSqlDatabase } from '../store/pgliteDatabase';
import type { SqlDatabase } from '../store/sqlDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import type { WorkshopStore } from '../store/workshopStore';
import { openTemplatePglite } from './pgliteTemplate';

/**
 * A migrated PGlite in memory, of its own, for tests about storage: loaded from the template's dump (pgliteTemplate.ts),
 * which costs a fraction of initialising one. Tests that are not about storage use the in-memory store instead.
 */
export async function openPgliteTestDatabase(): Promise<SqlDatabase> {
  const db = pgliteSqlDatabase(await openTemplatePglite());
  await migrateDatabase(db);
  return db;
}

/** The SQL store on `openPgliteTestDatabase`, as the server runs on by default. */
export async function openPgliteTestStore(): Promise<WorkshopStore> {
  return createSqlWorkshopStore(await openPgliteTestDatabase());
}
