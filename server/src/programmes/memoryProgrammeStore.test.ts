import { createMemoryAccountStore } from '../accounts/memoryAccountStore';
import { createMemoryWorkshopStore } from '../store/memoryWorkshopStore';
import { createMemoryProgrammeStore } from './memoryProgrammeStore';
import { programmeStoreContract } from './programmeStore.contract';

programmeStoreContract('In-memory', async () => ({ programmes: createMemoryProgrammeStore(), accounts: createMemoryAccountStore(), workshops: createMemoryWorkshopStore() }));
