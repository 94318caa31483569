import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import { openPgliteTestDatabase } from '../testing/pgliteTestStore';
import { accountStoreContract } from './accountStore.contract';
import { createSqlAccountStore } from './sqlAccountStore';

accountStoreContract('PGlite', async () => {
  const db = await openPgliteTestDatabase();
  return { accounts: createSqlAccountStore(db), workshops: createSqlWorkshopStore(db) };
});
