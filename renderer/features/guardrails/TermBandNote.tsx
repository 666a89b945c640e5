import type { Term } from '../../../shared/model';
import { describeBand } from '../../../shared/playbook/describeBand';
import { BandBadge } from './BandBadge';
import { useGuardrails } from './GuardrailsContext';
import { useUiLanguage } from './useUiLanguage';

/**
 * Under a term's field in the terms panel: its band and the sentence why, live as the value
 * changes. Nothing for a term the playbook does not cover.
 */
export function TermBandNote({ term }: { term: Term }) {
  const { verdicts } = useGuardrails();
  const language = useUiLanguage();
  const verdict = verdicts.get(term.id);
  if (!verdict || (verdict.band === null && verdict.reason !== 'incomparable')) return null;
  const sentence = describeBand({ term, verdict }, language);
  return (
    <p className="gr-term-band" data-testid={`term-band-${term.id}`} data-band={verdict.band ?? 'unrated'}>
      {verdict.band && <BandBadge band={verdict.band} />}
      <span className="gr-term-band-text">{sentence}</span>
    </p>
  );
}
