import { describe, it } from 'vitest';
import { migrateDatabase } from '../store/migrate';
import { openPostgresDatabase } from '../store/postgresDatabase';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import { accountStoreContract } from './accountStore.contract';
import { createSqlAccountStore } from './sqlAccountStore';

// The same contract on PostgreSQL, when a test database is given. The suite starts from an instance with no accounts,
// so it runs in a schema of its own, made fresh for each run.
const url = process.env.TEST_DATABASE_URL;

if (url) {
  accountStoreContract('PostgreSQL', async () => {
    const schema = `accounts_test_${process.pid}_${Date.now()}`;
    const setup = await openPostgresDatabase(url);
    await setup.exec(`CREATE SCHEMA ${schema}`);
    await setup.close();
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    const db = await openPostgresDatabase(scoped.toString());
    await migrateDatabase(db);
    const workshops = createSqlWorkshopStore(db);
    return {
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
  // CI must run it (.ci/services.sh provides the database): a run without it fails rather than skips.
  describe('PostgreSQL account store', () => {
    it('runs in CI', () => {
      throw new Error('TEST_DATABASE_URL is not set: CI must run the account store contract on PostgreSQL.');
    });
  });
} else {
  describe('PostgreSQL account store', () => {
    it.skip('runs when TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test)', () => undefined);
  });
}
