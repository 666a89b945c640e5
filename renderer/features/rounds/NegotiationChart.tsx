import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Round } from '../../../shared/model';
import { durationUnitWord } from '../../../shared/format/formatTermValue';
import { Select } from '../../components/Select';
import { useLocaleFormat } from '../../i18n/useLocaleFormat';
import { negotiationTerms, termSeries, type TermSeries } from './termSeries';

function unitOf(series: TermSeries, language: 'de' | 'en'): string {
  if (series.kind === 'percent') return '%';
  if (series.kind === 'duration' && series.unit) return durationUnitWord(series.unit, 2, language);
  if (series.kind === 'money') return series.currency ?? '';
  return '';
}

/** How one key term moved round by round: our values and the customer's as two series. */
export function NegotiationChart({ rounds }: { rounds: readonly Round[] }) {
  const { t, i18n } = useTranslation('rounds');
  const format = useLocaleFormat();
  const language = i18n.language === 'de' ? 'de' : 'en';
  const terms = useMemo(() => negotiationTerms(rounds), [rounds]);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const termId =
    picked && terms.some((term) => term.id === picked)
      ? picked
      : (terms.find((term) => term.id === 'availability') ?? terms[0])?.id;
  const series = useMemo(() => (termId ? termSeries(rounds, termId) : null), [rounds, termId]);

  if (!series) return <p className="rounds-empty">{t('chart.empty')}</p>;
  const unit = unitOf(series, language);
  const withUnit = (value: number) => `${format.number(value)}${unit ? `\u00a0${unit}` : ''}`;
  const data = series.points.map((point) => ({ ...point, label: t('chart.round', { number: point.round }) }));

  return (
    <div className="rounds-chart" data-testid="negotiation-chart">
      <div className="rounds-chart-pick">
        <span className="field-label">{t('chart.term')}</span>
        <Select
          value={termId}
          ariaLabel={t('chart.term')}
          testId="chart-term"
          options={terms.map((term) => ({ value: term.id, label: term.label }))}
          onValueChange={setPicked}
        />
      </div>
      <figure className="rounds-chart-figure" aria-label={t('chart.label', { term: series.label })}>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="round"
              tickFormatter={(round: number) => `R${round}`}
              // Room for the first and last round's dots, which would be cut in half at the edges.
              padding={{ left: 16, right: 16 }}
              stroke="var(--text-faint)"
              fontSize={11}
            />
            <YAxis
              domain={['auto', 'auto']}
              tickCount={4}
              tickFormatter={(value: number) => format.number(value)}
              stroke="var(--text-faint)"
              fontSize={11}
              width={56}
              label={
                unit
                  ? {
                      value: unit,
                      angle: -90,
                      position: 'insideLeft',
                      fontSize: 11,
                      fill: 'var(--text-muted)',
                    }
                  : undefined
              }
            />
            <Tooltip
              formatter={(value) => (typeof value === 'number' ? withUnit(value) : String(value))}
              labelFormatter={(round) => t('chart.round', { number: Number(round) })}
              contentStyle={{
                background: 'var(--bg-panel)',
                border: '1px solid var(--border)',
                borderRadius: 6,
                fontSize: 12,
              }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line
              type="linear"
              dataKey="us"
              name={t('chart.us')}
              stroke="var(--accent)"
              strokeWidth={2}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="them"
              name={t('chart.them')}
              stroke="var(--warning)"
              strokeWidth={2}
              strokeDasharray="5 3"
              dot={{ r: 4, strokeDasharray: '' }}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
        <figcaption className="visually-hidden">
          {data
            .flatMap((point) => {
              const value = point.us ?? point.them;
              return value === null ? [] : [`${point.label}: ${withUnit(value)}`];
            })
            .join('; ')}
        </figcaption>
      </figure>
    </div>
  );
}
