import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useMe } from '../../app/session.js';
import { useMyWhereabouts, useReturnPlans, type TReturnPlan } from './people.api.js';
import { ReturnPlanModal } from './return-plan-modal.js';

const today = () => new Date().toISOString().slice(0, 10);

/** Where the signed-in person works on a day, under every plan that names them. */
function MyDay({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const me = useMe();
  const [date, setDate] = useState(today());
  const mine = useMyWhereabouts(orgId, date, Boolean(me.data?.user.personId));
  if (!me.data?.user.personId) return null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.return.myDay')}</h2>} data-testid="my-day">
      <Flex gap={12} align="center" wrap>
        <label htmlFor="my-day-date">{t('workplace.return.date')}</label>
        <Input id="my-day-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 180 }} />
        {mine.data && (
          <span data-testid="my-day-answer">
            {mine.data.plans.length === 0
              ? t('workplace.return.noPlan')
              : mine.data.where === 'on_site'
                ? t('workplace.return.onSiteAt', { date: formatDay(date), site: mine.data.plans.find((p) => p.where === 'on_site')?.siteName ?? '' })
                : t('workplace.return.remoteOn', { date: formatDay(date) })}
          </span>
        )}
      </Flex>
    </Card>
  );
}

/** Return-to-office plans of the units the caller follows, each with its day rota; the editor for the unit's BCM roles. */
export function ReturnTab() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  const formatDay = useFormatDay();
  const plans = useReturnPlans(orgId);
  const [modal, setModal] = useState<{ editing: TReturnPlan | null } | null>(null);
  if (plans.error) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  if (!plans.data) return <BlockLoading />;
  const createAt = plans.data.allowedActions.createAtUnitIds;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('workplace.return.intro')}</Typography.Paragraph>
      <MyDay orgId={orgId} />
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('workplace.return.title')}</h2>}
        extra={
          createAt.length > 0 && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal({ editing: null })} data-testid="new-return-plan">
              {t('workplace.return.new')}
            </Button>
          )
        }
      >
        {plans.data.items.length === 0 ? (
          <Alert type="info" message={t('workplace.return.empty')} />
        ) : (
          <ScrollRegion label={t('workplace.return.title')}>
            <Table<TReturnPlan>
              rowKey="id"
              size="small"
              pagination={false}
              data-testid="return-plans-table"
              dataSource={plans.data.items}
              columns={[
                { title: t('workplace.return.planTitle'), key: 'title', render: (_, p) => <Link to={`return-plans/${p.id}`}>{p.title}</Link> },
                { title: t('workplace.return.unit'), dataIndex: 'unitName' },
                {
                  title: t('workplace.return.currentPhase'),
                  key: 'phase',
                  render: (_, p) => {
                    const phase = p.phases.find((x) => x.key === p.currentPhaseKey);
                    return phase ? <Tag color="blue">{`${phase.name} · ${phase.occupancyPercent} %`}</Tag> : <Typography.Text type="secondary">{t('workplace.return.noPhase')}</Typography.Text>;
                  },
                },
                { title: t('workplace.return.phases'), key: 'phases', render: (_, p) => p.phases.map((x) => `${x.name} (${formatDay(x.startsOn)})`).join(', ') },
                { title: t('workplace.return.members'), key: 'members', render: (_, p) => p.members.length },
                { title: t('workplace.actions'), key: 'edit', render: (_, p) => p.allowedActions.edit && <Button size="small" onClick={() => setModal({ editing: p })}>{t('workplace.return.edit')}</Button> },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      {modal && <ReturnPlanModal orgId={orgId} editing={modal.editing} unitIds={modal.editing ? [modal.editing.unitId] : createAt} onClose={() => setModal(null)} />}
    </Flex>
  );
}
