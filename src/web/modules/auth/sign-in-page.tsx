import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api.js';
import { useErrorMessage } from '../../app/feedback.js';
import { LanguageSwitcher } from '../../app/language-switcher.js';
import { usePageTitle } from '../../app/page-title.js';

interface SignInValues {
  email: string;
  password: string;
}

/** Only paths inside this site: an attacker's ?next=//evil.example must not redirect away. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  usePageTitle(t('signIn.title'));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onFinish(values: SignInValues) {
    setSubmitting(true);
    setError(null);
    try {
      await api('/api/auth/sign-in/email', {
        method: 'POST',
        body: { email: values.email.trim(), password: values.password },
        skipUnauthorizedRedirect: true,
      });
      queryClient.clear();
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (cause) {
      if (cause instanceof ApiError && (cause.status === 401 || cause.status === 400)) setError(t('signIn.wrongCredentials'));
      else if (cause instanceof ApiError && cause.status === 429) setError(t('signIn.tooManyAttempts'));
      else setError(errorMessage(cause));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <span className="product-name">ORMS</span>
        <div className="header-spacer" />
        <LanguageSwitcher />
      </Layout.Header>
      <Layout.Content className="app-content" style={{ display: 'flex', justifyContent: 'center' }}>
        <Card style={{ width: '100%', maxWidth: 420, marginTop: 32 }}>
          <h1 className="page-title">{t('signIn.title')}</h1>
          <p>{t('signIn.intro')}</p>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
          <Form<SignInValues> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={submitting}>
            <Form.Item
              label={t('signIn.email')}
              name="email"
              rules={[
                { required: true, message: t('validation.required') },
                { type: 'email', message: t('validation.email') },
              ]}
            >
              <Input data-testid="sign-in-email" type="email" autoComplete="username" inputMode="email" />
            </Form.Item>
            <Form.Item
              label={t('signIn.password')}
              name="password"
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <Input.Password data-testid="sign-in-password" autoComplete="current-password" />
            </Form.Item>
            <Button data-testid="sign-in-submit" type="primary" htmlType="submit" block loading={submitting}>
              {t('signIn.submit')}
            </Button>
          </Form>
        </Card>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('shell.productFullName')}</Layout.Footer>
    </Layout>
  );
}
