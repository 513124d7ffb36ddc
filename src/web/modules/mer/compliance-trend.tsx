import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTrendPoint } from '../../../domain/contract/mer-dashboard.js';
import { useFormatDay } from '../../app/format.js';
import { ChartSection } from '../../app/chart-section.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { dayAt } from './obligation-reason.js';
import { STATUS_STYLE } from './status-style.js';

const WIDTH = 600;
const HEIGHT = 180;
const PAD = { top: 10, right: 12, bottom: 28, left: 40 };

/**
 * The share of obligations met at each of the last 12 month-ends, as an area under a line
 * (drawn left to right whatever the language, as charts are read), with the same figures
 * as a table and the first and last points in words.
 */
export function ComplianceTrend({ trend }: { trend: readonly TTrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const formatDay = useFormatDay();
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }), [i18n.language]);
  const month = useMemo(() => new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' }), [i18n.language]);
  const known = trend.filter((p) => p.compliantShare !== null);
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(trend.length - 1, 1);
  const y = (share: number) => PAD.top + (1 - share) * (HEIGHT - PAD.top - PAD.bottom);
  // Months with nothing to judge break the line rather than dropping it to zero.
  const segments: { i: number; share: number }[][] = [];
  trend.forEach((p, i) => {
    if (p.compliantShare === null) return segments.push([]);
    if (segments.length === 0) segments.push([]);
    segments.at(-1)!.push({ i, share: p.compliantShare });
  });
  const share = (p: TTrendPoint) => (p.compliantShare === null ? '—' : percent.format(p.compliantShare));

  return (
    <ChartSection
      id="mer-trend"
      testId="mer-trend"
      title={t('mer.dashboard.trend.title')}
      empty={known.length === 0}
      emptyText={t('mer.dashboard.trend.empty')}
      chart={() => (
        <>
          <p className="mer-trend-summary" data-testid="mer-trend-summary">
            {t('mer.dashboard.trend.summary', { from: formatDay(dayAt(known[0]!.on)), first: share(known[0]!), to: formatDay(dayAt(known.at(-1)!.on)), last: share(known.at(-1)!) })}
          </p>
          <div dir="ltr" className="mer-trend-chart">
            <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="presentation" aria-hidden focusable="false" width="100%" preserveAspectRatio="xMidYMid meet">
              {[0, 0.5, 1].map((g) => (
                <g key={g}>
                  <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(g)} y2={y(g)} stroke="#d9d9d9" />
                  <text x={PAD.left - 6} y={y(g) + 4} textAnchor="end" fontSize="11" fill="#434343">
                    {percent.format(g)}
                  </text>
                </g>
              ))}
              {segments
                .filter((s) => s.length > 0)
                .map((s) => {
                  const line = s.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i)},${y(p.share)}`).join(' ');
                  const area = `${line} L${x(s.at(-1)!.i)},${y(0)} L${x(s[0]!.i)},${y(0)} Z`;
                  return (
                    <g key={s[0]!.i}>
                      <path d={area} fill={STATUS_STYLE.done.fill} fillOpacity={0.15} />
                      <path d={line} fill="none" stroke={STATUS_STYLE.done.fill} strokeWidth={2} />
                      {s.map((p) => (
                        <circle key={p.i} cx={x(p.i)} cy={y(p.share)} r={3} fill={STATUS_STYLE.done.fill} />
                      ))}
                    </g>
                  );
                })}
              {trend.map((p, i) => (
                <text key={p.on} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#434343">
                  {month.format(new Date(dayAt(p.on)))}
                </text>
              ))}
            </svg>
          </div>
        </>
      )}
      table={() => (
        <ScrollRegion label={t('mer.dashboard.trend.title')}>
          <Table<TTrendPoint>
            data-testid="mer-trend-table"
            rowKey="on"
            size="small"
            pagination={false}
            dataSource={[...trend]}
            columns={[
              { title: t('mer.dashboard.trend.monthEnd'), dataIndex: 'on', render: (on: string) => formatDay(dayAt(on)) },
              { title: t('mer.dashboard.trend.share'), key: 'share', align: 'end', render: (_, p) => share(p) },
              { title: t('mer.dashboard.trend.compliantOf'), key: 'of', align: 'end', render: (_, p) => t('mer.dashboard.trend.countOf', { compliant: p.compliant, total: p.total }) },
            ]}
          />
        </ScrollRegion>
      )}
    />
  );
}
