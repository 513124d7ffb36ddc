import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TMerPolicyView } from '../../../domain/contract/mer.js';
import { CHANGE_TRIGGERS, OBLIGATION_KINDS } from '../../../domain/mer/policy.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { useMerPolicy } from './mer.api.js';
import { PolicyFormModal } from './policy-form.js';

/** The policy in force, readable by every member; the coordinator at the root sets a new version. */
export function PolicyPanel({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const policy = useMerPolicy(orgId);
  const [editing, setEditing] = useState(false);
  if (policy.error) return <ErrorAlert error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!policy.data) return <BlockLoading />;
  const view = policy.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Card
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mer.policy.title')}</h2>}
          extra={
            view.allowedActions.edit && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)} data-testid="mer-policy-edit">
                {t('mer.policy.edit')}
              </Button>
            )
          }
        >
          <Typography.Paragraph data-testid="mer-policy-version">
            {view.versionNumber === 0 ? t('mer.policy.defaults') : t('mer.policy.version', { version: view.versionNumber })}
          </Typography.Paragraph>
          <PolicyDescriptions view={view} />
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <PolicyHistory view={view} />
      </Col>
      {editing && <PolicyFormModal orgId={orgId} view={view} onClose={() => setEditing(false)} />}
    </Row>
  );
}

function PolicyDescriptions({ view }: { view: TMerPolicyView }) {
  const { t } = useTranslation();
  const months = (n: number) => (n === 1 ? t('mer.policy.everyMonth') : t('mer.policy.everyMonths', { count: n }));
  const days = (n: number) => (n === 1 ? t('mer.policy.oneDay') : t('mer.policy.days', { count: n }));
  const { policy } = view;
  return (
    <Descriptions column={1} size="small" bordered data-testid="mer-policy-view">
      {OBLIGATION_KINDS.map((kind) => (
        <Descriptions.Item key={kind} label={t(`enums.obligationKind.${kind}`)}>
          <span data-testid={`mer-policy-period-${kind}`}>{months(policy.periodMonths[kind])}</span>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('mer.policy.graceDays')}>{days(policy.graceDays)}</Descriptions.Item>
      <Descriptions.Item label={t('mer.policy.dueSoonDays')}>{days(policy.dueSoonDays)}</Descriptions.Item>
      <Descriptions.Item label={t('mer.policy.triggers')}>
        {policy.changeTriggers.length === 0 ? (
          t('mer.policy.noTriggers')
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {CHANGE_TRIGGERS.filter((c) => policy.changeTriggers.includes(c)).map((c) => (
              <li key={c}>{t(`enums.changeTrigger.${c}`)}</li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

function PolicyHistory({ view }: { view: TMerPolicyView }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mer.policy.history')}</h2>}>
      {view.history.length === 0 ? (
        <Typography.Text type="secondary">{t('mer.policy.noHistory')}</Typography.Text>
      ) : (
        <ol className="mer-plain-list" data-testid="mer-policy-history">
          {view.history.map((h) => (
            <li key={h.versionNumber}>
              <strong>{t('mer.policy.version', { version: h.versionNumber })}</strong>
              <div>{t('mer.policy.setBy', { name: h.setByName, date: formatDate(h.setAt) })}</div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
