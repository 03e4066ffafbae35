import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { CloseActions, Modal } from '../layout/Modal';
import { restoreBackup } from './restore-backup';

/**
 * Lists the project's rolling automatic backups (desktop) and restores one as a copy beside the
 * live project, so restoring never overwrites anything (in the exchange worker; see
 * restore-backup).
 */
export function BackupsDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const projectId = useWorkbenchState((s) => s.projectId);
  const project = useWorkbenchState((s) => s.projects.find((p) => p.id === s.projectId));
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const desktop = workbench.platform.backups;

  useEffect(() => {
    if (!desktop || !projectId) return;
    void desktop.list(projectId).then(setBackups, () => setBackups([]));
  }, [desktop, projectId]);

  async function restore(fileName: string) {
    if (!desktop || !projectId) return;
    const content = await desktop.read(projectId, fileName);
    // The restore shows its progress bar with Cancel once this dialog gives way.
    props.onClose();
    await restoreBackup(
      workbench,
      fileName,
      content,
      `${project?.name ?? 'Project'} (backup ${fileName.slice(0, 15)})`,
    );
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
