import { Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { usePublishUpdate, useUpdates } from './response.api.js';

/** The official updates: one page every staff member of the affected units reads; the CMT publishes. */
export function UpdatesPanel({ orgId, eventId, manage }: { orgId: string; eventId: string; manage: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const updates = useUpdates(orgId, eventId);
  const publish = usePublishUpdate(orgId, eventId);
  const [form] = Form.useForm<{ title: string; body: string }>();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="updates">
      {manage && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('response.updates.publish')}</h2>}>
          <Form form={form} layout="vertical" name="update" onFinish={(v) => publish.mutate(v, { onSuccess: () => form.resetFields() })}>
            <Form.Item name="title" label={t('response.fields.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input maxLength={200} data-testid="update-title" />
            </Form.Item>
            <Form.Item name="body" label={t('response.updates.body')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
              <Input.TextArea rows={3} maxLength={10000} data-testid="update-body" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={publish.isPending} data-testid="update-submit">
              {t('response.updates.publishButton')}
            </Button>
          </Form>
          {publish.error && <ErrorAlert error={publish.error} />}
        </Card>
      )}
      {updates.error ? (
        <ErrorAlert error={updates.error} onRetry={() => void updates.refetch()} />
      ) : !updates.data ? (
        <BlockLoading />
      ) : (
        <List
          dataSource={updates.data.items}
          locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.updates.none')}</span> }}
          renderItem={(u) => (
            <List.Item data-testid="update">
              <article style={{ width: '100%' }}>
                <h3 style={{ fontSize: 16, margin: 0 }} dir="auto">
                  {u.title}
                </h3>
                <Typography.Text type="secondary">{`${formatDate(u.at)} · ${u.byName}`}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }} dir="auto">
                  {u.body}
                </Typography.Paragraph>
              </article>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
