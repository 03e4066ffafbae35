import { useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { Modal } from '../layout/Modal';
import type { MenuAction } from '../layout/Menu';
import { MenuButton } from '../layout/MenuButton';

/**
 * Switch projects, and a Project menu to create, rename and delete (to trash) them; `more` adds
 * the toolbar's other project-wide actions to that menu.
 */
export function ProjectSwitcher(props: { more?: readonly MenuAction[] }) {
  const workbench = useWorkbench();
  const projects = useWorkbenchState((s) => s.projects);
  const projectId = useWorkbenchState((s) => s.projectId);
  const [naming, setNaming] = useState<{ mode: 'new' | 'rename'; name: string } | null>(null);
  const live = projects.filter((p) => !p.deleted);
  const current = live.find((p) => p.id === projectId);
  const fail = (title: string) => (e: unknown) => workbench.fail(title, e);
  const items: MenuAction[] = [
    { label: 'New project…', onSelect: () => setNaming({ mode: 'new', name: '' }) },
    {
      label: 'Rename project…',
      disabled: !current,
      onSelect: () => current && setNaming({ mode: 'rename', name: current.name }),
    },
    {
      label: 'Delete project',
      disabled: !current,
      onSelect: () =>
        current &&
        void workbench.deleteProject(current.id).catch(fail('Could not delete the project')),
    },
    ...(props.more ?? []),
  ];

  return (
    <>
      <select
        aria-label="Project"
        value={projectId ?? ''}
        onChange={(e) =>
          void workbench.switchProject(e.target.value).catch(fail('Could not open the project'))
        }
      >
        {!current && <option value="">No project</option>}
        {live.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <MenuButton label="Project menu" title="Project: new, rename, delete" items={items}>
        Project ▾
      </MenuButton>
      {naming && (
        <Modal
          label={naming.mode === 'new' ? 'New project' : 'Rename project'}
          onClose={() => setNaming(null)}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const name = naming.name.trim();
              if (!name) return;
              const work =
                naming.mode === 'new'
                  ? workbench.createProject(name)
                  : workbench.renameProject(projectId ?? '', name);
              void work.then(() => setNaming(null)).catch(fail('Could not save the project'));
            }}
          >
            <h2 style={{ fontSize: 16 }}>
              {naming.mode === 'new' ? 'New project' : 'Rename project'}
            </h2>
            <label htmlFor="project-name">Project name</label>
            <input
              id="project-name"
              type="text"
              autoFocus
              value={naming.name}
              onChange={(e) => setNaming({ ...naming, name: e.target.value })}
              style={{ width: '100%' }}
            />
            <div className="dialog-actions">
              <button type="submit" className="primary" disabled={!naming.name.trim()}>
                {naming.mode === 'new' ? 'Create' : 'Rename'}
              </button>
              <button type="button" onClick={() => setNaming(null)}>
                Cancel
              </button>
            </div>
          </form>
        </Modal>
      )}
    </>
  );
}
