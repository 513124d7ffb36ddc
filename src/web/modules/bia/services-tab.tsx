import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TBiaSettings, TServiceView } from '../../../domain/contract/bia.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useServices, useUnitBia } from './bia.api.js';
import { formatDuration } from './durations.js';
import { ServiceForm } from './service-form.js';
import { TAG } from './tag-styles.js';

/** Services of the unit by priority, with MTPD, RTO and gap badges; a row opens the service form. */
export function ServicesTab({ orgId, unitId, settings }: { orgId: string; unitId: string; settings: TBiaSettings }) {
  const { t } = useTranslation();
  const services = useServices(orgId, unitId);
  const bia = useUnitBia(orgId, unitId);
  const [open, setOpen] = useState<TServiceView | 'new' | null>(null);
  const canAdd = bia.data?.allowedActions.edit ?? false;
  if (services.error) return <ErrorAlert error={services.error} onRetry={() => void services.refetch()} />;
  return (
    <>
      {canAdd && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpen('new')} data-testid="new-service">
            {t('bia.service.new')}
          </Button>
        </Flex>
      )}
      <Table<TServiceView>
        rowKey="id"
        size="middle"
        loading={services.isLoading}
        dataSource={[...(services.data?.items ?? [])].sort((a, b) => a.priority - b.priority)}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={canAdd ? t('bia.service.emptyCreate') : t('bia.service.empty')} /> }}
        columns={[
          { title: t('bia.service.priority'), dataIndex: 'priority', width: 90 },
          {
            title: t('bia.service.name'),
            dataIndex: 'name',
            render: (_: unknown, s) => (
              <Button type="link" onClick={() => setOpen(s)} style={{ paddingInline: 0, whiteSpace: 'normal', textAlign: 'start' }} data-testid={`service-${s.name}`}>
                {s.name}
              </Button>
            ),
          },
          {
            title: t('bia.service.mtpd'),
            key: 'mtpd',
            render: (_: unknown, s) => (
              <Tooltip title={s.mtpdOverride ? t('bia.service.overridden', { derived: formatDuration(t, s.derivedMtpdMinutes) }) : undefined}>
                <span data-testid={`mtpd-${s.name}`}>{formatDuration(t, s.effectiveMtpdMinutes)}{s.mtpdOverride ? ' *' : ''}</span>
              </Tooltip>
            ),
          },
          { title: <abbr title={t('bia.service.rto')}>{t('bia.service.rtoShort')}</abbr>, key: 'rto', render: (_: unknown, s) => formatDuration(t, s.rtoMinutes) },
          { title: <abbr title={t('bia.service.rpo')}>{t('bia.service.rpoShort')}</abbr>, key: 'rpo', render: (_: unknown, s) => (s.rpoMinutes === 0 ? '0' : formatDuration(t, s.rpoMinutes)) },
          {
            title: t('bia.service.status'),
            key: 'status',
            render: (_: unknown, s) => (
              <Flex gap={4} wrap>
                {s.gapsCount > 0 ? <Tag style={TAG.bad}>{t('bia.service.gaps', { count: s.gapsCount })}</Tag> : s.dependencies.length > 0 ? <Tag style={TAG.good}>{t('bia.service.noGaps')}</Tag> : null}
                {s.problems.includes('bia.rto_missing') && <Tag style={TAG.warn}>{t('bia.service.rtoMissing')}</Tag>}
                {s.problems.includes('bia.rto_exceeds_mtpd') && <Tag style={TAG.bad}>{t('bia.service.rtoTooLong')}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      {open && <ServiceForm orgId={orgId} unitId={unitId} settings={settings} service={open === 'new' ? null : open} onClose={() => setOpen(null)} />}
    </>
  );
}
