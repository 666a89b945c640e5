import { describe, expect, it } from 'vitest';
import { decodeCsv } from './decodeCsv';

describe('decoding an export', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeCsv(new TextEncoder().encode('Beginn;Störung'))).toBe('Beginn;Störung');
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Art')]))).toBe('Art');
  });

  it('reads what German Excel writes (Windows-1252)', () => {
    expect(decodeCsv(new Uint8Array([0x53, 0x74, 0xf6, 0x72, 0x75, 0x6e, 0x67]))).toBe('Störung');
  });

  it('reads UTF-16 with its byte-order mark', () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x72, 0x00, 0x74, 0x00]))).toBe('Art');
  });
});
