import { useCodeCycles } from './use-code-cycles';
import { useConflicts } from './use-conflicts';

/**
 * The toolbar button that opens the review panel, with the count: "Conflicts (4)" (records in
 * conflict and parent cycles to settle).
 */
export function ConflictsButton(props: { onOpen(): void }) {
  const count = useConflicts().length + useCodeCycles().length;
  if (count === 0) return null;
  return (
    <button onClick={props.onOpen} title="Review what coders changed differently">
      Conflicts ({count})
    </button>
  );
}
