import { Modal } from '../layout/Modal';
import { SHORTCUTS } from './shortcuts';

/** The keyboard shortcuts sheet, opened with `?`. */
export function ShortcutsDialog(props: { onClose(): void }) {
  return (
    <Modal label="Keyboard shortcuts" onClose={props.onClose} wide>
      <h2>Keyboard shortcuts</h2>
      <div
        style={{ maxHeight: '65vh', overflow: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Shortcuts list"
      >
        {SHORTCUTS.map((group) => (
          <section key={group.group}>
            <h3 style={{ fontSize: 14 }}>{group.group}</h3>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <tbody>
                {group.items.map(([keys, action]) => (
                  <tr key={keys}>
                    <td
                      style={{
                        padding: '3px 12px 3px 0',
                        whiteSpace: 'nowrap',
                        verticalAlign: 'top',
                      }}
                    >
                      <kbd>{keys}</kbd>
                    </td>
                    <td style={{ padding: '3px 0' }}>{action}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button className="primary" onClick={props.onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
