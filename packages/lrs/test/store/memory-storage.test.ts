import { createMemoryStorage } from '@dlis/lrs';
import { storageContract } from './storage-contract.ts';

storageContract('in-memory', createMemoryStorage);
