import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { burnDown } from '../../../../shared/monitoring/agreementStatus';
import type { Measurement } from '../../../../shared/monitoring/measure';
import { useUiFormat } from '../useUiFormat';

/** The month's error budget day by day: what is left, against an even spread over the service time. */
export function BurnDownChart({
  measurement,
  now,
  height = 220,
}: {
  measurement: Measurement;
  now: number;
  height?: number;
}) {
  const { t } = useTranslation('monitoring');
  const format = useUiFormat();
  const data = useMemo(() => burnDown(measurement, now), [measurement, now]);
  return (
    <div
      className="mon-chart"
      data-testid="burn-down-chart"
      role="img"
      aria-label={t('charts.burnDownLabel')}
    >
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11, fill: 'var(--text-muted)' }} />
          <YAxis
            tick={{ fontSize: 11, fill: 'var(--text-muted)' }}
            width={44}
            tickFormatter={(value: number) => format.number(Math.round(value))}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.minutes(value) : String(value))}
            labelFormatter={(day) => t('charts.day', { day: String(day) })}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="var(--danger)" />
          <Line
            type="monotone"
            dataKey="evenMinutes"
            name={t('charts.even')}
            stroke="var(--text-faint)"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="stepAfter"
            dataKey="leftMinutes"
            name={t('charts.left')}
            stroke="var(--accent)"
            strokeWidth={2}
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
