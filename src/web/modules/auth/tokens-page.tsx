import { Button, Card, Empty, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { NewTokenForm } from './new-token-form.js';
import { useRevokeToken, useTokens, type TTokenView } from './tokens.api.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { usePageTitle } from '../../app/page-title.js';

export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const formatDate = useFormatDate();

  return (
    <>
      <h1 className="page-title">{t('tokens.title')}</h1>
      <Typography.Paragraph>{t('tokens.intro')}</Typography.Paragraph>
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('tokens.newToken')}</h2>} style={{ marginBottom: 16 }}>
        <NewTokenForm />
      </Card>
      {tokens.error && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {revoke.error && <ErrorAlert error={revoke.error} />}
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('tokens.listTitle')}</h2>}>
        <ScrollRegion label={t('tokens.listTitle')}>
          <Table<TTokenView>
            rowKey="id"
            loading={tokens.isLoading}
            dataSource={tokens.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: <Empty description={t('tokens.empty')} /> }}
            columns={[
              { title: t('tokens.name'), dataIndex: 'name' },
              { title: t('tokens.prefix'), dataIndex: 'prefix', render: (v: string) => <code dir="ltr">{v}…</code> },
              { title: t('tokens.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
              { title: t('tokens.lastUsedAt'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatDate(v) : t('tokens.neverUsed')) },
              { title: t('tokens.expiresAt'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? formatDate(v) : t('tokens.noExpiry')) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, token) => (
                  <Popconfirm
                    title={t('tokens.revokeConfirm', { name: token.name })}
                    okText={t('tokens.revoke')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true, loading: revoke.isPending }}
                    onConfirm={() => revoke.mutateAsync(token.id)}
                  >
                    <Button danger aria-label={t('tokens.revokeNamed', { name: token.name })}>
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </ScrollRegion>
      </Card>
    </>
  );
}
