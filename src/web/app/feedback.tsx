import { Alert, Button, Result, Skeleton, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from './api.js';
import { usePageTitle } from './page-title.js';

/** The message a person can act on: the server's own words, or what to do when the network failed. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      if (error.isNetwork) return t('errors.network');
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      if (error.status >= 500) return t('errors.server', { requestId: error.requestId ?? '—' });
      return error.message || t('errors.unknown');
    }
    return t('errors.unknown');
  };
}

export function ErrorAlert({ error, onRetry, message: describe }: {
  error: unknown;
  onRetry?: () => void;
  /** Words the error differently, e.g. a module's own conflict codes; the generic message otherwise. */
  message?: (error: unknown) => string;
}) {
  const { t } = useTranslation();
  const generic = useErrorMessage();
  const message = describe ?? generic;
  const retryable = error instanceof ApiError ? error.isNetwork || error.status >= 500 : true;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message(error)}
      action={
        onRetry && retryable ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 48, textAlign: 'center' }} aria-busy="true">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

export function BlockLoading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="page-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.home')}
        </Button>
      }
    />
  );
}
