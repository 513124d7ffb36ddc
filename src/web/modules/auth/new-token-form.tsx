import { Alert, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateTokenRequest } from '../../../domain/contract/audit.js';
import { ErrorAlert } from '../../app/feedback.js';
import { applyServerIssues, parseForm } from '../../app/form-validation.js';
import { useCreateToken, type TCreatedToken } from './tokens.api.js';

interface Values {
  name: string;
  expiresInDays: number | 'never';
}

const EXPIRY_CHOICES = [30, 90, 365] as const;

export function NewTokenForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateToken();
  const [created, setCreated] = useState<TCreatedToken | null>(null);
  const [copied, setCopied] = useState(false);

  async function onFinish(values: Values) {
    const body = parseForm(
      ZCreateTokenRequest,
      { name: values.name, expiresInDays: values.expiresInDays === 'never' ? null : values.expiresInDays },
      form,
      t,
    );
    if (!body) return;
    try {
      const token = await create.mutateAsync(body);
      setCreated(token);
      setCopied(false);
      form.resetFields();
    } catch (error) {
      applyServerIssues(form, error);
    }
  }

  async function copy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {created && (
        <Alert
          type="warning"
          showIcon
          closable={{ onClose: () => setCreated(null), 'aria-label': t('common.close') }}
          title={t('tokens.createdTitle', { name: created.name })}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <span>{t('tokens.createdWarning')}</span>
              <Typography.Text code className="token-secret" data-testid="token-secret">
                {created.token}
              </Typography.Text>
              <Button onClick={() => void copy(created.token)} aria-live="polite">
                {copied ? t('tokens.copied') : t('tokens.copy')}
              </Button>
            </Space>
          }
        />
      )}
      {create.error && <ErrorAlert error={create.error} />}
      <Form<Values>
        name="new-token"
        form={form}
        layout="inline"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ name: '', expiresInDays: 90 }}
        style={{ rowGap: 12 }}
      >
        <Form.Item label={t('tokens.name')} name="name" rules={[{ required: true, message: t('validation.required') }]}>
          <Input maxLength={100} style={{ minWidth: 220 }} />
        </Form.Item>
        <Form.Item label={t('tokens.expiresIn')} name="expiresInDays">
          <Select
            style={{ minWidth: 160 }}
            options={[
              ...EXPIRY_CHOICES.map((days) => ({ value: days, label: t('tokens.days', { days }) })),
              { value: 'never', label: t('tokens.never') },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('tokens.create')}
          </Button>
        </Form.Item>
      </Form>
    </Space>
  );
}
