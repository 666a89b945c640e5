import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packIcns, packIco, pngSize, readIconFile } from './iconFiles.mjs';

const icons = fileURLToPath(new URL('../../assets/icons/', import.meta.url));
const read = (name: string) => new Uint8Array(readFileSync(`${icons}${name}`));

describe('icon files', () => {
  it('packs PNGs into .ico and .icns that read back with their sizes', () => {
    const small = read('png/16x16.png');
    const large = read('png/256x256.png');
    expect(readIconFile(packIco([small, large]))).toEqual({ format: 'ico', sizes: [16, 256] });
    expect(
      readIconFile(
        packIcns(
          new Map([
            [16, small],
            [256, large],
          ]),
        ),
      ),
    ).toEqual({
      format: 'icns',
      sizes: [16, 256, 256],
    });
    expect(() => packIco([read('png/512x512.png')])).toThrow(/at most 256/);
  });

  it('ships every size the installers use, drawn from icon.svg', () => {
    for (const file of readdirSync(`${icons}png`)) {
      const size = Number(/^(\d+)x\1\.png$/.exec(file)?.[1]);
      expect(pngSize(read(`png/${file}`)), file).toEqual({ width: size, height: size });
    }
    expect(readIconFile(read('icon.ico')).sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(readIconFile(read('icon.icns')).sizes).toEqual(
      expect.arrayContaining([16, 32, 64, 128, 256, 512, 1024]),
    );
    expect(pngSize(read('icon.png'))).toEqual({ width: 512, height: 512 });
  });
});
