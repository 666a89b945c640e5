import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthPoint } from '../../../../shared/monitoring/agreementStatus';
import { monthName } from '../../../../shared/monitoring/reportText';
import { useUiFormat } from '../useUiFormat';

/** Availability month by month against the target line. */
export function AvailabilityChart({
  points,
  height = 220,
}: {
  points: readonly MonthPoint[];
  height?: number;
}) {
  const { t } = useTranslation('monitoring');
  const format = useUiFormat();
  const target = points.find((p) => p.target !== null)?.target ?? null;
  const values = points.flatMap((p) => (p.availabilityPercent === null ? [] : [p.availabilityPercent]));
  const low = Math.min(target ?? 100, ...values);
  // Whole percent steps once availability falls below 99 %, else hundredths: ticks stay readable.
  const margin = Math.max(0.05, (100 - low) * 0.5);
  const floor = Math.max(0, low < 99 ? Math.floor(low - margin) : Math.floor((low - margin) * 100) / 100);
  const data = points.map((p) => ({
    ...p,
    label: monthName(p.month, format.language)
      .replace(/ \d{4}$/, '')
      .slice(0, 3),
  }));
  return (
    <div
      className="mon-chart"
      data-testid="availability-chart"
      role="img"
      aria-label={t('charts.availabilityLabel')}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: 'var(--text-muted)' }} />
          <YAxis
            domain={[floor, 100]}
            tick={{ fontSize: 11, fill: 'var(--text-muted)' }}
            width={52}
            tickFormatter={(value: number) => format.percent(value)}
            allowDataOverflow
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format.availability(value) : String(value))}
            labelFormatter={(_, items) =>
              (items?.[0]?.payload as { month?: string } | undefined)?.month ?? ''
            }
          />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke="var(--danger)"
              strokeDasharray="4 4"
              label={{
                value: t('charts.target'),
                position: 'insideBottomLeft',
                fontSize: 11,
                fill: 'var(--danger)',
              }}
            />
          )}
          <Bar
            dataKey="availabilityPercent"
            name={t('kpi.availability')}
            fill="var(--accent)"
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
