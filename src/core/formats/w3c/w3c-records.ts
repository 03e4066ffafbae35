import { nextColor } from '../../codebook/palette';
import { created } from '../../model/stamp';
import type { SnapshotDocument } from '../../model/snapshot';
import type { Code, Coder, Id, Timestamp } from '../../model/types';
import { codePaths } from '../shared/code-paths';
import { W3C_PATH_SEPARATOR } from './export-w3c';
import type { W3cAnnotation } from './w3c-types';

/** What resolving coders and codes needs of the import: the project, who imports, ids. */
interface RecordContext {
  snapshot: { project: { id: Id } };
  coderId: Id;
  now: Timestamp;
  newId: () => Id;
}

/** The part of `value` after `prefix`, or null when it does not start with it. */
export const urnTail = (value: string | undefined, prefix: string): string | null =>
  value?.startsWith(prefix) ? value.slice(prefix.length) : null;

/** The document a target's source names: by content hash URN, then by label or name. */
export function findDocument(
  documents: SnapshotDocument[],
  source: unknown,
): SnapshotDocument | undefined {
  const id = typeof source === 'string' ? source : (source as { id?: string }).id;
  const label =
    typeof source === 'object' && source !== null
      ? (source as { label?: string }).label
      : undefined;
  const hash = urnTail(id, 'urn:sha256:');
  return (
    (hash ? documents.find((d) => d.contentHash === hash) : undefined) ??
    (label ? documents.find((d) => d.name === label) : undefined) ??
    (documents.length === 1 ? documents[0] : undefined)
  );
}

/** Who made an annotation: a known coder by URN, or a new coder named after `creator`. */
export function resolveCoder(
  creator: W3cAnnotation['creator'],
  known: Map<Id, Coder>,
  added: Coder[],
  ctx: RecordContext,
): Id {
  if (creator === undefined) return ctx.coderId;
  const ref = typeof creator === 'string' ? creator : creator.id;
  const name =
    typeof creator === 'string' ? creator : (creator.name ?? creator.id ?? 'Unknown coder');
  const id =
    urnTail(ref, 'urn:marginalia:coder:') ??
    (ref && ref.length <= 200 ? ref : null) ??
    `w3c:${name.slice(0, 150)}`;
  if (!known.has(id)) {
    const coder: Coder = { id, name: name.slice(0, 1000), createdAt: ctx.now };
    known.set(id, coder);
    added.push(coder);
  }
  return id;
}

/** Maps tagging bodies to codes: by id, then by path of names (case-insensitive), else new. */
export class CodeResolver {
  readonly created: Code[] = [];
  private readonly byId: Map<Id, Code>;
  private readonly byPath = new Map<string, Code>();

  constructor(
    private readonly codes: readonly Code[],
    private readonly ctx: RecordContext,
  ) {
    this.byId = new Map(codes.filter((c) => !c.deleted).map((c) => [c.id, c]));
    for (const [id, path] of codePaths(codes)) {
      const code = this.byId.get(id);
      if (code) this.byPath.set(key(path), code);
    }
  }

  resolve(value: string, bodyId: string | undefined): Id {
    const own = urnTail(bodyId, 'urn:marginalia:code:');
    if (own && this.byId.has(own)) return own;
    const names = value
      .split(W3C_PATH_SEPARATOR.trim())
      .map((n) => n.trim())
      .filter(Boolean);
    let parentId: Id | null = null;
    let code: Code | undefined;
    for (let depth = 0; depth < names.length; depth++) {
      const path = names.slice(0, depth + 1);
      code = this.byPath.get(key(path));
      if (!code) {
        code = {
          id: this.ctx.newId(),
          projectId: this.ctx.snapshot.project.id,
          parentId,
          name: names[depth] as string,
          color: nextColor([...this.codes, ...this.created]),
          description: '',
          hotkey: null,
          order: this.created.length + this.codes.length,
          memo: '',
          ...created(this.ctx.coderId, this.ctx.now),
        };
        this.created.push(code);
        this.byPath.set(key(path), code);
        this.byId.set(code.id, code);
      }
      parentId = code.id;
    }
    return (code as Code).id;
  }
}

const key = (path: readonly string[]): string =>
  path.map((n) => n.trim().toLowerCase()).join('\u0000');
