import { Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMerDashboard } from '../../../domain/contract/mer-dashboard.js';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import { ChartSection } from '../../app/chart-section.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { STATUS_ORDER, STATUS_STYLE } from './status-style.js';

type TRegion = TMerDashboard['regions'][number];

/**
 * Per regional office (with every office beneath it) and for headquarters, a bar split by
 * status with the counts and the share met in words, and the same figures as a table.
 */
export function ComplianceRegions({ regions }: { regions: readonly TRegion[] }) {
  const { t, i18n } = useTranslation();
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }), [i18n.language]);
  const statusLabel = (s: TObligationStatus) => t(`enums.obligationStatus.${s}`);
  const name = (r: TRegion) => r.unitName ?? t('mer.dashboard.regions.headquarters');
  const share = (r: TRegion) => (r.compliantShare === null ? '—' : percent.format(r.compliantShare));
  const inWords = (r: TRegion) =>
    [
      t('mer.dashboard.regions.compliantShare', { share: share(r) }),
      ...STATUS_ORDER.filter((s) => r.counts[s] > 0).map((s) => t('mer.chart.countOf', { status: statusLabel(s), count: r.counts[s] })),
    ].join(' · ');

  return (
    <ChartSection
      id="mer-regions"
      testId="mer-regions"
      title={t('mer.dashboard.regions.title')}
      empty={regions.length === 0}
      emptyText={t('mer.chart.empty')}
      chart={() => (
        <ul className="mer-bars">
          {regions.map((r) => (
            <li key={r.unitId ?? 'headquarters'}>
              <div className="mer-bar-label" dir="auto">
                {name(r)}
              </div>
              <div className="mer-bar" aria-hidden>
                {STATUS_ORDER.filter((s) => r.counts[s] > 0).map((s) => (
                  <span key={s} style={{ flexGrow: r.counts[s], background: STATUS_STYLE[s].fill }} title={`${statusLabel(s)}: ${r.counts[s]}`} />
                ))}
              </div>
              <div className="mer-bar-counts">{inWords(r)}</div>
            </li>
          ))}
        </ul>
      )}
      table={() => (
        <ScrollRegion label={t('mer.dashboard.regions.title')}>
          <Table<TRegion>
            data-testid="mer-regions-table"
            rowKey={(r) => r.unitId ?? 'headquarters'}
            size="small"
            pagination={false}
            dataSource={[...regions]}
            columns={[
              { title: t('mer.dashboard.regions.region'), key: 'name', render: (_, r) => <span dir="auto">{name(r)}</span> },
              ...STATUS_ORDER.map((s) => ({ title: statusLabel(s), key: s, align: 'end' as const, render: (_: unknown, r: TRegion) => r.counts[s] })),
              { title: t('mer.chart.total'), dataIndex: 'total', align: 'end' as const },
              { title: t('mer.dashboard.trend.share'), key: 'share', align: 'end' as const, render: (_: unknown, r: TRegion) => share(r) },
            ]}
          />
        </ScrollRegion>
      )}
    />
  );
}
