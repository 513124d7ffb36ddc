import { App, Button, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useCodedErrorMessage } from '../../app/coded-errors.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { useUnitBia, useUnitTransition } from './bia.api.js';
import { TAG } from './tag-styles.js';

const STATE_COLOURS = { draft: TAG.neutral, submitted: TAG.info, approved: TAG.good } as const;

/** The unit's BIA state and the actions the server allows this caller. */
export function UnitBiaBar({ orgId, unitId }: { orgId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formatDate = useFormatDate();
  const bia = useUnitBia(orgId, unitId);
  const transition = useUnitTransition(orgId, unitId);
  const describe = useCodedErrorMessage({ 'bia.self_approval': 'bia.errors.selfApproval', 'bia.incomplete': 'bia.errors.incomplete', 'bia.invalid_transition': 'bia.errors.invalidTransition' });
  if (bia.error instanceof ApiError && bia.error.status === 404) return <p>{t('bia.noAccess')}</p>;
  if (bia.error) return <ErrorAlert error={bia.error} onRetry={() => void bia.refetch()} />;
  if (!bia.data) return null;
  const b = bia.data;
  const act = async (action: 'submit' | 'approve' | 'revise') => {
    await transition.mutateAsync(action);
    void message.success(t(`bia.actions.done.${action}`));
  };
  return (
    <Flex vertical gap={8}>
      <Flex align="center" gap={8} wrap>
        <Tag style={STATE_COLOURS[b.state]} data-testid="bia-state" data-state={b.state}>
          {t(`enums.biaState.${b.state}`)}
        </Tag>
        <span>{t('bia.version', { version: b.versionNumber })}</span>
        {b.approvedVersion !== null && b.state !== 'approved' && <span>· {t('bia.inForce', { version: b.approvedVersion })}</span>}
        <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
          {(['submit', 'approve', 'revise'] as const)
            .filter((a) => b.allowedActions[a])
            .map((a) => (
              <Button key={a} type={a === 'revise' ? 'default' : 'primary'} loading={transition.isPending} onClick={() => void act(a).catch(() => undefined)} data-testid={`bia-${a}`}>
                {t(`bia.actions.${a}`)}
              </Button>
            ))}
        </Flex>
      </Flex>
      {transition.error && <ErrorAlert error={transition.error} message={describe} />}
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
        <Descriptions.Item label={t('bia.servicesCount')}>{b.servicesCount}</Descriptions.Item>
        <Descriptions.Item label={t('bia.dependenciesCount')}>{b.dependenciesCount}</Descriptions.Item>
        {b.submittedAt && <Descriptions.Item label={t('bia.submitted')}>{`${formatDate(b.submittedAt)} · ${b.submittedByName ?? ''}`}</Descriptions.Item>}
        {b.approvedAt && <Descriptions.Item label={t('bia.approved')}>{`${formatDate(b.approvedAt)} · ${b.approvedByName ?? ''}`}</Descriptions.Item>}
      </Descriptions>
    </Flex>
  );
}
