import { Segmented, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A titled section whose figures can be read as a chart or as a table: the table serves
 * screen readers, exact numbers and printing. Both are rendered on demand only.
 */
export function ChartSection(props: { id: string; title: ReactNode; testId: string; empty: boolean; emptyText: ReactNode; chart: () => ReactNode; table: () => ReactNode }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <section aria-labelledby={`${props.id}-title`} data-testid={props.testId}>
      <div className="chart-section-head">
        <h2 id={`${props.id}-title`} className="chart-section-title">
          {props.title}
        </h2>
        <Segmented
          aria-label={t('chart.showAs')}
          value={view}
          onChange={(v) => setView(v as typeof view)}
          options={[
            { value: 'chart', label: t('chart.asChart') },
            { value: 'table', label: <span data-testid={`${props.testId}-as-table`}>{t('chart.asTable')}</span> },
          ]}
        />
      </div>
      {props.empty ? <Typography.Text type="secondary">{props.emptyText}</Typography.Text> : view === 'chart' ? props.chart() : props.table()}
    </section>
  );
}
