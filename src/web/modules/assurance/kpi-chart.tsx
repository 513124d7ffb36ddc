import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { KPI_COMPONENTS } from '../../../domain/assurance/kpi-catalogue.js';
import { ChartSection } from '../../app/chart-section.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import type { TKpiRow } from './assurance.api.js';

const ORDER = ['fully', 'partially', 'not_completed', 'not_applicable', 'unrated'] as const;
const FILL: Record<(typeof ORDER)[number], string> = { fully: '#389e0d', partially: '#d4b106', not_completed: '#cf1322', not_applicable: '#8c8c8c', unrated: '#d9d9d9' };
const WIDTH = 600;
const BAR = 22;
const LABEL = 150;

/** How many KPIs of each component are shown at each rating: one stacked bar per component, and the same counts as a table. */
export function KpiChart({ items }: { items: readonly TKpiRow[] }) {
  const { t } = useTranslation();
  const rows = KPI_COMPONENTS.map((component) => {
    const of = items.filter((i) => i.component === component);
    const counts = Object.fromEntries(ORDER.map((r) => [r, of.filter((i) => (i.shown.rating ?? 'unrated') === r).length])) as Record<(typeof ORDER)[number], number>;
    return { component, total: of.length, ...counts };
  });
  const height = rows.length * (BAR + 12) + 30;
  return (
    <ChartSection
      id="kpi-chart"
      testId="kpi-chart"
      title={t('assurance.kpis.chartTitle')}
      empty={items.length === 0}
      emptyText="—"
      chart={() => (
        <div dir="ltr">
          <svg viewBox={`0 0 ${WIDTH} ${height}`} role="presentation" aria-hidden focusable="false" width="100%">
            {rows.map((r, i) => {
              let x = LABEL;
              const y = i * (BAR + 12) + 4;
              return (
                <g key={r.component}>
                  <text x={LABEL - 8} y={y + BAR / 2 + 4} textAnchor="end" fontSize="12" fill="#262626">
                    {t(`assurance.kpis.components.${r.component}`)}
                  </text>
                  {ORDER.map((rating) => {
                    const w = r.total === 0 ? 0 : (r[rating] / r.total) * (WIDTH - LABEL - 10);
                    const rect = w > 0 && <rect key={rating} x={x} y={y} width={w} height={BAR} fill={FILL[rating]} />;
                    x += w;
                    return rect;
                  })}
                </g>
              );
            })}
            {ORDER.map((rating, i) => (
              <g key={rating} transform={`translate(${LABEL + i * 90}, ${height - 18})`}>
                <rect width={10} height={10} fill={FILL[rating]} />
                <text x={14} y={9} fontSize="11" fill="#262626">
                  {t(`assurance.rating.${rating}`)}
                </text>
              </g>
            ))}
          </svg>
        </div>
      )}
      table={() => (
        <ScrollRegion label={t('assurance.kpis.chartTitle')}>
          <Table
            size="small"
            rowKey="component"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('assurance.kpis.component'), dataIndex: 'component', render: (c: string) => t(`assurance.kpis.components.${c}`) },
              ...ORDER.map((rating) => ({ title: t(`assurance.rating.${rating}`), dataIndex: rating })),
              { title: t('assurance.kpis.total'), dataIndex: 'total' },
            ]}
          />
        </ScrollRegion>
      )}
    />
  );
}
