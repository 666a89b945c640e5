/**
 * The text of an incident export as bytes arrive from a file: UTF-8 (with or without BOM),
 * UTF-16 with BOM (Excel's "Unicode text"), or Windows-1252, which German Excel still writes for
 * "CSV (Trennzeichen-getrennt)" — so "Störung" never turns into "St�rung".
 */

// The ES2023 lib has no TextDecoder type, but every runtime this code runs in (Node, Chromium, workers) has it.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}
