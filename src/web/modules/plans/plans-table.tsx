import { Table, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TPlanSummary } from '../../../domain/contract/plans.js';
import { useFormatDay } from '../../app/format.js';
import { PlanStateTag } from './plan-state-tag.js';
import { ScrollRegion } from '../../app/scroll-region.js';

export function PlansTable({
  orgId,
  plans,
  loading,
  pagination,
  emptyText,
  showUnit = true,
}: {
  orgId: string;
  plans: TPlanSummary[];
  loading: boolean;
  pagination?: TablePaginationConfig | false;
  emptyText: React.ReactNode;
  showUnit?: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <ScrollRegion label={t('plans.title')}>
      <Table<TPlanSummary>
        data-testid="plan-table"
        rowKey="id"
        loading={loading}
        dataSource={plans}
        pagination={pagination ?? false}
        locale={{ emptyText }}
        columns={[
          {
            title: t('plans.titleColumn'),
            dataIndex: 'title',
            render: (title: string, plan) => (
              <Link to={`/orgs/${orgId}/plans/${plan.id}`} lang={plan.language} dir="auto">
                {title}
              </Link>
            ),
          },
          ...(showUnit ? [{ title: t('plans.unit'), dataIndex: 'unitName' }] : []),
          { title: t('plans.type'), dataIndex: 'type', render: (type: string) => t(`enums.planType.${type}`) },
          {
            title: t('plans.state'),
            dataIndex: 'state',
            render: (_: unknown, plan) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                <PlanStateTag state={plan.state} /> {t('history.versionLabel', { version: plan.versionNumber })}
              </span>
            ),
          },
          {
            title: t('plans.approvedVersion'),
            dataIndex: 'approvedVersionNumber',
            render: (v: number | null, plan) =>
              v ? <span style={{ whiteSpace: 'nowrap' }}>{`${t('history.versionLabel', { version: v })} · ${formatDay(plan.approvedAt)}`}</span> : '—',
          },
          {
            title: t('plans.updatedAt'),
            dataIndex: 'updatedAt',
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(v)}</span>,
          },
        ]}
      />
    </ScrollRegion>
  );
}
