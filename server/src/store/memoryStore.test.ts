import { createMemoryWorkshopStore } from './memoryWorkshopStore';
import { workshopStoreContract } from './workshopStore.contract';

workshopStoreContract('In-memory', async () => createMemoryWorkshopStore());
