import { Segmented, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TObligationView } from '../../../domain/contract/mer.js';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import { useCollator } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { ComplianceHeatMap } from './compliance-heat-map.js';
import { STATUS_ORDER, STATUS_STYLE } from './status-style.js';

interface TUnitRow {
  unitId: string;
  unitName: string;
  counts: Record<TObligationStatus, number>;
  total: number;
}

/** Obligations counted per unit and status; the units with most overdue first. */
export function unitRows(items: readonly Pick<TObligationView, 'unitId' | 'unitName' | 'status'>[], collator: Intl.Collator): TUnitRow[] {
  const byUnit = new Map<string, TUnitRow>();
  for (const item of items) {
    const row = byUnit.get(item.unitId) ?? { unitId: item.unitId, unitName: item.unitName, counts: { overdue: 0, due: 0, due_soon: 0, done: 0 }, total: 0 };
    row.counts[item.status] += 1;
    row.total += 1;
    byUnit.set(item.unitId, row);
  }
  return [...byUnit.values()].sort(
    (a, b) => b.counts.overdue - a.counts.overdue || b.counts.due - a.counts.due || collator.compare(a.unitName, b.unitName),
  );
}

/**
 * Per unit, a bar split by status (worst first) with the counts written beside it, and the
 * same numbers as a table for those who would rather read, or cannot see the colours.
 */
export function ComplianceChart({ items }: { items: readonly TObligationView[] }) {
  const { t } = useTranslation();
  const collator = useCollator();
  const [view, setView] = useState<'chart' | 'heatMap' | 'table'>('chart');
  const rows = useMemo(() => unitRows(items, collator), [items, collator]);
  const statusLabel = (s: TObligationStatus) => t(`enums.obligationStatus.${s}`);
  const inWords = (row: TUnitRow) =>
    STATUS_ORDER.filter((s) => row.counts[s] > 0)
      .map((s) => t('mer.chart.countOf', { status: statusLabel(s), count: row.counts[s] }))
      .join(' · ');

  return (
    <section aria-labelledby="mer-chart-title" data-testid="mer-chart">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <h2 id="mer-chart-title" style={{ fontSize: 16, margin: 0 }}>
          {t('mer.chart.title')}
        </h2>
        <Segmented
          aria-label={t('mer.chart.showAs')}
          value={view}
          onChange={(v) => setView(v as typeof view)}
          options={[
            { value: 'chart', label: t('mer.chart.asChart') },
            { value: 'heatMap', label: <span data-testid="mer-chart-as-heat-map">{t('mer.chart.asHeatMap')}</span> },
            { value: 'table', label: <span data-testid="mer-chart-as-table">{t('mer.chart.asTable')}</span> },
          ]}
        />
      </div>
      {rows.length === 0 ? (
        <Typography.Text type="secondary">{t('mer.chart.empty')}</Typography.Text>
      ) : view === 'heatMap' ? (
        <ComplianceHeatMap items={items} />
      ) : view === 'chart' ? (
        <>
          <ul className="mer-legend" aria-label={t('mer.chart.legend')}>
            {STATUS_ORDER.map((s) => (
              <li key={s}>
                <span className="mer-swatch" style={{ background: STATUS_STYLE[s].fill }} aria-hidden />
                {statusLabel(s)}
              </li>
            ))}
          </ul>
          <ul className="mer-bars">
            {rows.map((row) => (
              <li key={row.unitId}>
                <div className="mer-bar-label" dir="auto">
                  {row.unitName}
                </div>
                <div className="mer-bar" aria-hidden>
                  {STATUS_ORDER.filter((s) => row.counts[s] > 0).map((s) => (
                    <span key={s} style={{ flexGrow: row.counts[s], background: STATUS_STYLE[s].fill }} title={`${statusLabel(s)}: ${row.counts[s]}`} />
                  ))}
                </div>
                <div className="mer-bar-counts">{inWords(row)}</div>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ScrollRegion label={t('mer.chart.title')}>
          <Table<TUnitRow>
            data-testid="mer-chart-table"
            rowKey="unitId"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('mer.table.unit'), dataIndex: 'unitName', render: (name: string) => <span dir="auto">{name}</span> },
              ...STATUS_ORDER.map((s) => ({ title: statusLabel(s), key: s, align: 'end' as const, render: (_: unknown, row: TUnitRow) => row.counts[s] })),
              { title: t('mer.chart.total'), dataIndex: 'total', align: 'end' as const },
            ]}
          />
        </ScrollRegion>
      )}
    </section>
  );
}
