import { CalendarOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Popconfirm, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZCreateCalendarFeedRequest } from '../../../domain/contract/mer.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDate } from '../../app/format.js';
import { UnitSelect } from '../orgs/unit-select.js';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed, type TCalendarFeed, type TCreatedCalendarFeed } from './mer.api.js';

interface TFeedFormValues {
  scope: 'mine' | 'unit';
  unitId?: string;
}

/** Secret calendar addresses of what is due: made here, shown once, listed and revoked. */
export function CalendarPanel({ orgId, units }: { orgId: string; units: TUnitView[] }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<TCreatedCalendarFeed | null>(null);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mer.feeds.subscribe')}</h2>}>
          <Typography.Paragraph>{t('mer.feeds.intro')}</Typography.Paragraph>
          <NewFeedForm orgId={orgId} units={units} onCreated={setCreated} />
          {created && <CreatedFeed feed={created} />}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <FeedList orgId={orgId} />
      </Col>
    </Row>
  );
}

function NewFeedForm({ orgId, units, onCreated }: { orgId: string; units: TUnitView[]; onCreated: (feed: TCreatedCalendarFeed) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TFeedFormValues>();
  const create = useCreateCalendarFeed(orgId);
  const scope = Form.useWatch('scope', form) ?? 'mine';
  async function submit() {
    const feed = await submitForm(form, ZCreateCalendarFeedRequest, t, (v) => (v.scope === 'unit' ? { scope: 'unit', unitId: v.unitId } : { scope: 'mine' }), create.mutateAsync);
    if (feed) onCreated(feed);
  }
  return (
    <Form<TFeedFormValues> form={form} name="mer-feed" layout="vertical" initialValues={{ scope: 'mine' }} onFinish={() => void submit()}>
      {create.error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={create.error} />
        </div>
      ) : null}
      <fieldset className="mer-fieldset">
        <legend>{t('mer.feeds.what')}</legend>
        <Form.Item name="scope" style={{ marginBottom: 0 }}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={[
              { value: 'mine', label: <span data-testid="mer-feed-mine">{t('mer.feeds.mine')}</span> },
              { value: 'unit', label: <span data-testid="mer-feed-unit">{t('mer.feeds.unit')}</span> },
            ]}
          />
        </Form.Item>
      </fieldset>
      {scope === 'unit' && (
        <Form.Item name="unitId" label={t('mer.filters.unit')} rules={[{ required: true, message: t('validation.required') }]}>
          <UnitSelect units={units} placeholder={t('mer.feeds.chooseUnit')} data-testid="mer-feed-unit-select" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" icon={<CalendarOutlined aria-hidden />} loading={create.isPending} data-testid="mer-feed-create">
        {t('mer.feeds.create')}
      </Button>
    </Form>
  );
}

/** The address, once: the server keeps only a hash of its secret. */
function CreatedFeed({ feed }: { feed: TCreatedCalendarFeed }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${feed.path}`;
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  return (
    <Alert
      style={{ marginTop: 16 }}
      type="success"
      showIcon
      role="status"
      title={t('mer.feeds.createdTitle')}
      description={
        <>
          <Typography.Paragraph>{t('mer.feeds.shownOnce')}</Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: url, tooltips: [t('mer.feeds.copy'), t('mer.feeds.copied')] }} className="mer-feed-url">
            <code data-testid="mer-feed-url" dir="ltr">
              {url}
            </code>
          </Typography.Paragraph>
          <a href={webcal} data-testid="mer-feed-webcal">
            {t('mer.feeds.openInCalendar')}
          </a>
        </>
      }
    />
  );
}

function FeedList({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const feeds = useCalendarFeeds(orgId);
  const revoke = useRevokeCalendarFeed(orgId);
  const formatDate = useFormatDate();
  const name = (f: TCalendarFeed) => (f.scope === 'mine' ? t('mer.feeds.mineShort') : t('mer.feeds.unitShort', { unit: f.unitName ?? '—' }));
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('mer.feeds.yours')}</h2>}>
      {feeds.error ? <ErrorAlert error={feeds.error} onRetry={() => void feeds.refetch()} /> : null}
      {revoke.error ? <ErrorAlert error={revoke.error} /> : null}
      {!feeds.data ? (
        feeds.error ? null : <BlockLoading rows={2} />
      ) : (
        <ul className="mer-plain-list" data-testid="mer-feeds">
          {feeds.data.items.length === 0 && <li>{t('mer.feeds.none')}</li>}
          {feeds.data.items.map((f) => (
            <li key={f.id} className="mer-feed">
              <div>
                <strong dir="auto">{name(f)}</strong>
                <div>
                  <code dir="ltr">{`${f.prefix}…`}</code>
                </div>
                <div>{t('mer.feeds.createdAt', { date: formatDate(f.createdAt) })}</div>
                <div>{f.lastFetchedAt ? t('mer.feeds.lastFetched', { date: formatDate(f.lastFetchedAt) }) : t('mer.feeds.neverFetched')}</div>
              </div>
              <Popconfirm
                title={t('mer.feeds.revokeConfirm')}
                okText={t('mer.feeds.revoke')}
                cancelText={t('common.cancel')}
                onConfirm={() => revoke.mutateAsync(f.id).then(() => void message.success(t('mer.feeds.revoked')))}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />} aria-label={t('mer.feeds.revokeNamed', { name: name(f) })} data-testid="mer-feed-revoke">
                  {t('mer.feeds.revoke')}
                </Button>
              </Popconfirm>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
