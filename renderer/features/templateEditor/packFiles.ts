import {
  packFileText,
  readPackBytes,
  type PackFile,
  type PackReadResult,
} from '../../../shared/templates/pack';
import { getPlatform } from '../../platform/platform';

const PACK_FILTERS = [{ name: 'SLA Workbench template pack', extensions: ['json'] }];

/** `sla-templates-2026-12-01.slapack.json` */
export function packFileName(createdAt: string): string {
  return `sla-templates-${createdAt.slice(0, 10)}.slapack.json`;
}

/** Saves the pack where the user chooses; the file name when saved, null when cancelled. */
export async function savePackFile(pack: PackFile): Promise<string | null> {
  const name = packFileName(pack.createdAt);
  const result = await getPlatform().saveFile({
    bytes: new TextEncoder().encode(packFileText(pack)),
    suggestedName: name,
    filters: PACK_FILTERS,
  });
  return result.saved ? name : null;
}

/** Lets the user pick a pack file and reads and checks it; writes nothing. */
export async function pickPackFile(): Promise<PackReadResult | null> {
  const file = await getPlatform().openFile({ filters: PACK_FILTERS });
  return file ? readPackBytes(file.bytes) : null;
}
