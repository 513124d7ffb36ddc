import { Card, Empty, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { usePlansWithoutRisks, useUnansweredRisks } from './risks.api.js';
import { ScoreBadge } from './score-badge.js';

/** The two coverage reports: disruption risks no plan answers, and plans written without the register. */
export function CoverageTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const unanswered = useUnansweredRisks(orgId);
  const withoutRisks = usePlansWithoutRisks(orgId);
  const planLink = (p: { id: string; title: string; state: string }) => (
    <Link key={p.id} to={`/orgs/${orgId}/plans/${p.id}`}>
      {p.title} <Tag>{t(`enums.planState.${p.state}`)}</Tag>
    </Link>
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risks.coverage.unansweredTitle')}</h2>} data-testid="report-unanswered">
        <Typography.Paragraph type="secondary">{t('risks.coverage.unansweredIntro')}</Typography.Paragraph>
        {unanswered.error ? (
          <ErrorAlert error={unanswered.error} onRetry={() => void unanswered.refetch()} />
        ) : !unanswered.data ? (
          <BlockLoading />
        ) : unanswered.data.groups.length === 0 ? (
          <Empty description={t('risks.coverage.unansweredNone')} />
        ) : (
          unanswered.data.groups.map((group) => (
            <section key={group.unitId ?? 'org'} style={{ marginBottom: 16 }}>
              <h3 style={{ fontSize: 15 }}>{group.unitName ?? t('risks.organizationWide')}</h3>
              <List
                size="small"
                bordered
                dataSource={group.risks}
                renderItem={(r) => (
                  <List.Item>
                    <Space wrap>
                      <ScoreBadge score={r.score} />
                      <span>{r.reference}</span>
                      <span dir="auto">{r.title}</span>
                      <Tag>{t(`enums.riskCategory.${r.category}`)}</Tag>
                    </Space>
                  </List.Item>
                )}
              />
              <Typography.Paragraph style={{ marginTop: 6 }}>
                {group.plans.length === 0 ? t('risks.coverage.noPlansHere') : <Space wrap>{t('risks.coverage.plansHere')} {group.plans.map(planLink)}</Space>}
              </Typography.Paragraph>
            </section>
          ))
        )}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('risks.coverage.withoutRisksTitle')}</h2>} data-testid="report-plans-without-risks">
        <Typography.Paragraph type="secondary">{t('risks.coverage.withoutRisksIntro')}</Typography.Paragraph>
        {withoutRisks.error ? (
          <ErrorAlert error={withoutRisks.error} onRetry={() => void withoutRisks.refetch()} />
        ) : (
          <ScrollRegion label={t('risks.coverage.withoutRisksTitle')}>
            <Table
              size="small"
              rowKey="id"
              loading={withoutRisks.isLoading}
              dataSource={withoutRisks.data?.items ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('risks.coverage.withoutRisksNone') }}
              columns={[
                { title: t('risks.coverage.plan'), dataIndex: 'title', render: (_: unknown, p) => planLink(p) },
                { title: t('risks.fields.unit'), dataIndex: 'unitName' },
                { title: t('risks.coverage.planType'), dataIndex: 'type', render: (v: string) => t(`enums.planType.${v}`) },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
    </Space>
  );
}
