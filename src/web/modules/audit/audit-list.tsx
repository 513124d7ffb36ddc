import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TAuditEntryView } from '../../../domain/contract/audit.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { useAuditTrail } from './audit.api.js';
import { ScrollRegion } from '../../app/scroll-region.js';

/** Who did what and when to one entity; actions without a translation show their stable code. */
export function AuditList({ orgId, entityType, entityId }: { orgId: string; entityType: string; entityId: string }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const audit = useAuditTrail(orgId, entityType, entityId);
  if (audit.error) return <ErrorAlert error={audit.error} onRetry={() => void audit.refetch()} />;
  const items = [...(audit.data?.items ?? [])].sort((a, b) => b.seq - a.seq);
  const actionLabel = (action: string) => {
    const key = `audit.actions.${action.replace(/\./g, '_')}`;
    return i18n.exists(key) ? t(key) : action;
  };
  return (
    <ScrollRegion label={t('audit.title')}>
      <Table<TAuditEntryView>
        rowKey="seq"
        size="small"
        loading={audit.isLoading}
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
        columns={[
          { title: t('audit.when'), dataIndex: 'at', render: (v: string) => formatDate(v) },
          { title: t('audit.who'), dataIndex: 'actorName' },
          { title: t('audit.what'), dataIndex: 'action', render: (v: string) => <span title={v}>{actionLabel(v)}</span> },
        ]}
      />
    </ScrollRegion>
  );
}
