import { MemoryRepository } from './memory-repository';
import { describeRepositoryConformance } from './test-support/conformance';

describeRepositoryConformance('MemoryRepository', () => Promise.resolve(new MemoryRepository()));
