import { descendantIds, mergeCodes, moveCode, nextColor, assignDefaultHotkeys } from '../../../core/codebook';
import { touch } from '../../../core/coding/edits';
import { newId } from '../../../core/ids/new-id';
import type { Code, Id } from '../../../core/model/types';
import type { RecordPatch } from '../../../core/undo/record-patch';
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
      createdBy: ctx.coderId,
      createdAt: ctx.now,
      updatedBy: ctx.coderId,
      updatedAt: ctx.now,
      deleted: false,
    };
    const withHotkey = assignDefaultHotkeys([...live, code]).find((c) => c.id === code.id) ?? code;
    await this.workbench.commit(`create code ${trimmed}`, [{ table: 'codes', before: null, after: withHotkey }]);
    return withHotkey;
  }

  /** Changes fields of one code (name, colour, description, hotkey, memo). */
  async update(id: Id, changes: Partial<Pick<Code, 'name' | 'color' | 'description' | 'hotkey' | 'memo'>>, label: string): Promise<void> {
    const code = this.code(id);
    if (changes.name !== undefined && !changes.name.trim()) throw new Error('A code needs a name.');
    const patch: RecordPatch = [];
    if (changes.hotkey) {
      // A hotkey belongs to one code: taking it moves it.
      for (const other of this.live()) {
        if (other.id !== id && other.hotkey === changes.hotkey) {
          patch.push({ table: 'codes', before: other, after: touch<Code>(other, this.workbench.context(), { hotkey: null }) });
        }
      }
    }
    patch.push({ table: 'codes', before: code, after: touch<Code>(code, this.workbench.context(), changes) });
    await this.workbench.commit(label, patch);
  }

  /** Moves a code under another parent (or to the top level) at a position among its siblings. */
  async move(id: Id, parentId: Id | null, index?: number): Promise<void> {
    const changed = moveCode(this.live(), id, parentId, index, this.workbench.context());
    const before = new Map(this.workbench.state.codes.map((c) => [c.id, c]));
    await this.workbench.commit(
      `move code ${this.code(id).name}`,
      changed.map((after) => ({ table: 'codes' as const, before: before.get(after.id) ?? null, after })),
    );
  }

  /** Merges one code into another: its annotations and children move; nothing is lost. */
  async merge(fromId: Id, intoId: Id): Promise<void> {
    const projectId = this.workbench.state.projectId;
    if (!projectId) return;
    const from = this.code(fromId);
    const into = this.code(intoId);
    const ctx = this.workbench.context();
    const data = await this.workbench.storage.loadProjectForExport(projectId);
    const annotations = data?.annotations ?? [];
    const result = mergeCodes(this.workbench.state.codes, annotations, fromId, intoId, ctx.coderId, ctx.now);
    const codesBefore = new Map(this.workbench.state.codes.map((c) => [c.id, c]));
    const annotationsBefore = new Map(annotations.map((a) => [a.id, a]));
    await this.workbench.commit(`merge code ${from.name} into ${into.name}`, [
      ...result.codes.map((after) => ({ table: 'codes' as const, before: codesBefore.get(after.id) ?? null, after })),
      ...result.annotations.map((after) => ({
        table: 'annotations' as const,
        before: annotationsBefore.get(after.id) ?? null,
        after,
      })),
    ]);
  }

  /** Moves a code and its sub-codes to the trash; annotations keep their codes for a restore. */
  async remove(id: Id): Promise<void> {
    const code = this.code(id);
    const ctx = this.workbench.context();
    const ids = [id, ...descendantIds(this.live(), id)];
    await this.workbench.commit(
      `delete code ${code.name}`,
      ids.map((codeId) => {
        const before = this.code(codeId);
        return { table: 'codes' as const, before, after: touch(before, ctx, { deleted: true }) };
      }),
    );
  }
}
