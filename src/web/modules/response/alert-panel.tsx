import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, List, Progress, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useUnits } from '../orgs/orgs.api.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useBroadcast, useBroadcasts, usePreview, type TBroadcastInput, type TEventView, type TPreview } from './response.api.js';

const h2 = { fontSize: 16, margin: 0 };
const CHOICES = ['email', 'sms', 'voice'] as const;

interface TValues {
  template: 'alert' | 'update';
  unitIds: string[];
  channels: string[];
  message: string;
}

/**
 * The alert in two steps: the pre-send check shows who would be reached and who cannot (no
 * channel, invalid number, stale details), then one action sends. Below, each broadcast's
 * delivery as it happens.
 */
export function AlertPanel({ orgId, view }: { orgId: string; view: TEventView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const units = useUnits(orgId);
  const preview = usePreview(orgId, view.event.id);
  const send = useBroadcast(orgId, view.event.id);
  const broadcasts = useBroadcasts(orgId, view.event.id, true);
  const [checked, setChecked] = useState<TPreview | null>(null);
  const body = (v: TValues): TBroadcastInput => ({ template: v.template, audience: { unitIds: v.unitIds }, channels: v.channels as TBroadcastInput['channels'], message: v.message });
  const manage = view.allowedActions.manage;

  async function check() {
    const values = await form.validateFields().catch(() => null);
    if (values) setChecked(await preview.mutateAsync(body(values)).catch(() => null));
  }
  async function confirm() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await send.mutateAsync(body(values)).catch(() => null);
    if (!result) return;
    void message.success(t('response.alert.sent', { recipients: result.recipients, notifications: result.notifications }));
    setChecked(null);
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      {manage && (
        <Card title={<h2 style={h2}>{t('response.alert.title')}</h2>} data-testid="alert-form">
          <Form<TValues>
            form={form}
            layout="vertical"
            name="broadcast"
            initialValues={{ template: 'alert', unitIds: view.event.affectedUnitIds, channels: ['email', 'sms'], message: '' }}
            onValuesChange={() => setChecked(null)}
          >
            <Form.Item name="template" label={t('response.alert.template')}>
              <Radio.Group options={(['alert', 'update'] as const).map((v) => ({ value: v, label: t(`response.alert.templates.${v}`) }))} />
            </Form.Item>
            <Form.Item name="unitIds" label={t('response.alert.audience')} extra={t('response.alert.audienceHelp')} rules={[{ required: true, message: t('validation.required') }]}>
              <UnitSelect units={units.data?.items ?? []} mode="multiple" data-testid="alert-units" />
            </Form.Item>
            <Form.Item name="channels" label={t('response.alert.channels')}>
              <Checkbox.Group options={CHOICES.map((c) => ({ value: c, label: t(`response.enums.channel.${c}`) }))} data-testid="alert-channels" />
            </Form.Item>
            <Form.Item name="message" label={t('response.alert.message')} extra={t('response.alert.messageHelp')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Space wrap>
              <Button onClick={() => void check()} loading={preview.isPending} data-testid="alert-check">
                {t('response.alert.check')}
              </Button>
              <Button type="primary" danger icon={<SendOutlined aria-hidden />} disabled={!checked} loading={send.isPending} onClick={() => void confirm()} data-testid="alert-send">
                {t('response.alert.send', { count: checked?.recipients ?? 0 })}
              </Button>
            </Space>
          </Form>
          {(preview.error || send.error) && <ErrorAlert error={preview.error ?? send.error} />}
          {checked && <PreSendCheck preview={checked} />}
        </Card>
      )}
      <Card title={<h2 style={h2}>{t('response.alert.history')}</h2>} data-testid="broadcasts">
        {broadcasts.error ? <ErrorAlert error={broadcasts.error} /> : <BroadcastList items={broadcasts.data?.items ?? []} />}
      </Card>
    </Space>
  );
}

function PreSendCheck({ preview }: { preview: TPreview }) {
  const { t } = useTranslation();
  return (
    <div data-testid="pre-send-check" style={{ marginTop: 16 }} aria-live="polite">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('response.alert.recipients')}>
          <span data-testid="pre-send-recipients">{preview.recipients}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('response.alert.unreachable')}>
          <span data-testid="pre-send-unreachable">{preview.unreachable}</span>
        </Descriptions.Item>
        {Object.entries(preview.byChannel).map(([channel, n]) => (
          <Descriptions.Item key={channel} label={t(`response.enums.channel.${channel}`)}>
            {n}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {preview.issuesTotal > 0 && (
        <>
          <Alert type="warning" showIcon style={{ margin: '12px 0' }} title={t('response.alert.issuesIntro', { shown: preview.issuesShown, total: preview.issuesTotal })} />
          <ScrollRegion label={t('response.alert.issues')}>
            <Table
              size="small"
              rowKey={(r) => `${r.personId}-${r.problem}-${r.channel ?? ''}`}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              dataSource={preview.issues}
              columns={[
                { title: t('response.fields.person'), dataIndex: 'fullName', render: (v: string) => <span dir="auto">{v}</span> },
                { title: t('response.alert.problem'), dataIndex: 'problem', render: (v: string, r) => `${t(`response.enums.problem.${v}`)}${r.channel ? ` (${t(`response.enums.channel.${r.channel}`)})` : ''}` },
              ]}
            />
          </ScrollRegion>
        </>
      )}
    </div>
  );
}

function BroadcastList({ items }: { items: { id: string; template: string; createdAt: string; recipients: number; unreachable: number; delivery: { channel: string; status: string; count: number }[] }[] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <List
      dataSource={items}
      locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.alert.noneYet')}</span> }}
      renderItem={(b) => {
        const channels = [...new Set(b.delivery.map((d) => d.channel))];
        return (
          <List.Item data-testid="broadcast">
            <div style={{ width: '100%' }}>
              <Space wrap>
                <Tag>{t(`response.alert.templates.${b.template}`)}</Tag>
                <Typography.Text>{formatDate(b.createdAt)}</Typography.Text>
                <Typography.Text type="secondary">{t('response.alert.recipientsCount', { count: b.recipients, unreachable: b.unreachable })}</Typography.Text>
              </Space>
              {channels.map((c) => {
                const of = (s: string) => b.delivery.find((d) => d.channel === c && d.status === s)?.count ?? 0;
                const total = b.delivery.filter((d) => d.channel === c).reduce((a, d) => a + d.count, 0);
                const sent = of('sent');
                return (
                  <div key={c} style={{ marginTop: 4 }}>
                    <Typography.Text>{t(`response.enums.channel.${c}`)}: </Typography.Text>
                    <Typography.Text data-testid={`delivery-${c}`}>{t('response.alert.delivery', { sent, total, failed: of('failed'), waiting: of('pending') + of('sending') })}</Typography.Text>
                    <Progress percent={total ? Math.round((sent / total) * 100) : 0} size="small" aria-label={t(`response.enums.channel.${c}`)} />
                  </div>
                );
              })}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
