// A platform for unit tests in Node: never asked for files (never imported by production code).
import { inThreadExchange } from './exchange-runner';
import type { Platform } from './platform';

/** A platform whose pickers are cancelled and whose loaders are not used. */
export function testPlatform(overrides: Partial<Platform> = {}): Platform {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    kind: 'browser',
    openDocuments: () => Promise.resolve(null),
    parseFiles: unused,
    saveFile: () => Promise.resolve(false),
    openTextFile: () => Promise.resolve(null),
    openFile: () => Promise.resolve(null),
    openExchangeFile: () => Promise.resolve(null),
    onMenuCommand: () => () => undefined,
    readDroppedFiles: unused,
    loadSampleCorpus: unused,
    loadStarterCodebook: unused,
    exchange: inThreadExchange,
    backups: null,
    teamFolder: null,
    ...overrides,
  };
}
