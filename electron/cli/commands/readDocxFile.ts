import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { DEFAULT_DOCX_LIMITS, DocxImportError } from '../../../shared/docx/DocxImportError';
import { importDocx, type ImportedDocx } from '../../../shared/docx/importDocx';
import type { SlaDocument } from '../../../shared/model/document';
import { CliUsageError } from '../CliUsageError';

/** A file the user named could not be used; printed as `<file>: <reason>` on one line. */
export class CliFileError extends Error {
  override readonly name = 'CliFileError';
}

/** Reads and imports one Word file named on the command line; every failure says which file and why. */
export async function readDocxFile(
  cwd: string,
  file: string,
  reference?: SlaDocument,
): Promise<ImportedDocx> {
  const path = resolve(cwd, file);
  const name = basename(file);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliFileError(`${name} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliFileError) throw error;
    throw new CliFileError(`${name} cannot be opened (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  // Refuse huge files before reading them into memory; importDocx checks again on the bytes.
  if (size > DEFAULT_DOCX_LIMITS.maxFileBytes)
    throw new CliFileError(
      `${name}: the file is ${Math.round(size / 1024 / 1024)} MB; Word files up to ${DEFAULT_DOCX_LIMITS.maxFileBytes / 1024 / 1024} MB can be imported.`,
    );
  const bytes = new Uint8Array(await readFile(path));
  try {
    return await importDocx(bytes, reference ? { reference } : {});
  } catch (error) {
    if (error instanceof DocxImportError) throw new CliFileError(`${name}: ${error.message}`);
    throw error;
  }
}

export function requireArgument(value: string | undefined, what: string): string {
  if (!value) throw new CliUsageError(`missing ${what}.`);
  return value;
}
