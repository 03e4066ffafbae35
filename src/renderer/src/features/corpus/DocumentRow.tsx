import { useState } from 'react';

/** One document in the corpus list: open on click or Enter, rename with F2, remove to trash. */
export function DocumentRow(props: {
  name: string;
  detail: string;
  current: boolean;
  onOpen(): void;
  onRename(name: string): void;
  onRemove(): void;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.name);
  if (editing) {
    return (
      <li>
        <input
          type="text"
          aria-label={`New name for ${props.name}`}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              props.onRename(draft);
              setEditing(false);
            } else if (e.key === 'Escape') setEditing(false);
          }}
          onBlur={() => setEditing(false)}
          style={{ flex: 1 }}
        />
      </li>
    );
  }
  return (
    <li aria-current={props.current ? 'true' : undefined} title={props.detail}>
      <button
        className="name"
        aria-label={`Open ${props.name}`}
        onClick={props.onOpen}
        onKeyDown={(e) => {
          if (e.key === 'F2') {
            setDraft(props.name);
            setEditing(true);
          } else if (e.key === 'Delete') props.onRemove();
        }}
      >
        <div>{props.name}</div>
        <div className="muted">{props.detail}</div>
      </button>
      <button
        className="link"
        aria-label={`Rename ${props.name}`}
        title="Rename (F2)"
        onClick={() => {
          setDraft(props.name);
          setEditing(true);
        }}
      >
        ✎
      </button>
      <button
        className="link"
        aria-label={`Remove ${props.name}`}
        title="Move to trash (Delete)"
        onClick={props.onRemove}
      >
        ✕
      </button>
    </li>
  );
}
