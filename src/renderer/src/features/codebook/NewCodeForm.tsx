import { useState } from 'react';

/** Inline form for a new code (Enter creates, Escape cancels). */
export function NewCodeForm(props: {
  parentName?: string;
  onCreate(name: string): void;
  onCancel(): void;
}) {
  const [name, setName] = useState('');
  return (
    <form
      style={{ display: 'flex', gap: 6, padding: '0 8px 8px' }}
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) props.onCreate(name);
      }}
    >
      <input
        type="text"
        autoFocus
        aria-label={props.parentName ? `New sub-code of ${props.parentName}` : 'New code name'}
        placeholder={props.parentName ? `Sub-code of ${props.parentName}` : 'New code name'}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
        style={{ flex: 1, minWidth: 0 }}
      />
      <button type="submit" className="primary" disabled={!name.trim()}>
        Add
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
