import { Button, Form, Input, InputNumber, Select, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ZEffortInput, type TEffortList } from '../../../domain/contract/bia.js';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { submitForm } from '../../app/form-validation.js';
import { useCampaigns, useEffort, useRecordEffort, useUnitBia } from './bia.api.js';

interface Values {
  hours: number;
  externalCost: number;
  currency: string;
  campaignId: string | null;
  note: string;
}

/** Hours and external cost spent on analysis, so the cost of a BIA is visible. */
export function EffortTab({ orgId, unitId }: { orgId: string; unitId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const effort = useEffort(orgId, unitId);
  const bia = useUnitBia(orgId, unitId);
  const campaigns = useCampaigns(orgId);
  const record = useRecordEffort(orgId);
  const [form] = Form.useForm<Values>();
  if (effort.error) return <ErrorAlert error={effort.error} onRetry={() => void effort.refetch()} />;
  const submit = async () => {
    const done = await submitForm(form, ZEffortInput, t, (v) => ({ ...v, unitId, campaignId: v.campaignId ?? null, externalCost: v.externalCost ?? 0 }), record.mutateAsync);
    if (done) form.resetFields();
  };
  const totals = effort.data?.totals;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="large">
        <Statistic title={t('bia.effort.totalHours')} value={totals?.hours ?? 0} />
        {(totals?.costs ?? []).map((c) => (
          <Statistic key={c.currency} title={t('bia.effort.totalCost', { currency: c.currency })} value={c.amount} precision={2} />
        ))}
      </Space>
      {bia.data?.allowedActions.recordEffort && (
        <Form<Values> form={form} layout="inline" name="bia-effort" initialValues={{ currency: 'USD', externalCost: 0, campaignId: null }} onFinish={() => void submit()}>
          <Form.Item label={t('bia.effort.hours')} name="hours" rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={0} step={0.25} />
          </Form.Item>
          <Form.Item label={t('bia.effort.cost')} name="externalCost">
            <InputNumber min={0} step={1} />
          </Form.Item>
          <Form.Item label={t('bia.effort.currency')} name="currency">
            <Input maxLength={3} style={{ width: 80 }} />
          </Form.Item>
          <Form.Item label={t('bia.effort.campaign')} name="campaignId">
            <Select allowClear style={{ minWidth: 180 }} options={(campaigns.data?.items ?? []).filter((c) => c.state === 'open').map((c) => ({ value: c.id, label: c.title }))} />
          </Form.Item>
          <Form.Item label={t('bia.effort.note')} name="note">
            <Input />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={record.isPending}>
              {t('bia.effort.record')}
            </Button>
          </Form.Item>
        </Form>
      )}
      <Table<TEffortList['items'][number]>
        rowKey="id"
        size="small"
        dataSource={effort.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 520 }}
        columns={[
          { title: t('bia.effort.when'), key: 'at', render: (_: unknown, e) => formatDate(e.recordedAt) },
          { title: t('bia.unit'), dataIndex: 'unitName' },
          { title: t('bia.effort.hours'), dataIndex: 'hours' },
          { title: t('bia.effort.cost'), key: 'cost', render: (_: unknown, e) => `${e.externalCost.toFixed(2)} ${e.currency}` },
          { title: t('bia.effort.note'), dataIndex: 'note' },
        ]}
      />
    </Space>
  );
}
