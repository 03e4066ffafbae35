import { created } from '../../../core/codebook/stamp';
import {
  defaultHotkeys,
  descendantIds,
  exportCodebook,
  mergeCodes,
  moveCode,
  nextColor,
  parseCodebookFile,
} from '../../../core/codebook';
import { touch } from '../../../core/coding/edits';
import { newId } from '../../../core/ids/new-id';
import type { Code, Id } from '../../../core/model/types';
import type { PatchRecord, PatchTable, RecordPatch } from '../../../core/undo/record-patch';
import type { Workbench } from './workbench';

/**
 * Editing the hierarchical codebook: create, rename, recolour, describe, set hotkeys, move,
 * merge, delete to trash. Each action is one undoable change.
 */
export class CodebookActions {
  constructor(private readonly workbench: Workbench) {}

  private code(id: Id): Code {
    const code = this.workbench.state.codes.find((c) => c.id === id);
    if (!code) throw new Error('That code no longer exists.');
    return code;
  }

  private live(): Code[] {
    return this.workbench.state.codes.filter((c) => !c.deleted);
  }

  /** Creates a code at the end of its siblings, with the next palette colour and a free hotkey. */
  async createCode(name: string, parentId: Id | null): Promise<Code> {
    const projectId = this.workbench.state.projectId;
    const trimmed = name.trim();
    if (!projectId) throw new Error('Open or create a project first.');
    if (!trimmed) throw new Error('A code needs a name.');
    const ctx = this.workbench.context();
    const live = this.live();
    const siblings = live.filter((c) => c.parentId === parentId);
    const code: Code = {
      id: newId(),
      projectId,
      parentId,
      name: trimmed,
      color: nextColor(live),
      description: '',
      hotkey: null,
      order: siblings.reduce((max, c) => Math.max(max, c.order + 1), 0),
      memo: '',
      ...created(ctx.coderId, ctx.now),
    };
    const withHotkey =
      defaultHotkeys([...live, code], ctx.coderId, ctx.now).find((c) => c.id === code.id) ?? code;
    await this.workbench.commit(`create code ${trimmed}`, [
      { table: 'codes', before: null, after: withHotkey },
    ]);
    return withHotkey;
  }

  /** Changes fields of one code (name, colour, description, hotkey, memo). */
  async update(
    id: Id,
    changes: Partial<Pick<Code, 'name' | 'color' | 'description' | 'hotkey' | 'memo'>>,
    label: string,
  ): Promise<void> {
    if (changes.name !== undefined && !changes.name.trim()) throw new Error('A code needs a name.');
    const ctx = this.workbench.context();
    await this.workbench.commit(label, () => {
      const code = this.code(id);
      // A hotkey belongs to one code: taking it moves it.
      const others = changes.hotkey
        ? this.live().filter((c) => c.id !== id && c.hotkey === changes.hotkey)
        : [];
      return [
        ...others.map((other) => ({
          table: 'codes' as const,
          before: other,
          after: touch<Code>(other, ctx, { hotkey: null }),
        })),
        { table: 'codes' as const, before: code, after: touch<Code>(code, ctx, changes) },
      ];
    });
  }

  /** Moves a code under another parent (or to the top level) at a position among its siblings. */
  async move(id: Id, parentId: Id | null, index?: number): Promise<void> {
    const ctx = this.workbench.context();
    await this.workbench.commit(`move code ${this.code(id).name}`, () => {
      const live = this.live();
      const position = index ?? live.filter((c) => c.parentId === parentId && c.id !== id).length;
      return changesFrom(
        'codes',
        this.workbench.state.codes,
        moveCode(live, id, parentId, position, ctx.coderId, ctx.now),
      );
    });
  }

  /** Merges one code into another: its annotations and children move; nothing is lost. */
  async merge(fromId: Id, intoId: Id): Promise<void> {
    const projectId = this.workbench.state.projectId;
    if (!projectId) return;
    const ctx = this.workbench.context();
    const label = `merge code ${this.code(fromId).name} into ${this.code(intoId).name}`;
    await this.workbench.commit(label, async () => {
      const data = await this.workbench.storage.loadProjectForExport(projectId);
      const annotations = data?.annotations ?? [];
      const codes = this.workbench.state.codes;
      const result = mergeCodes(codes, annotations, fromId, intoId, ctx.coderId, ctx.now);
      return [
        ...changesFrom('codes', codes, result.codes),
        ...changesFrom('annotations', annotations, result.annotations),
      ];
    });
  }

  /**
   * Imports a codebook file into the project as one undoable change. Codes become this coder's
   * records in this project; an id this profile already uses gets a fresh one (references follow).
   */
  async importCodebookText(text: string, fileName: string): Promise<number> {
    const projectId = this.workbench.state.projectId;
    if (!projectId) throw new Error('Open or create a project first.');
    const parsed = parseCodebookFile(fileName, text);
    if (!parsed.ok) {
      throw new Error(
        parsed.problems
          .slice(0, 20)
          .map(
            (p) =>
              `${fileName}: ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`,
          )
          .join('\n'),
      );
    }
    const ctx = this.workbench.context();
    const inUse = await this.workbench.storage.codeIdsInUse(parsed.codes.map((c) => c.id));
    const ids = new Map(parsed.codes.map((c) => [c.id, inUse.has(c.id) ? newId() : c.id]));
    const siblingsAtTop = this.live().filter((c) => c.parentId === null).length;
    const codes: Code[] = parsed.codes.map((c) => ({
      ...c,
      id: ids.get(c.id) ?? c.id,
      parentId: c.parentId === null ? null : (ids.get(c.parentId) ?? null),
      projectId,
      order: c.parentId === null ? c.order + siblingsAtTop : c.order,
      hotkey: c.hotkey !== null && this.live().some((k) => k.hotkey === c.hotkey) ? null : c.hotkey,
      createdBy: ctx.coderId,
      createdAt: ctx.now,
      updatedBy: ctx.coderId,
      updatedAt: ctx.now,
    }));
    await this.workbench.commit(
      `import codebook ${fileName}`,
      codes.map((after) => ({ table: 'codes' as const, before: null, after })),
    );
    return codes.length;
  }

  /** The project's live codebook as a codebook file. */
  exportCodebookText(): string {
    return exportCodebook(this.live());
  }

  /** Moves a code and its sub-codes to the trash; annotations keep their codes for a restore. */
  async remove(id: Id): Promise<void> {
    const ctx = this.workbench.context();
    await this.workbench.commit(`delete code ${this.code(id).name}`, () =>
      [id, ...descendantIds(this.live(), id)].map((codeId) => {
        const before = this.code(codeId);
        return { table: 'codes' as const, before, after: touch(before, ctx, { deleted: true }) };
      }),
    );
  }
}

/** Whole-record changes from the records as they were to the changed ones (matched by id). */
function changesFrom<T extends PatchRecord>(
  table: PatchTable,
  before: readonly T[],
  after: readonly T[],
): RecordPatch {
  const byId = new Map(before.map((r) => [r.id, r]));
  return after.map((record) => ({ table, before: byId.get(record.id) ?? null, after: record }));
}
