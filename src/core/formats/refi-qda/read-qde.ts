import { normalizeGuid } from './guid';
import type {
  QdeCode,
  QdeCoding,
  QdeNote,
  QdeNotCarried,
  QdeProject,
  QdeSelection,
  QdeStamps,
  QdeTextSource,
} from './qde-model';
import { RefiQdaError } from './refi-error';
import { child, children, type XmlElement } from './xml-tree';

/**
 * Reads a parsed `project.qde` (root `Project`) or `.qdc` (root `CodeBook`) into the reader's
 * intermediate shape. Tolerant, as the interop files require: namespaces and element order are
 * ignored, GUIDs are normalised (case, braces), unknown elements are skipped, and an element that
 * cannot be read (a selection without numeric positions) is listed in `skipped` instead of
 * failing the file. Only a root that is neither a project nor a codebook is refused.
 */
export function readQde(root: XmlElement, fileName: string): QdeProject {
  if (root.name !== 'Project' && root.name !== 'CodeBook') {
    throw new RefiQdaError(
      fileName,
      `not a REFI-QDA project or codebook (the root element is <${root.name}>)`,
    );
  }
  const skipped: string[] = [];
  const notCarried = emptyNotCarried();
  const codebook = root.name === 'CodeBook' ? root : child(root, 'CodeBook');
  const codesElement = codebook && child(codebook, 'Codes');
  const project: QdeProject = {
    kind: root.name === 'Project' ? 'project' : 'codebook',
    name: root.attrs.name ?? '',
    origin: root.attrs.origin ?? '',
    description: textOf(child(root, 'Description')),
    ...stamps(root, 'creatingUserGUID', 'modifyingUserGUID'),
    users: children(child(root, 'Users') ?? root, 'User').flatMap((u) =>
      u.attrs.guid ? [{ guid: normalizeGuid(u.attrs.guid), name: u.attrs.name ?? '' }] : [],
    ),
    codes: codesElement ? readCodes(codesElement, skipped) : [],
    textSources: [],
    notes: children(child(root, 'Notes') ?? emptyElement, 'Note').flatMap((n) => readNote(n)),
    projectNoteRefs: refs(root, 'NoteRef'),
    notCarried,
    skipped,
  };
  const count = (name: string) => children(child(root, name) ?? emptyElement, name.slice(0, -1));
  notCarried.sets = count('Sets').length;
  notCarried.cases = count('Cases').length;
  const variables = new Map<string, string>();
  for (const v of count('Variables')) {
    if (v.attrs.guid && v.attrs.name) variables.set(normalizeGuid(v.attrs.guid), v.attrs.name);
  }
  const readSource = (source: XmlElement, name: string) =>
    readTextSource(source, name, skipped, variables);
  notCarried.links = count('Links').length;
  notCarried.graphs = count('Graphs').length;

  for (const source of child(root, 'Sources')?.children ?? []) {
    switch (source.name) {
      case 'TextSource':
        pushSource(project, readSource(source, source.attrs.name ?? ''));
        break;
      case 'PDFSource': {
        notCarried.pdfSources++;
        notCarried.nonTextSelections += children(source, 'PDFSelection').length;
        const representation = child(source, 'Representation');
        // The PDF's text layer is a text source of its own; its selections are text selections.
        if (representation) {
          const name = representation.attrs.name || source.attrs.name || '';
          pushSource(project, readSource(representation, name));
        }
        break;
      }
      case 'PictureSource':
        notCarried.pictureSources++;
        notCarried.nonTextSelections += children(source, 'PictureSelection').length;
        break;
      case 'AudioSource':
        notCarried.audioSources++;
        notCarried.nonTextSelections += children(source, 'AudioSelection').length;
        break;
      case 'VideoSource':
        notCarried.videoSources++;
        notCarried.nonTextSelections += children(source, 'VideoSelection').length;
        break;
    }
  }
  for (const s of project.textSources) notCarried.sourceCodings += s.sourceCodings;
  // Variables on text sources come in as document attributes; the rest (on cases) do not.
  const used = new Set(project.textSources.flatMap((s) => Object.keys(s.attributes)));
  notCarried.variables = [...variables.values()].filter((name) => !used.has(name)).length;
  return project;
}

const emptyElement: XmlElement = { name: '', attrs: {}, children: [], text: '' };

function emptyNotCarried(): QdeNotCarried {
  return {
    pdfSources: 0,
    pictureSources: 0,
    audioSources: 0,
    videoSources: 0,
    nonTextSelections: 0,
    sourceCodings: 0,
    sets: 0,
    cases: 0,
    variables: 0,
    links: 0,
    graphs: 0,
  };
}

function pushSource(project: QdeProject, source: QdeTextSource | null) {
  if (source) project.textSources.push(source);
}

function textOf(element: XmlElement | undefined): string {
  return element?.text ?? '';
}

function refs(element: XmlElement, name: string): string[] {
  return children(element, name).flatMap((r) =>
    r.attrs.targetGUID ? [normalizeGuid(r.attrs.targetGUID)] : [],
  );
}

function stamps(element: XmlElement, creating = 'creatingUser', modifying = 'modifyingUser') {
  const out: QdeStamps = {};
  const { attrs } = element;
  if (attrs[creating]) out.creatingUser = normalizeGuid(attrs[creating]);
  if (attrs.creationDateTime) out.creationDateTime = attrs.creationDateTime;
  if (attrs[modifying]) out.modifyingUser = normalizeGuid(attrs[modifying]);
  if (attrs.modifiedDateTime) out.modifiedDateTime = attrs.modifiedDateTime;
  return out;
}

function readCodes(parent: XmlElement, skipped: string[]): QdeCode[] {
  return children(parent, 'Code').flatMap((c) => {
    if (!c.attrs.guid) {
      skipped.push(`a code without a GUID ("${c.attrs.name ?? ''}")`);
      return [];
    }
    const code: QdeCode = {
      guid: normalizeGuid(c.attrs.guid),
      name: c.attrs.name ?? '',
      isCodable: c.attrs.isCodable !== 'false' && c.attrs.isCodable !== '0',
      description: textOf(child(c, 'Description')),
      noteRefs: refs(c, 'NoteRef'),
      children: readCodes(c, skipped),
    };
    if (c.attrs.color) code.color = c.attrs.color;
    return [code];
  });
}

function readNote(n: XmlElement): QdeNote[] {
  if (!n.attrs.guid) return [];
  return [
    {
      guid: normalizeGuid(n.attrs.guid),
      name: n.attrs.name ?? '',
      text: textOf(child(n, 'PlainTextContent')) || textOf(child(n, 'Description')),
      ...stamps(n),
    },
  ];
}

function readTextSource(
  s: XmlElement,
  name: string,
  skipped: string[],
  variables: Map<string, string>,
): QdeTextSource | null {
  if (!s.attrs.guid) {
    skipped.push(`a text source without a GUID ("${name}")`);
    return null;
  }
  const content = child(s, 'PlainTextContent');
  const source: QdeTextSource = {
    guid: normalizeGuid(s.attrs.guid),
    name,
    description: textOf(child(s, 'Description')),
    noteRefs: refs(s, 'NoteRef'),
    selections: children(s, 'PlainTextSelection').flatMap((sel) => readSelection(sel, skipped)),
    sourceCodings: children(s, 'Coding').length,
    attributes: variableValues(s, variables),
    ...stamps(s),
  };
  if (s.attrs.plainTextPath) source.plainTextPath = s.attrs.plainTextPath;
  if (content) source.plainTextContent = content.text;
  return source;
}

/** A source's variable values by variable name, each value as its text (any typed value). */
function variableValues(s: XmlElement, variables: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of children(s, 'VariableValue')) {
    const guid = refs(value, 'VariableRef')[0];
    const name = guid === undefined ? undefined : variables.get(guid);
    const typed = value.children.find((c) => c.name !== 'VariableRef');
    if (name !== undefined && typed) out[name] = typed.text;
  }
  return out;
}

function readSelection(sel: XmlElement, skipped: string[]): QdeSelection[] {
  const start = integer(sel.attrs.startPosition);
  const end = integer(sel.attrs.endPosition);
  if (!sel.attrs.guid || start === null || end === null || end < start) {
    skipped.push(
      `a text selection with a missing GUID or unreadable positions (${sel.attrs.guid ?? 'no GUID'})`,
    );
    return [];
  }
  return [
    {
      guid: normalizeGuid(sel.attrs.guid),
      name: sel.attrs.name ?? '',
      start,
      end,
      description: textOf(child(sel, 'Description')),
      codings: children(sel, 'Coding').flatMap((c) => readCoding(c)),
      noteRefs: refs(sel, 'NoteRef'),
      ...stamps(sel),
    },
  ];
}

function readCoding(c: XmlElement): QdeCoding[] {
  const ref = child(c, 'CodeRef')?.attrs.targetGUID;
  if (!ref) return [];
  return [{ guid: normalizeGuid(c.attrs.guid ?? ''), codeGuid: normalizeGuid(ref), ...stamps(c) }];
}

function integer(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value)) return null;
  return Number(value);
}
