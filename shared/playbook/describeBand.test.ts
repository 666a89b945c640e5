import { describe, expect, it } from 'vitest';
import type { Term } from '../model/term';
import { bandOf } from './bandOf';
import { describeBand } from './describeBand';
import type { PlaybookEntry } from './playbook';

const availability = (value: number): Term => ({
  id: 'availability',
  label: 'Availability',
  kind: 'percent',
  favours: 'higher',
  value,
});
const limits: PlaybookEntry = {
  termId: 'availability',
  target: 99.5,
  fallback: 99.9,
  walkAway: 99.95,
  owner: 'technology',
  note: 'data centre backs 99.95',
};
const describe_ = (value: number, language: 'de' | 'en', before?: number) =>
  describeBand(
    {
      term: availability(value),
      before: before === undefined ? undefined : availability(before),
      verdict: bandOf(availability(value), limits),
    },
    language,
  );

describe('describeBand', () => {
  it('says a change went beyond the walk-away, and whose limit it is', () => {
    expect(describe_(99.99, 'en', 99.9)).toBe('99.9 → 99.99%: beyond walk-away 99.95% (technology)');
    expect(describe_(99.99, 'de', 99.9)).toBe(
      '99,9 → 99,99\u00a0%: jenseits der Ausstiegsgrenze 99,95\u00a0% (Technik)',
    );
  });

  it('names each band with the limit that applies', () => {
    expect(describe_(99.5, 'en')).toBe('99.5%: within target 99.5%');
    expect(describe_(99.8, 'en')).toBe('99.8%: within fallback 99.9% (target 99.5%)');
    expect(describe_(99.95, 'en')).toBe('99.95%: within walk-away 99.95%, needs approval (technology)');
    expect(describe_(99.95, 'de')).toBe(
      '99,95\u00a0%: innerhalb der Ausstiegsgrenze 99,95\u00a0%, Freigabe nötig (Technik)',
    );
  });

  it('never repeats the note (it is internal and stays on screen only where the playbook is edited)', () => {
    expect(describe_(99.99, 'en')).not.toContain('data centre');
  });

  it('keeps both units where they differ', () => {
    const before: Term = {
      id: 'p1_response',
      label: 'P1',
      kind: 'duration',
      favours: 'lower',
      value: 1,
      unit: 'hours',
    };
    const after: Term = { ...before, value: 30, unit: 'minutes' };
    const entry: PlaybookEntry = {
      termId: 'p1_response',
      target: { value: 60, unit: 'minutes' },
      fallback: { value: 45, unit: 'minutes' },
      walkAway: { value: 30, unit: 'minutes' },
      owner: 'support',
      note: '',
    };
    expect(describeBand({ term: after, before, verdict: bandOf(after, entry) }, 'en')).toBe(
      '1\u00a0hour → 30\u00a0minutes: within walk-away 30\u00a0minutes, needs approval (support)',
    );
  });

  it('says why a term is not rated', () => {
    expect(
      describeBand({ term: availability(99.9), verdict: bandOf(availability(99.9), undefined) }, 'en'),
    ).toBe('99.9%: no limits in the playbook');
  });
});
