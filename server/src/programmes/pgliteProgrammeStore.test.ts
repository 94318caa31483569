import { createSqlAccountStore } from '../accounts/sqlAccountStore';
import { createSqlWorkshopStore } from '../store/sqlWorkshopStore';
import { openPgliteTestDatabase } from '../testing/pgliteTestStore';
import { programmeStoreContract } from './programmeStore.contract';
import { createSqlProgrammeStore } from './sqlProgrammeStore';

programmeStoreContract('PGlite', async () => {
  const db = await openPgliteTestDatabase();
  return { programmes: createSqlProgrammeStore(db), accounts: createSqlAccountStore(db), workshops: createSqlWorkshopStore(db) };
});
