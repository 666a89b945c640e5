import { describe, expect, it } from 'vitest';
import { parseChainText } from './chainText';

describe('parseChainText', () => {
  it('reads links in series and redundant groups, with either decimal separator', () => {
    expect(parseChainText('99.95 99.9/99.5')).toEqual([[99.95], [99.9, 99.5]]);
    expect(parseChainText(' 99,95; 99,9/99,5% ')).toEqual([[99.95], [99.9, 99.5]]);
  });

  it('names the part it cannot read', () => {
    expect(parseChainText('')).toEqual({ error: 'empty', part: '' });
    expect(parseChainText('99.9 abc')).toEqual({ error: 'not-a-number', part: 'abc' });
    expect(parseChainText('101')).toEqual({ error: 'not-a-number', part: '101' });
    expect(parseChainText('99.9//99')).toEqual({ error: 'not-a-number', part: '' });
  });
});
