import { openPgliteTestStore } from '../testing/pgliteTestStore';
import { workshopStoreContract } from './workshopStore.contract';

workshopStoreContract('PGlite', openPgliteTestStore);
