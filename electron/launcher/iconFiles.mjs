// Icon containers for the packaged app, from PNG images: Windows .ico and macOS .icns. Both
// formats may hold PNG data directly (ICO since Windows Vista, ICNS types ic07–ic14), so no
// image library is needed; the PNGs are drawn from assets/icons/icon.svg by build-icons.mjs.

/** @param {Uint8Array} png */
export function pngSize(png) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, index) => png[index] !== byte))
    throw new Error('not a PNG image');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A Windows icon: a directory of entries, each a PNG (sizes up to 256; 256 is written as 0).
 * @param {Uint8Array[]} pngs
 * @returns {Uint8Array}
 */
export function packIco(pngs) {
  const header = 6;
  const entry = 16;
  const total = header + entry * pngs.length + pngs.reduce((sum, png) => sum + png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, pngs.length, true);
  let offset = header + entry * pngs.length;
  pngs.forEach((png, index) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`an .ico entry is at most 256 px, not ${width}`);
    const at = header + entry * index;
    view.setUint8(at, width === 256 ? 0 : width);
    view.setUint8(at + 1, height === 256 ? 0 : height);
    view.setUint8(at + 2, 0); // no palette
    view.setUint8(at + 3, 0);
    view.setUint16(at + 4, 1, true); // colour planes
    view.setUint16(at + 6, 32, true); // bits per pixel
    view.setUint32(at + 8, png.length, true);
    view.setUint32(at + 12, offset, true);
    out.set(png, offset);
    offset += png.length;
  });
  return out;
}

/** ICNS element types that hold PNG data, by pixel size (the @2x types share sizes with 1x ones). */
export const ICNS_TYPES = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 },
  { type: 'ic11', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic13', size: 256 },
  { type: 'ic14', size: 512 },
];

/**
 * A macOS icon family: 'icns', total length, then (type, length, PNG data) elements, big-endian.
 * @param {Map<number, Uint8Array>} pngsBySize
 * @returns {Uint8Array}
 */
export function packIcns(pngsBySize) {
  const elements = ICNS_TYPES.flatMap(({ type, size }) => {
    const png = pngsBySize.get(size);
    return png ? [{ type, png }] : [];
  });
  const total = 8 + elements.reduce((sum, element) => sum + 8 + element.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (text, at) =>
    [...text].forEach((char, index) => view.setUint8(at + index, char.charCodeAt(0)));
  ascii('icns', 0);
  view.setUint32(4, total);
  let offset = 8;
  for (const { type, png } of elements) {
    ascii(type, offset);
    view.setUint32(offset + 4, 8 + png.length);
    out.set(png, offset + 8);
    offset += 8 + png.length;
  }
  return out;
}

/**
 * The entries of an .ico or .icns file, for checking what a build wrote.
 * @param {Uint8Array} bytes
 * @returns {{ format: 'ico' | 'icns'; sizes: number[] }}
 */
export function readIconFile(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(0, 4)) === 'icns') {
    const sizes = [];
    for (let offset = 8; offset + 8 <= bytes.length;) {
      const length = view.getUint32(offset + 4);
      sizes.push(pngSize(bytes.subarray(offset + 8, offset + length)).width);
      offset += length;
    }
    return { format: 'icns', sizes };
  }
  if (view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) throw new Error('not an icon file');
  const sizes = [];
  for (let index = 0; index < view.getUint16(4, true); index++) {
    const at = 6 + 16 * index;
    const png = bytes.subarray(
      view.getUint32(at + 12, true),
      view.getUint32(at + 12, true) + view.getUint32(at + 8, true),
    );
    sizes.push(pngSize(png).width);
  }
  return { format: 'ico', sizes };
}
