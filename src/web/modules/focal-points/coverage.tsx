import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../app/scroll-region.js';
import type { TFocalPointNetwork } from './focal-points.api.js';

type TCoverage = TFocalPointNetwork['coverage'][number];
/** Colours with text beside them; the table says the same for those who cannot see them. */
const PARTS = [
  { key: 'both', fill: '#237804' },
  { key: 'focalOnly', fill: '#95de64' },
  { key: 'none', fill: '#cf1322' },
] as const;
const pct = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 100));

/** The network per level (headquarters, regional, country), as the review's Annex V counts it. */
export function CoverageChart({ coverage }: { coverage: TCoverage[] }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const parts = (c: TCoverage) => ({ both: c.withAlternate, focalOnly: c.withFocalPoint - c.withAlternate, none: c.units - c.withFocalPoint });
  const percent = (n: number, of: number) => (pct(n, of) === null ? '—' : `${pct(n, of)}%`);
  return (
    <section aria-labelledby="fp-coverage-title" data-testid="fp-coverage">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <h2 id="fp-coverage-title" style={{ fontSize: 16, margin: 0 }}>
          {t('focalPoints.coverage.title')}
        </h2>
        <Segmented
          aria-label={t('focalPoints.coverage.showAs')}
          value={view}
          onChange={(v) => setView(v as typeof view)}
          options={[
            { value: 'chart', label: t('focalPoints.coverage.asChart') },
            { value: 'table', label: <span data-testid="fp-coverage-as-table">{t('focalPoints.coverage.asTable')}</span> },
          ]}
        />
      </div>
      {view === 'chart' ? (
        <>
          <ul className="fp-legend" aria-label={t('focalPoints.coverage.legend')}>
            {PARTS.map((p) => (
              <li key={p.key}>
                <span className="fp-swatch" style={{ background: p.fill }} aria-hidden />
                {t(`focalPoints.coverage.parts.${p.key}`)}
              </li>
            ))}
          </ul>
          <ul className="fp-bars">
            {coverage.map((c) => {
              const counts = parts(c);
              return (
                <li key={c.level} data-testid={`fp-coverage-${c.level}`}>
                  <div className="fp-bar-label">{t(`enums.networkLevel.${c.level}`)}</div>
                  <div className="fp-bar" aria-hidden>
                    {PARTS.filter((p) => counts[p.key] > 0).map((p) => (
                      <span key={p.key} style={{ background: p.fill, width: `${(counts[p.key] / c.units) * 100}%` }} />
                    ))}
                  </div>
                  <div className="fp-bar-counts">
                    {c.units === 0 ? t('focalPoints.coverage.noUnits') : t('focalPoints.coverage.inWords', { withFocalPoint: c.withFocalPoint, units: c.units, withAlternate: c.withAlternate })}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <ScrollRegion label={t('focalPoints.coverage.title')}>
          <Table<TCoverage>
            data-testid="fp-coverage-table"
            size="small"
            rowKey="level"
            pagination={false}
            dataSource={coverage}
            summary={(rows) => {
              const total = rows.reduce((a, c) => ({ units: a.units + c.units, withFocalPoint: a.withFocalPoint + c.withFocalPoint, withAlternate: a.withAlternate + c.withAlternate }), { units: 0, withFocalPoint: 0, withAlternate: 0 });
              return (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('focalPoints.coverage.total')}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1}>{total.units}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2}>{total.withFocalPoint}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>{percent(total.withFocalPoint, total.units)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4}>{total.withAlternate}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5}>{percent(total.withAlternate, total.units)}</Table.Summary.Cell>
                </Table.Summary.Row>
              );
            }}
            columns={[
              { title: t('focalPoints.coverage.level'), dataIndex: 'level', render: (l: string) => t(`enums.networkLevel.${l}`) },
              { title: t('focalPoints.coverage.units'), dataIndex: 'units' },
              { title: t('focalPoints.coverage.withFocalPoint'), dataIndex: 'withFocalPoint' },
              { title: t('focalPoints.coverage.shareFocalPoint'), key: 'fpPercent', render: (_, c) => percent(c.withFocalPoint, c.units) },
              { title: t('focalPoints.coverage.withAlternate'), dataIndex: 'withAlternate' },
              { title: t('focalPoints.coverage.shareAlternate'), key: 'altPercent', render: (_, c) => percent(c.withAlternate, c.units) },
            ]}
          />
        </ScrollRegion>
      )}
    </section>
  );
}
