import { createMemoryStorage } from '../../src/store/memory-storage.ts';
import { storageContract } from './storage-contract.ts';

storageContract('in-memory', createMemoryStorage);
