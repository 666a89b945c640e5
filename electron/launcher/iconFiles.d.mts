export declare function pngSize(png: Uint8Array): { width: number; height: number };
export declare function packIco(pngs: Uint8Array[]): Uint8Array;
export declare const ICNS_TYPES: { type: string; size: number }[];
export declare function packIcns(pngsBySize: Map<number, Uint8Array>): Uint8Array;
export declare function readIconFile(bytes: Uint8Array): { format: 'ico' | 'icns'; sizes: number[] };
