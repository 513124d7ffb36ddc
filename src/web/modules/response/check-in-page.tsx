import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isLanguage, changeLanguage } from '../../app/i18n.js';
import type { TCheckInStatus } from '../../../domain/response/check-in.js';
import { checkInUrl, type TLinkInfo } from './response.api.js';

type TState = { kind: 'loading' } | { kind: 'error'; reason: 'invalid' | 'expired' | 'network' } | { kind: 'ready'; info: TLinkInfo } | { kind: 'done'; info: TLinkInfo; status: TCheckInStatus };

async function call(token: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(checkInUrl(token), { method: body ? 'POST' : 'GET', headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined, credentials: 'omit' });
  return { status: res.status, json: await res.json().catch(() => null) };
}

const reasonOf = (status: number) => (status === 410 ? 'expired' : status === 0 ? 'network' : 'invalid');

/**
 * A staff member's safety check-in, opened from the alert's signed link without signing in:
 * in their language, two large buttons and an optional note, usable with one thumb.
 */
export function CheckInPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [state, setState] = useState<TState>({ kind: 'loading' });
  const [note, setNote] = useState('');
  const [sending, setSending] = useState<TCheckInStatus | null>(null);

  useEffect(() => {
    let live = true;
    call(token)
      .then(async ({ status, json }) => {
        if (!live) return;
        if (status !== 200) return setState({ kind: 'error', reason: reasonOf(status) });
        const info = json as TLinkInfo;
        if (isLanguage(info.language)) await changeLanguage(info.language);
        setState({ kind: 'ready', info });
      })
      .catch(() => live && setState({ kind: 'error', reason: 'network' }));
    return () => {
      live = false;
    };
  }, [token]);

  async function report(status: TCheckInStatus) {
    if (state.kind !== 'ready' && state.kind !== 'done') return;
    setSending(status);
    const res = await call(token, { status, note: note.trim() }).catch(() => ({ status: 0, json: null }));
    setSending(null);
    if (res.status === 201) setState({ kind: 'done', info: state.info, status });
    else setState({ kind: 'error', reason: reasonOf(res.status) });
  }

  return (
    <main style={{ maxWidth: 480, margin: '0 auto', padding: 16 }} data-testid="check-in-page">
      {state.kind === 'loading' && (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin aria-label={t('common.loading')} />
        </div>
      )}
      {state.kind === 'error' && <Result status={state.reason === 'network' ? 'warning' : 'error'} title={<h1 style={{ fontSize: 22 }}>{t(`response.checkIn.errors.${state.reason}`)}</h1>} subTitle={t('response.checkIn.errors.fallback')} />}
      {(state.kind === 'ready' || state.kind === 'done') && (
        <Card>
          {state.info.exercise && <Alert type="warning" showIcon title={t('response.exercise.banner')} style={{ marginBottom: 12 }} data-testid="exercise-banner" />}
          <Typography.Text type="secondary">{state.info.orgName}</Typography.Text>
          <h1 style={{ fontSize: 24, margin: '4px 0 8px' }} dir="auto">
            {state.info.eventTitle}
          </h1>
          {state.kind === 'done' ? (
            <Result
              status={state.status === 'safe' ? 'success' : 'warning'}
              title={<span role="status" data-testid="check-in-done">{t(`response.checkIn.thanks.${state.status}`)}</span>}
              subTitle={t('response.checkIn.change')}
              extra={<Button onClick={() => setState({ kind: 'ready', info: state.info })}>{t('response.checkIn.again')}</Button>}
            />
          ) : (
            <Space direction="vertical" size="large" style={{ width: '100%' }}>
              <Typography.Paragraph style={{ fontSize: 18, margin: 0 }}>{t('response.checkIn.question', { name: state.info.firstName })}</Typography.Paragraph>
              {state.info.latest && <Alert type="info" title={t('response.checkIn.latest', { status: t(`response.board.${state.info.latest.status === 'safe' ? 'safe' : 'needHelp'}`) })} />}
              <Button type="primary" size="large" block icon={<CheckCircleOutlined aria-hidden />} style={{ height: 64, fontSize: 20, background: '#237804' }} loading={sending === 'safe'} onClick={() => void report('safe')} data-testid="check-in-safe">
                {t('response.checkIn.safe')}
              </Button>
              <Button type="primary" danger size="large" block icon={<ExclamationCircleOutlined aria-hidden />} style={{ height: 64, fontSize: 20 }} loading={sending === 'need_help'} onClick={() => void report('need_help')} data-testid="check-in-help">
                {t('response.checkIn.help')}
              </Button>
              <label htmlFor="check-in-note" style={{ display: 'block' }}>
                {t('response.checkIn.note')}
              </label>
              <Input.TextArea id="check-in-note" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} dir="auto" />
            </Space>
          )}
        </Card>
      )}
    </main>
  );
}
