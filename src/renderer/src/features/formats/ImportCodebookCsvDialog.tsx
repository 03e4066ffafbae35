import { useEffect, useMemo, useState } from 'react';
import { parseCodebookCsv } from '../../../../core/formats/csv/codebook-csv';
import {
  codebookImportChange,
  planCodebookImport,
} from '../../../../core/formats/csv/codebook-csv-plan';
import { newId, nowIso } from '../../../../core/ids/new-id';
import { codePaths } from '../../../../core/formats/shared/code-paths';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import { Modal } from '../layout/Modal';

/** How paths in the file are split into names. */
type Separator = 'auto' | '>' | '/';

/**
 * Reads the picked file's codes for the open project (fresh ids and stamps each call): for the
 * preview, and again at Import so the plan is made against the codebook as it is then.
 */
function parseFile(
  file: { name: string; content: string },
  separator: Separator,
  projectId: string,
  coderId: string,
): ReturnType<typeof parseCodebookCsv> {
  return parseCodebookCsv(file.name, file.content, {
    projectId,
    coderId,
    now: nowIso(),
    newId,
    ...(separator === 'auto' ? {} : { separator }),
  });
}

/**
 * Imports a codebook from CSV (as MAXQDA and Taguette users bring it: `path`, colour,
 * description, hotkey; paths split at `>` or `/`) into the open project's codebook. The preview
 * lists the codes that are new and the ones the codebook already has (matched by path of names,
 * kept as they are); Import adds the new ones as one change that Undo takes back.
 */
export function ImportCodebookCsvDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const { onClose } = props;
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [separator, setSeparator] = useState<Separator>('auto');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const picked = await workbench.platform.openTextFile(['.csv', '.tsv', '.txt']);
        if (!live) return;
        if (!picked) return onClose();
        setFile(picked);
      } catch (error) {
        workbench.fail('Could not read the codebook file', error);
        onClose();
      }
    })();
    return () => {
      live = false;
    };
  }, [workbench, onClose]);

  const projectId = workbench.state.projectId ?? '';
  const coderId = workbench.state.coder?.id ?? '';
  const read = useMemo(() => {
    if (!file) return null;
    const parsed = parseFile(file, separator, projectId, coderId);
    if (!parsed.ok) return { ok: false as const, lines: parsed.problems };
    const plan = planCodebookImport(codes, parsed.codes);
    const paths = codePaths(parsed.codes);
    const newPaths = plan.added.map((c) => (paths.get(c.id) ?? [c.name]).join(' > '));
    const lines = [
      `New codes (${plan.added.length}):`,
      ...newPaths.map((p) => `+ ${p}`),
      `Already in the codebook, kept as they are (${plan.matched.length}):`,
      ...plan.matched.map((p) => `= ${p}`),
      ...parsed.warnings,
    ];
    return { ok: true as const, plan, lines };
  }, [file, separator, codes, projectId, coderId]);

  async function proceed() {
    if (!file || !read?.ok) return;
    setBusy(true);
    try {
      const count = await workbench.changes.change(() => {
        // Planned again against the codebook as it is now, so nothing is added twice.
        const parsed = parseFile(file, separator, projectId, coderId);
        if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
        const plan = planCodebookImport(workbench.state.codes, parsed.codes);
        const set = codebookImportChange(
          plan,
          { projectId, fileName: file.name },
          workbench.context(),
        );
        return { set, value: plan.added.length };
      });
      workbench.notify(
        notice('info', `Imported ${count} code${count === 1 ? '' : 's'} from ${file.name}`),
      );
    } catch (error) {
      workbench.fail(`${file.name}: not imported, nothing changed`, error);
    }
    onClose();
  }

  return (
    <Modal label="Import codebook from CSV" onClose={onClose} wide>
      <h2>Import codebook from CSV</h2>
      {!file && <p role="status">Reading the file…</p>}
      {file && (
        <>
          <label>
            Path separator{' '}
            <select value={separator} onChange={(e) => setSeparator(e.target.value as Separator)}>
              <option value="auto">as the file has it (&gt; if any, else /)</option>
              <option value=">">&gt; (MAXQDA)</option>
              <option value="/">/ (Taguette, QualCoder)</option>
            </select>
          </label>
          <p>
            {read?.ok
              ? 'This will come into the codebook:'
              : `${file.name} cannot be imported; nothing changed:`}
          </p>
          <pre className="import-preview" aria-label="What the file brings">
            {read?.lines.join('\n')}
          </pre>
        </>
      )}
      <div className="dialog-actions">
        {read?.ok && (
          <button
            className="primary"
            onClick={() => void proceed()}
            disabled={busy || read.plan.added.length === 0}
          >
            Import
          </button>
        )}
        <button onClick={onClose}>{read?.ok ? 'Cancel' : 'Close'}</button>
      </div>
    </Modal>
  );
}
