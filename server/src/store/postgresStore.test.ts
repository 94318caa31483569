import { describe, it } from 'vitest';
import { migrateDatabase } from './migrate';
import { openPostgresDatabase } from './postgresDatabase';
import { createSqlWorkshopStore } from './sqlWorkshopStore';
import { workshopStoreContract } from './workshopStore.contract';

// The same contract on PostgreSQL, when a test database is given (e.g. a server started on loopback).
const url = process.env.TEST_DATABASE_URL;

if (url) {
  workshopStoreContract('PostgreSQL', async () => {
    const db = await openPostgresDatabase(url);
    await migrateDatabase(db);
    return createSqlWorkshopStore(db);
  });
} else {
  describe('PostgreSQL store', () => {
    it.skip('runs when TEST_DATABASE_URL is set', () => undefined);
  });
}
