import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { obligationPath } from '../../../domain/mer/obligation-links.js';
import type { TOverdueItem } from '../../../domain/contract/mer-dashboard.js';
import { useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { dayAt } from './obligation-reason.js';

/** What is overdue, the most overdue first, with the plan owners or focal points who answer for it. */
export function OverdueList({ orgId, items, loading }: { orgId: string; items: readonly TOverdueItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <section aria-labelledby="mer-overdue-title">
      <h2 id="mer-overdue-title" className="mer-section-title" style={{ marginBottom: 8 }}>
        {t('mer.dashboard.overdue.title')}
      </h2>
      <ScrollRegion label={t('mer.dashboard.overdue.title')}>
        <Table<TOverdueItem>
          data-testid="mer-overdue"
          rowKey={(o) => `${o.subject.id}:${o.kind}`}
          size="small"
          loading={loading}
          dataSource={[...items]}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('mer.dashboard.overdue.empty') }}
          scroll={{ x: 720 }}
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
            { title: t('mer.table.dueOn'), dataIndex: 'dueOn', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDay(dayAt(d))}</span> },
            { title: t('mer.table.daysLate'), dataIndex: 'daysLate', align: 'end' },
            {
              title: t('mer.dashboard.overdue.owners'),
              key: 'owners',
              render: (_, o) =>
                o.owners.length === 0 ? (
                  t('mer.dashboard.overdue.noOwner')
                ) : (
                  <ul className="mer-owners" data-testid="mer-overdue-owners">
                    {o.owners.map((p) => (
                      <li key={p.email}>
                        <a href={`mailto:${p.email}`} dir="auto">
                          {p.name}
                        </a>
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      </ScrollRegion>
    </section>
  );
}
