import { Alert, Card, Descriptions, Flex, Input, List, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useReturnPlans, useRota } from './people.api.js';

/** A return-to-office plan and its rota for a chosen day: who is on site where (never above the limit), who works remotely. */
export function RotaPage() {
  const { t } = useTranslation();
  const { orgId = '', planId = '' } = useParams();
  const formatDay = useFormatDay();
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const plans = useReturnPlans(orgId);
  const rota = useRota(orgId, planId, date);
  const plan = plans.data?.items.find((p) => p.id === planId);
  usePageTitle(plan?.title ?? t('workplace.return.title'));
  if (plans.error) return <ErrorAlert error={plans.error} />;
  if (!plans.data) return <BlockLoading />;
  if (!plan) return <Alert type="warning" message={t('workplace.return.notFound')} />;
  const teamName = (key: string) => plan.teams.find((x) => x.key === key)?.name ?? key;
  return (
    <Flex vertical gap={16}>
      <Link to={`/orgs/${orgId}/people?tab=return`}>{t('workplace.return.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {plan.title}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'unit', label: t('workplace.return.unit'), children: plan.unitName },
          { key: 'hygiene', label: t('workplace.return.hygiene'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{plan.hygieneMeasures || '—'}</span> },
          { key: 'rooms', label: t('workplace.return.meetingRooms'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{plan.meetingRoomMeasures || '—'}</span> },
        ]}
      />
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.return.phases')}</h2>}>
        <ScrollRegion label={t('workplace.return.phases')}>
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={plan.phases}
            columns={[
              { title: t('workplace.return.phaseName'), key: 'name', render: (_: unknown, p: (typeof plan.phases)[number]) => (p.key === plan.currentPhaseKey ? <Tag color="blue">{p.name}</Tag> : p.name) },
              { title: t('workplace.return.period'), key: 'period', render: (_: unknown, p: (typeof plan.phases)[number]) => `${formatDay(p.startsOn)} – ${p.endsOn ? formatDay(p.endsOn) : t('workplace.arrangements.openEnded')}` },
              { title: t('workplace.return.occupancy'), key: 'occ', render: (_: unknown, p: (typeof plan.phases)[number]) => `${p.occupancyPercent} %` },
              { title: t('workplace.return.criteria'), dataIndex: 'criteria' },
              { title: t('workplace.return.teamsOnSite'), key: 'teams', render: (_: unknown, p: (typeof plan.phases)[number]) => p.teamKeys.map(teamName).join(', ') || '—' },
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.return.rotaTitle')}</h2>} data-testid="rota">
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <label htmlFor="rota-date">{t('workplace.return.date')}</label>
          <Input id="rota-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 180 }} data-testid="rota-date" />
          {rota.data && <span>{rota.data.phase ? t('workplace.return.inPhase', { phase: rota.data.phase.name }) : t('workplace.return.noPhase')}</span>}
        </Flex>
        {rota.error && <ErrorAlert error={rota.error} />}
        {!rota.data ? (
          <BlockLoading rows={2} />
        ) : (
          <Flex vertical gap={12}>
            {rota.data.sites.map((s) => (
              <Card key={s.key} size="small" type="inner" title={`${s.name}${s.floor ? ` · ${t('workplace.return.floor')} ${s.floor}` : ''}`} data-testid={`rota-site-${s.key}`}>
                <Progress percent={s.limit === 0 ? (s.people.length ? 100 : 0) : Math.round((s.people.length / s.limit) * 100)} format={() => t('workplace.return.occupied', { count: s.people.length, limit: s.limit })} aria-label={t('workplace.return.occupied', { count: s.people.length, limit: s.limit })} />
                <List size="small" dataSource={s.people} locale={{ emptyText: <span style={{ color: '#595959' }}>{t('workplace.return.nobodyOnSite')}</span> }} renderItem={(p) => <List.Item>{`${p.fullName} · ${teamName(p.teamKey)}`}</List.Item>} />
              </Card>
            ))}
            <Card size="small" type="inner" title={t('workplace.return.remote', { count: rota.data.remote.length })} data-testid="rota-remote">
              <List size="small" dataSource={rota.data.remote} renderItem={(p) => <List.Item>{p.fullName}</List.Item>} />
            </Card>
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
