import { Button, Card, Flex, Form, Select, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlanView } from '../../../domain/contract/plans.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { AuditList } from '../audit/audit-list.js';
import { DiffView } from './diff-view.js';
import { PlanStateTag } from './plan-state-tag.js';
import { usePlanDiff, usePlanVersions, type TPlanVersionList } from './plans.api.js';
import { ScrollRegion } from '../../app/scroll-region.js';

type Version = TPlanVersionList['items'][number];

export function HistoryPanel({ orgId, plan }: { orgId: string; plan: TPlanView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const versions = usePlanVersions(orgId, plan.id);
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.versionNumber - a.versionNumber);
  const [from, setFrom] = useState<number | undefined>(undefined);
  const [to, setTo] = useState<number | undefined>(undefined);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  const diff = usePlanDiff(orgId, plan.id, compared?.from, compared?.to);

  // Default comparison: the previous version against the latest.
  useEffect(() => {
    if (items.length >= 2 && from === undefined && to === undefined) {
      setFrom(items[1]!.versionNumber);
      setTo(items[0]!.versionNumber);
    }
  }, [items, from, to]);

  const options = items.map((v) => ({ value: v.versionNumber, label: t('history.versionLabel', { version: v.versionNumber }) }));

  return (
    <Flex vertical gap={16}>
      <Card title={<h2 className="card-title">{t('history.versionsTitle')}</h2>}>
        {versions.error && <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />}
        <ScrollRegion label={t('history.versionsTitle')}>
          <Table<Version>
            rowKey="versionNumber"
            size="small"
            loading={versions.isLoading}
            dataSource={items}
            pagination={false}
            columns={[
              { title: t('plans.version'), dataIndex: 'versionNumber' },
              { title: t('plans.state'), dataIndex: 'state', render: (_, v) => <PlanStateTag state={v.state} /> },
              { title: t('plans.titleColumn'), dataIndex: 'title' },
              { title: t('history.createdBy'), dataIndex: 'createdByName', render: (name: string, v) => `${name} · ${formatDate(v.createdAt)}` },
              {
                title: t('history.approvedBy'),
                dataIndex: 'approvedByName',
                render: (name: string | null, v) => (name ? `${name} · ${formatDate(v.approvedAt)}` : '—'),
              },
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card title={<h2 className="card-title">{t('history.compareTitle')}</h2>}>
        {items.length < 2 ? (
          <p>{t('history.needTwoVersions')}</p>
        ) : (
          <>
            <Form
              layout="inline"
              style={{ rowGap: 12, marginBottom: 16 }}
              onFinish={() => from !== undefined && to !== undefined && setCompared({ from, to })}
            >
              <Form.Item label={t('history.from')} htmlFor="diff-from">
                <Select id="diff-from" data-testid="diff-from" value={from} onChange={setFrom} options={options} style={{ minWidth: 140 }} />
              </Form.Item>
              <Form.Item label={t('history.to')} htmlFor="diff-to">
                <Select id="diff-to" data-testid="diff-to" value={to} onChange={setTo} options={options} style={{ minWidth: 140 }} />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" data-testid="compare-button" disabled={from === undefined || to === undefined || from === to}>
                  {t('history.compare')}
                </Button>
              </Form.Item>
            </Form>
            {diff.isFetching && <BlockLoading rows={3} />}
            {diff.error && <ErrorAlert error={diff.error} onRetry={() => void diff.refetch()} />}
            {diff.data && !diff.isFetching && <DiffView diff={diff.data} />}
          </>
        )}
      </Card>
      <Card title={<h2 className="card-title">{t('history.auditTitle')}</h2>}>
        <AuditList orgId={orgId} entityType="plan" entityId={plan.id} />
      </Card>
    </Flex>
  );
}
