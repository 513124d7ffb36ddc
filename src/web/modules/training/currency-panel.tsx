import { Card, Col, Empty, Progress, Row, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import type { TCurrencyPerson, TTrainingCurrency } from './training.api.js';
import { TONE } from './tones.js';

const ratio = (b: { trained: number; total: number; percent: number | null }) => b.percent ?? 0;

/**
 * ORMS KPI 15 (share of the crisis management team trained) as a gauge; the share per function
 * as bars or a table; then everyone who must be trained and is not current, with why.
 */
export function CurrencyPanel({ currency, units }: { currency: TTrainingCurrency; units: TUnitView[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const cmt = currency.byFunction.find((b) => b.function === 'cmt_member');
  const notCurrent = currency.people.filter((p) => !p.current);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const why = (p: TCurrencyPerson) =>
    p.courses
      .filter((c) => c.currency.status !== 'current')
      .map((c) => (
        <li key={c.courseId}>
          <span dir="auto">{c.title}</span>
          {': '}
          {c.currency.status === 'never' ? (
            <Tag color="red">{t('training.currency.never')}</Tag>
          ) : (
            <Tag style={TONE.warn}>{t('training.currency.expiredOn', { date: formatDay(c.currency.status === 'expired' ? c.currency.since : '') })}</Tag>
          )}
        </li>
      ));

  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={8}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('training.kpi15.title')}</h2>} data-testid="kpi15">
            {cmt && cmt.total > 0 ? (
              <div style={{ textAlign: 'center' }}>
                <Progress type="dashboard" percent={ratio(cmt)} aria-label={t('training.kpi15.title')} format={(p) => `${p}%`} />
                <p data-testid="kpi15-figure" aria-live="polite">
                  {t('training.kpi15.figure', { trained: cmt.trained, total: cmt.total, percent: cmt.percent })}
                </p>
              </div>
            ) : (
              <Empty description={t('training.kpi15.none')} />
            )}
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('training.kpi15.explain', { date: formatDay(currency.asOf) })}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('training.currency.byFunction')}</h2>}
            extra={
              <Segmented
                aria-label={t('training.currency.showAs')}
                value={view}
                onChange={(v) => setView(v as typeof view)}
                options={[
                  { value: 'chart', label: t('training.currency.asChart') },
                  { value: 'table', label: <span data-testid="currency-as-table">{t('training.currency.asTable')}</span> },
                ]}
              />
            }
          >
            {view === 'chart' ? (
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="currency-chart">
                {currency.byFunction.map((b) => (
                  <li key={b.function} style={{ marginBottom: 8 }}>
                    <div>
                      {t(`enums.role.${b.function}`)} — {b.total === 0 ? t('training.currency.nobody') : t('training.currency.share', { trained: b.trained, total: b.total })}
                    </div>
                    <Progress percent={ratio(b)} size="small" status={b.total > 0 && b.trained < b.total ? 'exception' : 'normal'} aria-label={t(`enums.role.${b.function}`)} />
                  </li>
                ))}
              </ul>
            ) : (
              <ScrollRegion label={t('training.currency.byFunction')}>
                <Table
                  data-testid="currency-table"
                  size="small"
                  rowKey="function"
                  pagination={false}
                  dataSource={currency.byFunction}
                  columns={[
                    { title: t('training.currency.function'), dataIndex: 'function', render: (fn: string) => t(`enums.role.${fn}`) },
                    { title: t('training.currency.trained'), dataIndex: 'trained' },
                    { title: t('training.currency.total'), dataIndex: 'total' },
                    { title: '%', dataIndex: 'percent', render: (p: number | null) => (p === null ? '—' : `${p}%`) },
                  ]}
                />
              </ScrollRegion>
            )}
          </Card>
        </Col>
      </Row>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('training.currency.notCurrent', { count: notCurrent.length })}</h2>}>
        <ScrollRegion label={t('training.currency.notCurrent', { count: notCurrent.length })}>
          <Table<TCurrencyPerson>
            data-testid="not-current"
            size="small"
            rowKey="personId"
            dataSource={notCurrent}
            locale={{ emptyText: <span style={{ color: '#595959' }}>{t('training.currency.allCurrent')}</span> }}
            pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t('training.currency.person'), dataIndex: 'fullName', render: (n: string) => <span dir="auto">{n}</span> },
              { title: t('training.currency.unit'), dataIndex: 'unitId', render: (id: string) => unitName(id) },
              { title: t('training.currency.functions'), dataIndex: 'functions', render: (fns: string[]) => fns.map((fn) => <Tag key={fn}>{t(`enums.role.${fn}`)}</Tag>) },
              { title: t('training.currency.missing'), key: 'why', render: (_, p) => <ul style={{ margin: 0, paddingInlineStart: 16 }}>{why(p)}</ul> },
            ]}
          />
        </ScrollRegion>
      </Card>
    </>
  );
}
