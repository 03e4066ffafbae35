import type { ProjectSnapshot } from '../model/snapshot';
import type { Annotation, Code, CorpusDocument } from '../model/types';
import { agreementTable, type AgreementTable } from './agreement-table';
import type { MeasureName } from './measures';
import type { AgreementUnit } from './text-units';

/** The size of a benchmark study. */
export interface AgreementBenchShape {
  coders: number;
  documents: number;
  codes: number;
  annotations: number;
  /** Characters per document. */
  documentLength: number;
}

/** The study the issue asks to stay responsive: 10 coders × 100 documents × 50 codes × 100,000 annotations. */
export const AGREEMENT_BENCH_SHAPE: AgreementBenchShape = {
  coders: 10,
  documents: 100,
  codes: 50,
  annotations: 100_000,
  documentLength: 10_000,
};

const STAMP = {
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  deleted: false,
};

/**
 * A deterministic team study of the given shape: documents of words, sentences and paragraphs;
 * the same passages coded by every coder with boundaries that differ by a few characters, so
 * the measures see realistic, imperfect agreement. Same shape, same snapshot, every run.
 */
export function agreementBenchSnapshot(
  shape: AgreementBenchShape = AGREEMENT_BENCH_SHAPE,
): ProjectSnapshot {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const int = (n: number): number => Math.floor(random() * n);
  const coderIds = Array.from({ length: shape.coders }, (_, i) => `coder-${i}`);
  const stamped = (by: string) => ({ ...STAMP, createdBy: by, updatedBy: by });
  const words = [
    'the',
    'council',
    'decides',
    'to',
    'remain',
    'seized',
    'of',
    'matter',
    'urges',
    'all',
    'states',
  ];
  const documents: CorpusDocument[] = Array.from({ length: shape.documents }, (_, d) => {
    let text = '';
    let sentence = 0;
    while (text.length < shape.documentLength) {
      const n = 8 + int(10);
      text += `${Array.from({ length: n }, () => words[int(words.length)]).join(' ')}. `;
      if (++sentence % 5 === 0) text = `${text.trimEnd()}\n\n`;
    }
    text = text.slice(0, shape.documentLength);
    return {
      id: `doc-${d}`,
      ...stamped(coderIds[0] as string),
      projectId: 'bench',
      name: `document-${d}.txt`,
      format: 'txt',
      text,
      blocks: [],
      marks: [],
      contentHash: '0'.repeat(64),
      byteSize: text.length,
      charCount: text.length,
      encoding: 'utf-8',
      encodingFallback: false,
      importedAt: STAMP.createdAt,
      memo: '',
    };
  });
  const codes: Code[] = Array.from({ length: shape.codes }, (_, c) => ({
    id: `code-${c}`,
    ...stamped(coderIds[0] as string),
    projectId: 'bench',
    parentId: null,
    name: `Code ${c}`,
    color: '#4e79a7',
    description: '',
    hotkey: null,
    order: c,
    memo: '',
  }));
  const annotations: Annotation[] = [];
  const passages = Math.ceil(shape.annotations / shape.coders);
  for (let p = 0; p < passages && annotations.length < shape.annotations; p++) {
    const doc = documents[int(documents.length)] as CorpusDocument;
    const code = codes[int(codes.length)] as Code;
    const start = int(doc.charCount - 300);
    const end = start + 20 + int(200);
    for (const coder of coderIds) {
      if (annotations.length >= shape.annotations) break;
      // Each coder sees the passage a little differently; one in ten misses it and codes elsewhere.
      const elsewhere = random() < 0.1 ? int(doc.charCount - 300) - start : 0;
      const s = Math.max(0, start + elsewhere + int(11) - 5);
      const e = Math.min(doc.charCount, Math.max(s + 1, end + elsewhere + int(11) - 5));
      annotations.push({
        id: `a-${annotations.length}`,
        ...stamped(coder),
        projectId: 'bench',
        documentId: doc.id,
        start: s,
        end: e,
        quote: (doc.text ?? '').slice(s, e),
        prefix: '',
        suffix: '',
        codeIds: [code.id],
        memo: '',
      });
    }
  }
  return {
    project: {
      id: 'bench',
      ...stamped(coderIds[0] as string),
      name: 'Agreement benchmark',
      memo: '',
    },
    coders: coderIds.map((id, i) => ({ id, name: `Coder ${i}`, createdAt: STAMP.createdAt })),
    documents,
    codes,
    annotations,
    purged: [],
  };
}

/**
 * The computation the benchmark times: the agreement table of every code for all coders and
 * documents, on one unit, with the given measures (default: alpha and uα, what the agreement
 * view shows first). No timing here; the caller measures.
 */
export function runAgreementBench(
  snapshot: ProjectSnapshot,
  unit: AgreementUnit = 'character',
  measures: readonly MeasureName[] = ['alpha', 'u-alpha'],
): AgreementTable {
  return agreementTable(snapshot, { unit }, measures);
}
