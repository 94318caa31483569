import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { accountStoreContract } from './accountStore.contract';
import { createMemoryAccountStore } from './memoryAccountStore';

accountStoreContract('In-memory', async () => ({ accounts: createMemoryAccountStore(), workshops: createMemoryWorkshopStore() }));
