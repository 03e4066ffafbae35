/** How far a long piece of work has come, as the worker last reported it; total 0: not yet known. */
export interface ProgressFigureValue {
  label: string;
  done: number;
  total: number;
}

/**
 * A long job's figure ("Exporting records: 12,000 of 100,500") and an accessible progress bar
 * (a `progressbar` named by the label; indeterminate until the total is known), announced
 * politely as the worker reports (a few times a second at most).
 */
export function ProgressFigure(props: { value: ProgressFigureValue }) {
  const { label, done, total } = props.value;
  const known = total > 0;
  return (
    <span className="progress-figure">
      <span role="status">
        {label}
        {known ? `: ${done.toLocaleString()} of ${total.toLocaleString()}` : '…'}
      </span>{' '}
      {known ? (
        <progress aria-label={label} max={total} value={done} />
      ) : (
        <progress aria-label={label} />
      )}
    </span>
  );
}
