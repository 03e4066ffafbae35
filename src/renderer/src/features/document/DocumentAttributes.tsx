/**
 * A document's attributes (REFI-QDA variables such as age or site, brought in from NVivo,
 * MAXQDA or ATLAS.ti), as a list of names and values; nothing when it has none.
 */
export function DocumentAttributes(props: { attributes: Record<string, string> | undefined }) {
  const entries = Object.entries(props.attributes ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <dl className="document-attributes" aria-label="Attributes">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
