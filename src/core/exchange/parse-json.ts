/** Where and why a text is not valid JSON. */
export interface JsonSyntaxError {
  message: string;
  /** 0-based UTF-16 offset of the offending character. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

/** The outcome of parsing JSON: the value, or the location of the first syntax error. */
export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * `JSON.parse` with a line and column for errors. Engines word (and locate) their errors
 * differently, and recent V8 often gives no position at all, so on failure a small scanner
 * finds the first offending character itself.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = locateJsonError(text);
    const offset = found?.offset ?? 0;
    const message = found?.message ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, error: { message, offset, ...lineColumn(text, offset) } };
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Scans `text` as JSON (RFC 8259) and returns the first error, or null if it is valid.
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function locateJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const n = text.length;
  const fail = (message: string) => ({ offset: Math.min(i, n), message });
  const describe = () =>
    i >= n ? 'Unexpected end of the file' : `Unexpected character ${JSON.stringify(text[i])}`;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) {
      i++;
    }
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): string | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 0x20) return 'Control character in a string (escape it)';
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i++;
            return 'Invalid \\u escape in a string';
          }
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          i++;
          return 'Invalid escape in a string';
        }
        i += 2;
        continue;
      }
      i++;
    }
    return 'Unterminated string';
  };
  const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = (): boolean => {
    numberPattern.lastIndex = i;
    const m = numberPattern.exec(text);
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  /** Reads `"name" :` at the cursor (an object member's key), or says what is wrong there. */
  const key = (): { offset: number; message: string } | null => {
    if (text[i] !== '"') return fail(`${describe()}: expected a property name in double quotes`);
    const err = string();
    if (err) return fail(err);
    ws();
    if (text[i] !== ':') return fail(`${describe()}: expected ':' after a property name`);
    i++;
    return null;
  };
  // Each stack entry is the container we are in: '{' or '['.
  const stack: string[] = [];
  const value = (): { offset: number; message: string } | null => {
    ws();
    const c = text[i];
    if (c === '"') {
      const err = string();
      return err ? fail(err) : null;
    }
    if (c === '{' || c === '[') return null; // handled by the caller's loop
    if (c === 't' ? literal('true') : c === 'f' ? literal('false') : c === 'n' && literal('null')) {
      return null;
    }
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && number()) return null;
    return fail(i >= n ? 'Unexpected end of the file: a value is missing' : describe());
  };

  // Main loop: read a value; if it opens a container, push and read members.
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
        } else {
          stack.push('{');
          const err = key();
          if (err) return err;
          continue;
        }
      } else if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
        } else {
          stack.push('[');
          continue;
        }
      } else {
        const err = value();
        if (err) return err;
      }
      expectValue = false;
    }
    // After a value: close containers or move to the next member.
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i < n ? fail(`${describe()} after the end of the JSON value`) : null;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      ws();
      if (top === '{') {
        const err = key();
        if (err) return err;
      }
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      i++;
      stack.pop();
    } else {
      return fail(`${describe()}: expected ',' or '${top === '{' ? '}' : ']'}'`);
    }
  }
}
