import { describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/model';
import { buildRound } from '../../../shared/rounds/hashRound';
import { sampleTemplate } from '../../db/testing/sampleTemplate';
import {
  cleanFileName,
  contentHash,
  defaultRedlinePair,
  fileStem,
  redlineFileName,
  sideAuthor,
} from './exportNames';

const doc = sampleTemplate().document;
const round = (number: number, side: 'us' | 'them', document = doc): Round =>
  buildRound({
    id: `r${number}`,
    dealId: 'd',
    number,
    side,
    document,
    note: '',
    author: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    prevHash: null,
  });

describe('export file names', () => {
  it('name the customer, the round or draft, and never carry a path', () => {
    expect(cleanFileName('Kessler Logistics', { round: round(3, 'them'), document: doc }, 'docx')).toBe(
      'Kessler-Logistics-SLA-round-3.docx',
    );
    expect(cleanFileName('ACME/../evil: "co"', { round: null, document: doc }, 'pdf')).toBe(
      'ACME..evil-co-SLA-draft.pdf',
    );
    expect(
      redlineFileName(
        'Müller GmbH',
        { round: round(2, 'us'), document: doc },
        { round: round(3, 'them'), document: doc },
        'docx',
      ),
    ).toBe('Müller-GmbH-SLA-redline-r2-r3.docx');
    expect(fileStem('  ...  ')).toBe('Customer');
  });
});

describe('defaultRedlinePair', () => {
  it('offers the draft against the last round while the draft has changed, else the last two rounds', () => {
    const changed = { ...doc, title: `${doc.title} (revised)` };
    const rounds = [round(1, 'us'), round(2, 'them')];
    const pair = defaultRedlinePair(rounds, changed)!;
    expect([pair.a.round?.number, pair.b.round]).toEqual([2, null]);
    const same = defaultRedlinePair(rounds, doc)!;
    expect([same.a.round?.number, same.b.round?.number]).toEqual([1, 2]);
    expect(defaultRedlinePair([], doc)).toBeNull();
  });
});

describe('sides', () => {
  it('credit their round to the customer and ours to our author', () => {
    const names = { authorName: 'Anna Weber', providerName: 'Nordlicht IT', customerName: 'Kessler' };
    expect(sideAuthor({ round: round(2, 'them'), document: doc }, names)).toBe('Kessler');
    expect(sideAuthor({ round: null, document: doc }, names)).toBe('Anna Weber');
    expect(contentHash({ round: null, document: doc })).toMatch(/^[0-9a-f]{64}$/);
  });
});
