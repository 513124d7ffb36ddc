import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDependencyView } from '../../../domain/contract/bia.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useDependencies, useUnitBia } from './bia.api.js';
import { DependencyForm } from './dependency-form.js';
import { formatDuration } from './durations.js';
import { TAG } from './tag-styles.js';

/** The unit's dependencies (key roles, ICT, facilities, suppliers, vital records) and how soon each can be back. */
export function DependenciesTab({ orgId, unitId }: { orgId: string; unitId: string }) {
  const { t } = useTranslation();
  const dependencies = useDependencies(orgId);
  const bia = useUnitBia(orgId, unitId);
  const [open, setOpen] = useState<TDependencyView | 'new' | null>(null);
  const canAdd = bia.data?.allowedActions.edit ?? false;
  if (dependencies.error) return <ErrorAlert error={dependencies.error} onRetry={() => void dependencies.refetch()} />;
  const rows = (dependencies.data?.items ?? []).filter((d) => d.unitId === unitId);
  return (
    <>
      {canAdd && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen('new')} data-testid="new-dependency">
            {t('bia.dependency.new')}
          </Button>
        </Flex>
      )}
      <Table<TDependencyView>
        rowKey="id"
        size="middle"
        loading={dependencies.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={t('bia.dependency.empty')} /> }}
        columns={[
          { title: t('bia.dependency.kind'), key: 'kind', render: (_: unknown, d) => <Tag>{t(`enums.dependencyKind.${d.kind}`)}</Tag> },
          {
            title: t('bia.dependency.name'),
            key: 'name',
            render: (_: unknown, d) =>
              d.allowedActions.edit ? (
                <Button type="link" onClick={() => setOpen(d)} style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'start' }}>
                  {d.name}
                </Button>
              ) : (
                d.name
              ),
          },
          { title: t('bia.dependency.achieved'), key: 'achieved', render: (_: unknown, d) => (d.achievedMinutes === null ? <Tag style={TAG.warn}>{t('bia.unknown')}</Tag> : formatDuration(t, d.achievedMinutes)) },
          { title: t('bia.dependency.usedBy'), dataIndex: 'usedByCount', width: 120 },
          { title: t('bia.dependency.people'), key: 'people', render: (_: unknown, d) => d.people.map((p) => p.fullName).join(', ') },
        ]}
      />
      {open && <DependencyForm orgId={orgId} unitId={unitId} dependency={open === 'new' ? null : open} onClose={() => setOpen(null)} />}
    </>
  );
}
