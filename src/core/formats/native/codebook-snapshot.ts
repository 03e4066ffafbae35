import type { ProjectSnapshot } from '../../model/snapshot';
import type { Code, Coder } from '../../model/types';
import type { FormatContext } from '../registry-types';

/**
 * A codebook alone as a snapshot, so every format (a `.qdc`, stats) can take it: a project named
 * after the file holding the codes and nothing else, with a coder record for each person the
 * codes name (codebook files carry coder ids, not names).
 */
export function snapshotFromCodebook(codes: Code[], context: FormatContext): ProjectSnapshot {
  const first = codes[0];
  const projectId = first?.projectId ?? context.newId();
  const by = first?.createdBy ?? context.newId();
  const coders = new Map<string, Coder>();
  for (const id of [by, ...codes.flatMap((c) => [c.createdBy, c.updatedBy])]) {
    if (!coders.has(id))
      coders.set(id, { id, name: `Coder ${id.slice(0, 8)}`, createdAt: context.now });
  }
  const name =
    context.fileName
      .replace(/\\/g, '/')
      .split('/')
      .pop()
      ?.replace(/\.[^.]*$/, '') ?? '';
  return {
    project: {
      id: projectId,
      name: name || 'Codebook',
      memo: '',
      createdBy: by,
      createdAt: first?.createdAt ?? context.now,
      updatedBy: by,
      updatedAt: first?.updatedAt ?? context.now,
      deleted: false,
    },
    coders: [...coders.values()],
    documents: [],
    codes: codes.map((c) => ({ ...c, projectId })),
    annotations: [],
    purged: [],
  };
}
