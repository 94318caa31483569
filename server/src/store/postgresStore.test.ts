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
} else if (process.env.CI) {
  // CI must run it (.ci/services.sh provides the database): a run without it fails rather than skips.
  describe('PostgreSQL store', () => {
    it('runs in CI', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI must run the store contract on PostgreSQL.');
    });
  });
} else {
  describe('PostgreSQL store', () => {
    it.skip('runs when TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test)', () => undefined);
  });
}
