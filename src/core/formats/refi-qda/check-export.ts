import { offsetConverter } from '../../anchoring/code-points';
import { normalizeGuid } from './guid';
import { sourceLookup } from './source-lookup';
import { DEFAULT_LIMITS } from './limits';
import { unpackArchive } from './safe-unzip';
import { decodeXml, parseXml, type XmlElement } from './xml-tree';
import { xmlSafe } from './xml-writer';

/** One problem the schema cannot see, located by element and GUID. */
export interface RefiProblem {
  /** Element path, e.g. `Sources/TextSource[2]/PlainTextSelection[5]`. */
  path: string;
  guid?: string;
  message: string;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

/**
 * The checks XML Schema cannot make on a REFI-QDA project or codebook: every GUID that is
 * referenced (`targetGUID`, `creatingUser`, `modifyingUser`, project user GUIDs) exists;
 * GUIDs are unique; every text source's file is in the archive; every selection lies inside its
 * text (counting code points); every selection whose `name` is set quotes its range exactly.
 * Used on every export in the tests. `texts: false` skips the range and quote checks, which hold
 * only for files that follow the standard to the letter (other tools count differently and
 * use `name` for labels); `marginalia validate` checks those through the import instead.
 */
export function checkRefiQda(
  bytes: Uint8Array,
  fileName: string,
  options: { texts: boolean } = { texts: true },
): RefiProblem[] {
  let xml = bytes;
  let files = new Map<string, Uint8Array>();
  if (isZip(bytes)) {
    const archive = unpackArchive(bytes, fileName, (n) => /\.(qde|txt)$/i.test(n));
    const qde = archive.files.get('project.qde');
    if (!qde) return [{ path: '', message: 'The archive has no project.qde' }];
    xml = qde;
    files = archive.files;
  }
  const root = parseXml(decodeXml(xml), fileName, DEFAULT_LIMITS.maxXmlDepth);
  const problems: RefiProblem[] = [];
  const defined = new Map<string, string>();
  const references: { path: string; guid: string; attr: string }[] = [];
  const lookup = sourceLookup(files);

  const visit = (el: XmlElement, path: string) => {
    const guid = el.attrs.guid;
    if (guid !== undefined && el.name !== 'MemberCode') {
      const key = normalizeGuid(guid);
      if (defined.has(key)) {
        problems.push({ path, guid, message: `GUID also used by ${defined.get(key)}` });
      } else defined.set(key, path);
    }
    for (const attr of [
      'targetGUID',
      'creatingUser',
      'modifyingUser',
      'creatingUserGUID',
      'modifyingUserGUID',
    ]) {
      const value = el.attrs[attr];
      if (value !== undefined) references.push({ path, guid: value, attr });
    }
    if (el.name === 'TextSource') checkSource(el, path, lookup, problems, options.texts);
    const counts = new Map<string, number>();
    for (const c of el.children) {
      const n = (counts.get(c.name) ?? 0) + 1;
      counts.set(c.name, n);
      visit(c, `${path}/${c.name}[${n}]`);
    }
  };
  visit(root, root.name);
  for (const ref of references) {
    if (!defined.has(normalizeGuid(ref.guid))) {
      problems.push({
        path: ref.path,
        guid: ref.guid,
        message: `${ref.attr} points to a GUID that does not exist`,
      });
    }
  }
  return problems;
}

function checkSource(
  el: XmlElement,
  path: string,
  lookup: (p: string) => Uint8Array | null,
  problems: RefiProblem[],
  texts: boolean,
) {
  const textPath = el.attrs.plainTextPath;
  const inline = el.children.find((c) => c.name === 'PlainTextContent');
  const bytes = inline || !textPath ? null : lookup(textPath);
  if (!inline && !bytes) {
    problems.push({
      path,
      guid: el.attrs.guid,
      message: `The text file ${textPath ?? '(none)'} is missing`,
    });
    return;
  }
  if (!texts) return;
  const text = inline ? inline.text : new TextDecoder().decode(bytes ?? new Uint8Array());
  const cp = offsetConverter(text);
  let k = 0;
  for (const sel of el.children) {
    if (sel.name !== 'PlainTextSelection') continue;
    k++;
    const at = `${path}/PlainTextSelection[${k}]`;
    const start = Number(sel.attrs.startPosition);
    const end = Number(sel.attrs.endPosition);
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= cp.codePointLength
    )) {
      problems.push({
        path: at,
        guid: sel.attrs.guid,
        message: `Range ${start}-${end} is outside the text (${cp.codePointLength} code points)`,
      });
      continue;
    }
    const quote = xmlSafe(text.slice(cp.toUtf16(start), cp.toUtf16(end)));
    if (sel.attrs.name !== undefined && sel.attrs.name !== quote) {
      problems.push({
        path: at,
        guid: sel.attrs.guid,
        message: 'The name differs from the text of the range',
      });
    }
  }
}
