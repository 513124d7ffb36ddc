import { Empty, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TGapReport, TGapView } from '../../../domain/contract/bia.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { useGaps } from './bia.api.js';
import { formatDuration } from './durations.js';
import { TAG } from './tag-styles.js';

const CHART_LIMIT = 15;

/**
 * Bars of required (the service's RTO) against achievable recovery per gap, on a log scale so
 * hours and weeks both stay readable; unknown recovery is a hatched bar at full length.
 */
function GapChart({ gaps }: { gaps: TGapView[] }) {
  const { t } = useTranslation();
  const shown = gaps.slice(0, CHART_LIMIT);
  const max = Math.max(...shown.flatMap((g) => [g.requiredMinutes, g.achievedMinutes ?? 0]), 60);
  const width = (m: number) => `${Math.max(4, (Math.log(m + 1) / Math.log(max + 1)) * 100)}%`;
  return (
    <figure className="bia-gap-chart" aria-label={t('bia.gaps.chart')}>
      <figcaption>
        <span className="bia-legend bia-legend-required" /> {t('bia.gaps.required')} <span className="bia-legend bia-legend-achieved" /> {t('bia.gaps.achieved')}
      </figcaption>
      <ul>
        {shown.map((g) => (
          <li key={`${g.serviceId}-${g.dependencyId}`}>
            <div className="bia-gap-label">{t('bia.gaps.sentence', { dependency: g.dependencyName, achieved: g.achievedMinutes === null ? t('bia.unknown') : formatDuration(t, g.achievedMinutes), service: g.serviceName, required: formatDuration(t, g.requiredMinutes) })}</div>
            <div className="bia-bar bia-bar-required" style={{ width: width(g.requiredMinutes) }} />
            <div className={g.achievedMinutes === null ? 'bia-bar bia-bar-unknown' : 'bia-bar bia-bar-achieved'} style={{ width: g.achievedMinutes === null ? '100%' : width(g.achievedMinutes) }} />
          </li>
        ))}
      </ul>
      {gaps.length > CHART_LIMIT && <p>{t('bia.gaps.more', { count: gaps.length - CHART_LIMIT })}</p>}
    </figure>
  );
}

/** Every gap of the unit (and its subtree) or of the organization: what cannot be back when a service needs it. */
export function GapsTab({ orgId, unitId }: { orgId: string; unitId: string }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'unit' | 'org'>('unit');
  const gaps = useGaps(orgId, scope === 'unit' ? unitId : undefined);
  if (gaps.error) return <ErrorAlert error={gaps.error} onRetry={() => void gaps.refetch()} />;
  const items = gaps.data?.gaps ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as 'unit' | 'org')} optionType="button" aria-label={t('bia.gaps.scope')}>
        <Radio.Button value="unit" data-testid="gaps-unit">{t('bia.gaps.unit')}</Radio.Button>
        <Radio.Button value="org" data-testid="gaps-org">{t('bia.gaps.org')}</Radio.Button>
      </Radio.Group>
      {gaps.data && (
        <p data-testid="gaps-summary">{t('bia.gaps.summary', { gaps: items.length, services: gaps.data.summary.servicesWithGaps, total: gaps.data.summary.services })}</p>
      )}
      {items.length > 0 && <GapChart gaps={items} />}
      <Table<TGapView>
        rowKey={(g) => `${g.serviceId}-${g.dependencyId}`}
        size="small"
        loading={gaps.isLoading}
        dataSource={items}
        pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 600 }}
        locale={{ emptyText: <Empty description={t('bia.gaps.none')} /> }}
        columns={[
          { title: t('bia.unit'), dataIndex: 'unitName' },
          { title: t('bia.service.name'), dataIndex: 'serviceName' },
          { title: t('bia.dependency.name'), key: 'dep', render: (_: unknown, g) => `${g.dependencyName} (${t(`enums.dependencyKind.${g.dependencyKind}`)})` },
          { title: t('bia.gaps.required'), key: 'req', render: (_: unknown, g) => formatDuration(t, g.requiredMinutes) },
          { title: t('bia.gaps.achieved'), key: 'ach', render: (_: unknown, g) => (g.achievedMinutes === null ? <Tag style={TAG.warn}>{t('bia.unknown')}</Tag> : <Tag style={TAG.bad}>{formatDuration(t, g.achievedMinutes)}</Tag>) },
        ]}
      />
      {gaps.data && gaps.data.exercised.length > 0 && <Exercised orgId={orgId} items={gaps.data.exercised} />}
    </Space>
  );
}

type TExercised = TGapReport['exercised'][number];
const VERDICT_TAG = { met: TAG.good, missed: TAG.bad, no_objective: TAG.neutral } as const;

/** Recovery actually achieved in the latest exercise of each service, next to what the BIA requires. */
function Exercised({ orgId, items }: { orgId: string; items: TExercised[] }) {
  const { t } = useTranslation();
  const format = useFormatDay();
  return (
    <section aria-labelledby="bia-exercised-title" data-testid="bia-exercised">
      <Typography.Title level={3} id="bia-exercised-title">
        {t('bia.exercised.title')}
      </Typography.Title>
      <Table<TExercised>
        rowKey="serviceId"
        size="small"
        dataSource={items}
        pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 600 }}
        columns={[
          { title: t('bia.unit'), dataIndex: 'unitName' },
          { title: t('bia.service.name'), dataIndex: 'serviceName' },
          { title: t('bia.exercised.rto'), key: 'rto', render: (_: unknown, e) => (e.rtoMinutes === null ? t('bia.unknown') : formatDuration(t, e.rtoMinutes)) },
          { title: t('bia.exercised.achieved'), key: 'achieved', render: (_: unknown, e) => <Tag style={VERDICT_TAG[e.verdict]}>{`${formatDuration(t, e.achievedMinutes)} · ${t(`bia.exercised.verdict.${e.verdict}`)}`}</Tag> },
          { title: t('bia.exercised.exercise'), key: 'exercise', render: (_: unknown, e) => <Link to={`/orgs/${orgId}/exercises/${e.exerciseId}`} dir="auto">{`${e.exerciseTitle} (${format(e.conductedOn)})`}</Link> },
        ]}
      />
    </section>
  );
}
