import { App, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, ApiError } from '../../app/api.js';
import { useErrorMessage } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { parseForm } from '../../app/form-validation.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
  revokeOtherSessions: boolean;
}

/** The body of better-auth's POST /api/auth/change-password (its limits: 10 to 200 characters). */
const ZChangePassword = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(10).max(200),
  revokeOtherSessions: z.boolean(),
});

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const required = { required: true, message: t('validation.required') };

  /** Too many attempts is better-auth's rate limit, worded as on the sign-in page. */
  const describe = (cause: unknown) =>
    cause instanceof ApiError && cause.status === 429 ? t('signIn.tooManyAttempts') : errorMessage(cause);

  function close() {
    setError(null);
    onClose();
  }

  async function submit() {
    setError(null);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const body = parseForm(
      ZChangePassword,
      {
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
        revokeOtherSessions: values.revokeOtherSessions,
      },
      form,
      t,
    );
    if (!body) return;
    setSubmitting(true);
    try {
      await api('/api/auth/change-password', { method: 'POST', body });
      void message.success(t('password.changed'));
      close();
    } catch (cause) {
      // better-auth answers { code, message } without the usual envelope.
      const code = cause instanceof ApiError ? cause.code : '';
      if (code === 'INVALID_PASSWORD') {
        form.setFields([{ name: 'currentPassword', errors: [t('password.wrongCurrent')] }]);
      } else if (code === 'PASSWORD_TOO_SHORT') {
        form.setFields([{ name: 'newPassword', errors: [t('password.tooShort')] }]);
      } else if (code === 'PASSWORD_TOO_LONG') {
        form.setFields([{ name: 'newPassword', errors: [t('validation.tooLong')] }]);
      } else {
        setError(cause);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      onCancel={close}
      onSubmit={submit}
      pending={submitting}
      error={error}
      errorMessage={describe}
      okButtonProps={{ 'data-testid': 'change-password-submit' }}
      form={form}
      name="change-password"
      initialValues={{ currentPassword: '', newPassword: '', confirmPassword: '', revokeOtherSessions: true }}
    >
      <Form.Item label={t('password.current')} name="currentPassword" rules={[required]}>
        <Input.Password autoComplete="current-password" maxLength={200} data-testid="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        extra={t('password.newHelp')}
        dependencies={['currentPassword']}
        rules={[
          required,
          { min: 10, message: t('password.tooShort') },
          { max: 200, message: t('validation.tooLong') },
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(t('password.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} data-testid="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.confirm')}
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_, value: string) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} data-testid="confirm-password" />
      </Form.Item>
      <Form.Item name="revokeOtherSessions" valuePropName="checked">
        <Checkbox>{t('password.revokeOthers')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
