/**
 * Text from a file (entry names, clause text, comments) may hold control characters: an escape
 * sequence can rewrite a terminal, a bidirectional override can reorder what is shown. Everything
 * the CLI writes passes through here; such characters are written as visible `\uXXXX` escapes
 * (valid inside JSON strings too). Line breaks and tabs of the output itself stay.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point here
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
