/**
 * A REFI-QDA project or codebook as read from XML, before it becomes Marginalia records: the
 * reader's intermediate shape, close to the file (GUIDs normalised, positions as written).
 */

/** Who made and changed an element, as far as the file says. */
export interface QdeStamps {
  creatingUser?: string;
  creationDateTime?: string;
  modifyingUser?: string;
  modifiedDateTime?: string;
}

/** A `User`: a person the file's records name (becomes a coder). */
export interface QdeUser {
  guid: string;
  name: string;
}

/** A `Code` of the codebook with its children, as nested in the file. */
export interface QdeCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string;
  description: string;
  noteRefs: string[];
  children: QdeCode[];
}

/** A `Coding`: one code applied to a selection, by whom. */
export interface QdeCoding extends QdeStamps {
  guid: string;
  codeGuid: string;
}

/** A `PlainTextSelection`: a span of a text source, positions as the tool wrote them. */
export interface QdeSelection extends QdeStamps {
  guid: string;
  /** The `name` attribute: a quote for most tools, a label (`line:6`) or empty for others. */
  name: string;
  start: number;
  end: number;
  description: string;
  codings: QdeCoding[];
  noteRefs: string[];
}

/** A `TextSource` (or a PDF's text `Representation`) with its selections. */
export interface QdeTextSource extends QdeStamps {
  guid: string;
  name: string;
  plainTextPath?: string;
  /** Inline text (`PlainTextContent`), the alternative to `plainTextPath`. */
  plainTextContent?: string;
  description: string;
  noteRefs: string[];
  selections: QdeSelection[];
  /** Codings of the whole source (REFI allows them; Marginalia codes spans). */
  sourceCodings: number;
  /** Its variable values (`VariableValue`), by variable name, as text. */
  attributes: Record<string, string>;
}

/** A `Note`: memo text that codes, sources, selections or the project refer to. */
export interface QdeNote extends QdeStamps {
  guid: string;
  name: string;
  text: string;
}

/** Things a REFI-QDA file may hold that Marginalia does not carry, counted for the report. */
export interface QdeNotCarried {
  pdfSources: number;
  pictureSources: number;
  audioSources: number;
  videoSources: number;
  nonTextSelections: number;
  sourceCodings: number;
  sets: number;
  cases: number;
  variables: number;
  links: number;
  graphs: number;
}

/** The whole file: a project, or a codebook with only `codes` filled. */
export interface QdeProject extends QdeStamps {
  kind: 'project' | 'codebook';
  name: string;
  origin: string;
  description: string;
  users: QdeUser[];
  codes: QdeCode[];
  textSources: QdeTextSource[];
  notes: QdeNote[];
  projectNoteRefs: string[];
  notCarried: QdeNotCarried;
  /** Elements that were skipped because they were unreadable (bad positions, missing GUIDs). */
  skipped: string[];
}
