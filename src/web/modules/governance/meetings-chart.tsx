import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEETING_CATEGORIES, type TMeetingCategory } from '../../../domain/governance/meetings.js';
import { ChartSection } from '../../app/chart-section.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import type { TBodyView } from './governance.api.js';

/** Colours that stay apart for colour-blind readers, with the category also named in the legend and the table. */
export const CATEGORY_COLOR: Record<TMeetingCategory, string> = { in_person: '#1d4ed8', virtual: '#0f766e', hybrid: '#7c3aed', postponed: '#b45309', cancelled: '#b91c1c' };

/** Meetings per quarter by mode, postponed and cancelled (the review's Figures XIII–XIV), as bars or as a table. */
export function MeetingsChart({ quarters }: { quarters: TBodyView['quarters'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...quarters.map((q) => q.total));
  return (
    <ChartSection
      id="governance-quarters"
      testId="governance-quarters"
      title={t('governance.meetings.chartTitle')}
      empty={quarters.length === 0}
      emptyText={t('governance.meetings.empty')}
      chart={() => (
        <div dir="ltr" aria-hidden data-testid="governance-quarters-chart">
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '8px 0' }}>
            {MEETING_CATEGORIES.map((c) => (
              <li key={c} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
                <span style={{ width: 12, height: 12, background: CATEGORY_COLOR[c], display: 'inline-block' }} />
                {t(`governance.category.${c}`)}
              </li>
            ))}
          </ul>
          {quarters.map((q) => (
            <div key={q.quarter} style={{ display: 'flex', alignItems: 'center', gap: 8, margin: '4px 0' }}>
              <span style={{ width: 64, fontVariantNumeric: 'tabular-nums' }}>{q.quarter}</span>
              <div style={{ flex: 1, display: 'flex', height: 18, background: '#f5f5f5' }}>
                {MEETING_CATEGORIES.filter((c) => q.counts[c] > 0).map((c) => (
                  <div key={c} title={`${t(`governance.category.${c}`)}: ${q.counts[c]}`} style={{ width: `${(q.counts[c] / max) * 100}%`, background: CATEGORY_COLOR[c] }} />
                ))}
              </div>
              <span style={{ width: 32, textAlign: 'end' }}>{q.total}</span>
            </div>
          ))}
        </div>
      )}
      table={() => (
        <ScrollRegion label={t('governance.meetings.chartTitle')}>
          <Table<TBodyView['quarters'][number]>
            rowKey="quarter"
            size="small"
            pagination={false}
            dataSource={quarters}
            columns={[
              { title: t('governance.meetings.quarter'), dataIndex: 'quarter' },
              ...MEETING_CATEGORIES.map((c) => ({ title: t(`governance.category.${c}`), key: c, render: (_: unknown, q: TBodyView['quarters'][number]) => `${q.counts[c]} (${q.percents[c]} %)` })),
              { title: t('governance.meetings.total'), dataIndex: 'total' },
            ]}
          />
        </ScrollRegion>
      )}
    />
  );
}
