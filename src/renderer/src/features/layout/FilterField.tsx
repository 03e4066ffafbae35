/** The filter box at the top of a panel list (documents, codes): type to narrow the list. */
export function FilterField(props: {
  label: string;
  placeholder: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <div style={{ padding: '6px 8px' }}>
      <input
        type="search"
        aria-label={props.label}
        placeholder={props.placeholder}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        style={{ width: '100%' }}
      />
    </div>
  );
}
