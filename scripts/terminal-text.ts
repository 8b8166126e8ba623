/**
 * Text from a dataset file on its way to a terminal: control characters are shown escaped, never obeyed. A file's
 * unknown key holding "\u001b[2J\u001b[H\u001b[32mOK" would otherwise clear the screen and print a fake green "OK";
 * "\u001b]0;…\u0007" would retitle the window; a right-to-left override would reverse the digits after it.
 */

// C0 controls but tab and newline, DEL, C1 controls, bidirectional controls, line and paragraph separators
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escapeOf = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The line with every control character written as a visible escape ("\u001B"); tab and newline are kept. */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, escapeOf);
}

/**
 * JSON for a terminal: the same value, with the characters JSON.stringify leaves raw (C1, bidirectional controls)
 * written as \u escapes. Outside strings JSON holds none of them, so the text still parses to the same value.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(/[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, escapeOf);
}
