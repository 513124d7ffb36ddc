import { Empty, Grid, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { obligationPath } from '../../../domain/mer/obligation-links.js';
import type { TObligationView } from '../../../domain/contract/mer.js';
import { BlockLoading } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { dayAt, useExplainObligation } from './obligation-reason.js';
import { StatusTag } from './status-style.js';

/** Every obligation with its status and why, the most overdue first (the server's order). */
export function ObligationsTable({ orgId, items, loading }: { orgId: string; items: TObligationView[]; loading: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const explain = useExplainObligation();
  const phone = !Grid.useBreakpoint().md;
  if (phone) return <ObligationList orgId={orgId} items={items} loading={loading} />;
  return (
    <ScrollRegion label={t('mer.table.title')}>
      <Table<TObligationView>
        data-testid="mer-obligations"
        rowKey={(o) => `${o.subject.id}:${o.kind}`}
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('mer.table.empty') }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('mer.table.plan'),
            key: 'plan',
            render: (_, o) => (
              <Link to={obligationPath(orgId, o)} dir="auto">
                {o.subject.title}
              </Link>
            ),
          },
          { title: t('mer.table.unit'), dataIndex: 'unitName', render: (name: string) => <span dir="auto">{name}</span> },
          { title: t('mer.table.obligation'), dataIndex: 'kind', render: (kind: string) => t(`enums.obligationKind.${kind}`) },
          { title: t('mer.table.status'), dataIndex: 'status', render: (_, o) => <StatusTag status={o.status} /> },
          { title: t('mer.table.dueOn'), dataIndex: 'dueOn', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(dayAt(d))}</span> },
          { title: t('mer.table.daysLate'), dataIndex: 'daysLate', align: 'end', render: (n: number) => (n > 0 ? n : '—') },
          { title: t('mer.table.reason'), key: 'why', render: (_, o) => <span data-testid="mer-reason">{explain(o)}</span> },
        ]}
      />
    </ScrollRegion>
  );
}

/** On a phone, one card per obligation instead of a table seven columns wide. */
function ObligationList({ orgId, items, loading }: { orgId: string; items: TObligationView[]; loading: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const explain = useExplainObligation();
  if (loading && items.length === 0) return <BlockLoading />;
  if (items.length === 0) return <Empty description={t('mer.table.empty')} />;
  return (
    <ul className="mer-obligation-list" data-testid="mer-obligations" aria-busy={loading}>
      {items.map((o) => (
        <li key={`${o.subject.id}:${o.kind}`}>
          <div className="mer-obligation-head">
            <Link to={obligationPath(orgId, o)} dir="auto">
              {o.subject.title}
            </Link>
            <StatusTag status={o.status} />
          </div>
          <div>
            {t(`enums.obligationKind.${o.kind}`)} · <span dir="auto">{o.unitName}</span>
          </div>
          <div>
            {t('mer.table.dueOn')}: {formatDay(dayAt(o.dueOn))}
          </div>
          <div data-testid="mer-reason" className="mer-obligation-reason">
            {explain(o)}
          </div>
        </li>
      ))}
    </ul>
  );
}
