import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MENU_COMMANDS, ipcContract, isMenuCommand } from './contract';

describe('IPC contract', () => {
  it('gives every channel a distinct name', () => {
    const names = Object.values(ipcContract).map((entry) => entry.channel);
    expect(new Set(names).size).toBe(names.length);
    expect(names.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('accepts a well-formed save request and refuses names with a path', () => {
    const request = { bytes: new Uint8Array([1]), suggestedName: 'Acme SLA – Runde 2.docx', filters: [] };
    expect(ipcContract.saveFile.request.safeParse(request).success).toBe(true);
    for (const suggestedName of ['../x.docx', 'C:\\Users\\x.docx', '/etc/passwd', '..', '']) {
      expect(
        ipcContract.saveFile.request.safeParse({ ...request, suggestedName }).success,
        suggestedName,
      ).toBe(false);
    }
  });

  it('wants extensions without dots or wildcards in the middle', () => {
    const filters = (extensions: string[]) => ({ filters: [{ name: 'Word', extensions }] });
    expect(ipcContract.openFile.request.safeParse(filters(['docx'])).success).toBe(true);
    expect(ipcContract.openFile.request.safeParse(filters(['*'])).success).toBe(true);
    expect(ipcContract.openFile.request.safeParse(filters(['.docx'])).success).toBe(false);
    expect(ipcContract.openFile.request.safeParse(filters(['do*x'])).success).toBe(false);
  });

  it('recognises exactly the menu commands', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    expect(isMenuCommand('rm -rf')).toBe(false);
    expect(isMenuCommand(undefined)).toBe(false);
  });
});
