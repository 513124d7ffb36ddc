import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, List, Progress, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCampaignInput, type TCampaignView } from '../../../domain/contract/bia.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { useFormatDay } from '../../app/format.js';
import { submitForm } from '../../app/form-validation.js';
import { useCampaign, useCampaigns, useCloseCampaign, useLaunchCampaign } from './bia.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { TAG } from './tag-styles.js';

const STATUS_COLOURS = { not_started: TAG.neutral, in_progress: TAG.warn, submitted: TAG.info, approved: TAG.good } as const;

function CampaignDetail({ orgId, id }: { orgId: string; id: string }) {
  const { t } = useTranslation();
  const campaign = useCampaign(orgId, id);
  if (campaign.error) return <ErrorAlert error={campaign.error} />;
  if (!campaign.data) return null;
  return (
    <List
      size="small"
      dataSource={campaign.data.units}
      renderItem={(u) => (
        <List.Item>
          <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
            <span>{u.unitName}</span>
            <Space wrap>
              <Tag style={STATUS_COLOURS[u.status]}>{t(`enums.campaignUnitStatus.${u.status}`)}</Tag>
              <span>{t('bia.campaign.services', { count: u.servicesCount })}</span>
              {u.overdue && (
                <Tag style={TAG.bad} data-testid="campaign-overdue">
                  {t('bia.campaign.overdue')}
                </Tag>
              )}
            </Space>
          </Flex>
        </List.Item>
      )}
    />
  );
}

function CampaignCard({ orgId, c }: { orgId: string; c: TCampaignView }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const close = useCloseCampaign(orgId);
  const [expanded, setExpanded] = useState(false);
  const done = c.progress.submitted + c.progress.approved;
  const percent = c.progress.units === 0 ? 0 : Math.round((done / c.progress.units) * 100);
  return (
    <Card size="small" title={c.title} extra={<Tag style={c.state === 'open' ? TAG.good : TAG.neutral}>{t(`enums.campaignState.${c.state}`)}</Tag>}>
      <Typography.Paragraph>{t('bia.campaign.scope', { unit: c.rootUnitName, due: formatDay(c.dueDate) })}</Typography.Paragraph>
      {c.instructions && <Typography.Paragraph type="secondary">{c.instructions}</Typography.Paragraph>}
      <Progress percent={percent} status={c.progress.overdue > 0 ? 'exception' : undefined} aria-label={t('bia.campaign.progressLabel', { done, total: c.progress.units })} />
      <Space wrap style={{ marginBottom: 8 }}>
        <span>{t('bia.campaign.counts', { done, total: c.progress.units })}</span>
        {c.progress.overdue > 0 && <Tag style={TAG.bad}>{t('bia.campaign.overdueCount', { count: c.progress.overdue })}</Tag>}
        <span>{t('bia.campaign.effort', { hours: c.effort.hours })}</span>
      </Space>
      <Flex gap={8} wrap>
        <Button size="small" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? t('bia.campaign.hideUnits') : t('bia.campaign.showUnits')}
        </Button>
        {c.allowedActions.close && (
          <Button size="small" danger loading={close.isPending} onClick={() => close.mutate(c.id)}>
            {t('bia.campaign.close')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('bia.campaign.reminders')}
      </Typography.Paragraph>
      {expanded && <CampaignDetail orgId={orgId} id={c.id} />}
    </Card>
  );
}

interface LaunchValues {
  rootUnitId: string;
  title: string;
  instructions: string;
  due: { format: (f: string) => string } | null;
}

/** Formal BIA campaigns: launched for a subtree with a due date; progress per unit, overdue in red. */
export function CampaignsTab({ orgId, unitId, units }: { orgId: string; unitId: string; units: TUnitView[] }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns(orgId);
  const launch = useLaunchCampaign(orgId);
  const [launching, setLaunching] = useState(false);
  const [form] = Form.useForm<LaunchValues>();
  const mayLaunch = campaigns.data?.allowedActions.launch ?? false;
  if (campaigns.error) return <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  const submit = async () => {
    const created = await submitForm(form, ZCampaignInput, t, (v) => ({ rootUnitId: v.rootUnitId, title: v.title, instructions: v.instructions ?? '', dueDate: v.due?.format('YYYY-MM-DD') }), launch.mutateAsync);
    if (created) setLaunching(false);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {mayLaunch && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setLaunching(true)} data-testid="launch-campaign">
            {t('bia.campaign.launch')}
          </Button>
        </Flex>
      )}
      {(campaigns.data?.items ?? []).length === 0 && !campaigns.isLoading && <Empty description={t('bia.campaign.none')} />}
      {(campaigns.data?.items ?? []).map((c) => (
        <CampaignCard key={c.id} orgId={orgId} c={c} />
      ))}
      {launching && (
        <FormModal<LaunchValues>
          title={t('bia.campaign.launch')}
          okText={t('bia.campaign.launchOk')}
          onCancel={() => setLaunching(false)}
          onSubmit={submit}
          pending={launch.isPending}
          error={launch.error}
          form={form}
          name="bia-campaign"
          initialValues={{ rootUnitId: unitId, title: '', instructions: '', due: null }}
        >
          <Form.Item label={t('bia.campaign.root')} name="rootUnitId" rules={[{ required: true, message: t('validation.required') }]}>
            <UnitSelect units={units} />
          </Form.Item>
          <Form.Item label={t('bia.campaign.title')} name="title" rules={[{ required: true, message: t('validation.required') }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('bia.campaign.due')} name="due" rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item label={t('bia.campaign.instructions')} name="instructions">
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
    </Space>
  );
}

