import { describe, it } from 'vitest';
import { createSqlAccountStore } from '../accounts/sqlAccountStore';
import { migrateDatabase } from '../store/migrate';
import { openPostgresDatabase } from '../store/postgresDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import { programmeStoreContract } from './programmeStore.contract';
import { createSqlProgrammeStore } from './sqlProgrammeStore';

// The same contract on PostgreSQL, when a test database is given, in a schema of its own made fresh for each run.
const url = process.env.TEST_DATABASE_URL;

if (url) {
  programmeStoreContract('PostgreSQL', async () => {
    const schema = `programmes_test_${process.pid}_${Date.now()}`;
    const setup = await openPostgresDatabase(url);
    await setup.exec(`CREATE SCHEMA ${schema}`);
    await setup.close();
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const db = await openPostgresDatabase(scoped.toString());
    await migrateDatabase(db);
    const workshops = createSqlWorkshopStore(db);
    return {
      programmes: createSqlProgrammeStore(db),
      accounts: createSqlAccountStore(db),
      workshops: {
        ...workshops,
        async close() {
          await db.exec(`DROP SCHEMA ${schema} CASCADE`);
          await workshops.close();
        },
      },
    };
  });
} else if (process.env.CI) {
  // CI must run it (.ci/run provides the database): a run without it fails rather than skips.
  describe('PostgreSQL programme store', () => {
    it('runs in CI', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI must run the programme store contract on PostgreSQL.');
    });
  });
} else {
  describe('PostgreSQL programme store', () => {
    it.skip('runs when TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test)', () => undefined);
  });
}
