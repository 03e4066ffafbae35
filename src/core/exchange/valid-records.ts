import type { ExchangeFile } from './schema';

/** Tables of an exchange file that hold records with ids. */
export type Table = 'coders' | 'documents' | 'codes' | 'annotations';

/** A record that passed schema validation, with where it was in the file. */
export interface Located<T> {
  index: number;
  record: T;
}

/** The records of a file that are individually valid, with their original positions. */
export interface ValidRecords {
  project: ExchangeFile['project'] | null;
  coders: Located<ExchangeFile['coders'][number]>[];
  documents: Located<ExchangeFile['documents'][number]>[];
  codes: Located<ExchangeFile['codes'][number]>[];
  annotations: Located<ExchangeFile['annotations'][number]>[];
}
