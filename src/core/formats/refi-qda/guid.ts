/** The REFI-QDA GUID pattern, with or without braces, any case. */
const GUID =
  /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

/**
 * A GUID as Marginalia stores it: lower case, no braces, so `{66E99052-…}` from one tool and
 * `66e99052-…` from another are the same record. Anything not GUID-shaped is returned trimmed,
 * since tolerant reading keeps a readable id rather than dropping the record.
 */
export function normalizeGuid(value: string): string {
  const trimmed = value.trim();
  const match = GUID.exec(trimmed);
  return match ? (match[1] as string).toLowerCase() : trimmed;
}

/** Whether a string is a GUID REFI-QDA's schema accepts. */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/**
 * A GUID for a Marginalia id: the id itself when it is one (UUIDv7 ids are), otherwise a
 * deterministic one derived from it (FNV-1a, four lanes), so the same record always gets the
 * same GUID and references stay consistent within and across exports.
 */
export function guidFor(id: string): string {
  if (isGuid(id)) return normalizeGuid(id);
  return derivedGuid(id);
}

/** A deterministic GUID (version 8, "custom") from any string. */
export function derivedGuid(seed: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  for (let i = 0; i < seed.length; i++) {
    const c = seed.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul((lanes[l] as number) ^ c, 0x01000193 + l * 2);
  }
  const hex = lanes.map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
