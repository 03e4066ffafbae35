import { useEffect, useState } from 'react';
import { copyProject } from '../../../../core/backup/copy-project';
import type { BackupInfo, MarginaliaBridge } from '../../../../shared/ipc/contract';
import { newId } from '../../../../core/ids/new-id';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { CloseActions, Modal } from '../layout/Modal';
import { importProjectText } from '../exchange/import-project';

/** The desktop bridge, when running in Electron. */
function bridge(): MarginaliaBridge | undefined {
  return (window as Window & { marginalia?: MarginaliaBridge }).marginalia;
}

/**
 * Lists the project's rolling automatic backups (desktop) and restores one as a copy beside the
 * live project, so restoring never overwrites anything.
 */
export function BackupsDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const projectId = useWorkbenchState((s) => s.projectId);
  const project = useWorkbenchState((s) => s.projects.find((p) => p.id === s.projectId));
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const desktop = bridge();

  useEffect(() => {
    if (!desktop || !projectId) return;
    void desktop.listBackups({ projectId }).then((r) => setBackups(r.ok ? r.value : []));
  }, [desktop, projectId]);

  async function restore(fileName: string) {
    if (!desktop || !projectId) return;
    const read = await desktop.readBackup({ projectId, fileName });
    if (!read.ok) throw new Error(read.error.message);
    const data = JSON.parse(read.value.content) as Parameters<typeof copyProject>[0] &
      Record<string, unknown>;
    const copy = copyProject(
      data,
      newId,
      `${project?.name ?? 'Project'} (backup ${fileName.slice(0, 15)})`,
    );
    await importProjectText(workbench, fileName, JSON.stringify(copy));
    props.onClose();
  }

  return (
    <Modal label="Automatic backups" onClose={props.onClose}>
      <h2>Automatic backups</h2>
      {!desktop ? (
        <p>
          The desktop app keeps rolling automatic backups of each project. In the browser, keep your
          own: use <strong>Export…</strong> (with document texts) regularly.
        </p>
      ) : backups === null ? (
        <p>Loading…</p>
      ) : backups.length === 0 ? (
        <p className="muted">
          No backups of this project yet. One is written shortly after each round of edits.
        </p>
      ) : (
        <ul className="list">
          {backups.map((b) => (
            <li key={b.fileName}>
              <span style={{ flex: 1 }}>
                {new Date(b.createdAt).toLocaleString()}{' '}
                <span className="muted">({Math.round(b.byteSize / 1024)} KB)</span>
              </span>
              <button
                onClick={() =>
                  void restore(b.fileName).catch((e: unknown) =>
                    workbench.fail('Could not restore the backup', e),
                  )
                }
              >
                Restore as a copy
              </button>
            </li>
          ))}
        </ul>
      )}
      <CloseActions onClose={props.onClose} />
    </Modal>
  );
}
