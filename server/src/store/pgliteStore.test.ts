import { openMemoryStore } from '../testing/testServer';
import { workshopStoreContract } from './workshopStore.contract';

workshopStoreContract('PGlite', openMemoryStore);
