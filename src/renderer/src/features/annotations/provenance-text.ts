/**
 * Where a consensus annotation came from, in a reader's words: "from Ada’s and Ben’s
 * annotations", "from Ada’s annotation". `coderNames` has one entry per source annotation (null:
 * the source is no longer in this document, e.g. deleted); each coder is named once, in order.
 */
export function provenancePhrase(coderNames: readonly (string | null)[]): string {
  const names = [...new Set(coderNames.filter((n): n is string => n !== null))];
  const missing = coderNames.filter((n) => n === null).length;
  const known = coderNames.length - missing;
  const parts = names.map((n) => `${n}’s`);
  const noun = known === 1 ? 'annotation' : 'annotations';
  const gone = missing === 0 ? '' : `${missing} no longer here`;
  if (parts.length === 0)
    return gone
      ? `from ${missing === 1 ? 'an annotation' : `${missing} annotations`} no longer here`
      : '';
  return `from ${listWords(parts)} ${noun}${gone ? ` and ${gone}` : ''}`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
