/**
 * Where a JSON text first breaks the grammar (RFC 8259), as line and column: every browser words JSON.parse's
 * errors differently (and V8 often gives no position at all), so the place is found here, the same on every door.
 * Runs only after JSON.parse has failed. Iterative, so a file of a million `[` cannot overflow the stack.
 */

/** What is wrong at that place: an unexpected character, the end of the text, or a raw control character in a string. */
export type JsonFaultKind = 'unexpected' | 'end' | 'control';

export interface JsonFault {
  kind: JsonFaultKind;
  /** index in the text (UTF-16 code units) */
  offset: number;
  /** 1-based line (\n, \r\n and \r each end a line) and column (in characters) */
  line: number;
  column: number;
  /** the character found there, '' at the end of the text */
  found: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'].map((c) => c.charCodeAt(0)));

/** 1-based line and column of `offset`, counting characters (a surrogate pair is one). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

/** Index just past a string starting at `start` (a `"`), or the fault inside it. */
function scanString(text: string, start: number): number | { kind: JsonFaultKind; offset: number } {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return { kind: 'end', offset: text.length };
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { kind: 'control', offset: i };
    if (c !== 0x5c) {
      i++;
      continue;
    }
    const e = text.charCodeAt(i + 1);
    if (i + 1 >= text.length) return { kind: 'end', offset: text.length };
    if (SIMPLE_ESCAPES.has(e)) i += 2;
    else if (e === 0x75) {
      for (let k = 2; k < 6; k++) {
        if (i + k >= text.length) return { kind: 'end', offset: text.length };
        if (!isHex(text.charCodeAt(i + k))) return { kind: 'unexpected', offset: i + k };
      }
      i += 6;
    } else return { kind: 'unexpected', offset: i + 1 };
  }
}

/** Index just past a number starting at `start`, or the fault inside it. */
function scanNumber(text: string, start: number): number | { kind: JsonFaultKind; offset: number } {
  let i = start;
  const digits = () => {
    const from = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    return i > from;
  };
  const fault = () => ({ kind: i >= text.length ? ('end' as const) : ('unexpected' as const), offset: i });
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (!digits()) return fault();
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!digits()) return fault();
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!digits()) return fault();
  }
  return i;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

/** The first place `text` is not JSON, or null when it is JSON. */
export function findJsonFault(text: string): JsonFault | null {
  const fault = (kind: JsonFaultKind, offset: number): JsonFault => ({
    kind,
    offset,
    ...lineAndColumn(text, offset),
    found: offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : '',
  });
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
    if (i >= text.length) return expect === 'after' && stack.length === 0 ? null : fault('end', i);
    const c = text[i]!;
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return fault('unexpected', i);
      if (c === ',') expect = top === '[' ? 'value' : 'key';
      else if ((c === ']' && top === '[') || (c === '}' && top === '{')) stack.pop();
      else return fault('unexpected', i);
      i++;
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') return fault('unexpected', i);
      expect = 'value';
      i++;
      continue;
    }
    if ((expect === 'value-or-close' && c === ']') || (expect === 'key-or-close' && c === '}')) {
      stack.pop();
      expect = 'after';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c !== '"') return fault('unexpected', i);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fault(end.kind, end.offset);
      i = end;
      expect = 'colon';
      continue;
    }
    // a value
    if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '[' ? 'value-or-close' : 'key-or-close';
      i++;
      continue;
    }
    let end: number | { kind: JsonFaultKind; offset: number };
    if (c === '"') end = scanString(text, i);
    else if (c === '-' || isDigit(c.charCodeAt(0))) end = scanNumber(text, i);
    else {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
      if (word === null) return fault('unexpected', i);
      let k = 1;
      while (k < word.length && text[i + k] === word[k]) k++;
      end = k === word.length ? i + k : { kind: i + k >= text.length ? 'end' : 'unexpected', offset: i + k };
    }
    if (typeof end !== 'number') return fault(end.kind, end.offset);
    i = end;
    expect = 'after';
  }
}
