import { workshopIdSchema } from '@roundtable/shared/ids/ids';
import { ConfigError, loadConfig } from './config';
import { openStore } from './store/openStore';
import { repairWorkshop } from './workshops/repairWorkshop';

/**
 * `npm run workshop:repair -- <workshop id>` (RESC2): makes a damaged workshop loadable again, keeping every change
 * that can be read, and prints what it set aside (as JSON, to keep). Reads the same settings as the server
 * (DATABASE_URL, DATA_DIR). With the embedded database, stop the server first: only one process can open it.
 */
async function main(argv: readonly string[]): Promise<number> {
  const id = workshopIdSchema.safeParse(argv[0]);
  if (!id.success) {
    console.error('Usage: npm run workshop:repair -- <workshop id>  (the id is in the workshop’s address: /w/<id>)');
    return 2;
  }
  const config = loadConfig();
  const { store } = await openStore(config);
  try {
    const outcome = await repairWorkshop(store, id.data);
    switch (outcome.kind) {
      case 'not_found':
        console.error(`There is no workshop ${id.data} in this database.`);
        return 1;
      case 'sound':
        console.log(`Workshop ${id.data} loads as it is: nothing to repair.`);
        return 0;
      case 'beyond_repair':
        console.error(`Workshop ${id.data} cannot be repaired automatically: its details, plan or survey cannot be read.`);
        return 1;
      case 'repaired':
        console.log(`Workshop ${id.data} repaired. ${outcome.setAside.length} record(s) that could not be read were removed (kept in its history):`);
        console.log(JSON.stringify(outcome.setAside, null, 2));
        console.log('Restart any server that has this workshop open, so it loads the repaired record.');
        return 0;
    }
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
