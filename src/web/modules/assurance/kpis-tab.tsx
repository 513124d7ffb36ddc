import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Flex, Form, Input, List, Radio, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ZKpiRatingInput, ZKpiVerificationInput } from '../../../domain/contract/assurance.js';
import { KPI_RATINGS } from '../../../domain/assurance/ratings.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDate, useFormatDay } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useKpis, useRateKpi, useVerifyKpi, type TKpiRow } from './assurance.api.js';
import { KpiChart } from './kpi-chart.js';
import { Quiet, RatingTag } from './rating-tags.js';

type Evidence = NonNullable<TKpiRow['derived']>['evidence'][number];

/** Where a reader opens the record behind a figure. */
function evidenceHref(orgId: string, e: Evidence): string | null {
  const org = `/orgs/${orgId}`;
  switch (e.kind) {
    case 'plan':
      return `${org}/plans/${e.id}`;
    case 'risk':
      return `${org}/risks`;
    case 'course':
    case 'training_session':
      return `${org}/training`;
    case 'mer_policy':
    case 'obligation':
      return `${org}/compliance`;
    case 'policy_document':
      return `${org}/assurance`;
    case 'cmt':
    case 'cmt_member':
    case 'cmt_meeting':
      return `${org}/assurance?tab=team`;
    default:
      return null;
  }
}

/** The 28 KPIs as of a day: the data's figure with its evidence, the organization's rating, the rating shown and the internal auditor's verdict. */
export function KpisTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const kpis = useKpis(orgId, asOf);
  const [open, setOpen] = useState<number | null>(null);
  const [rating, setRating] = useState<TKpiRow | null>(null);
  const [verifying, setVerifying] = useState<TKpiRow | null>(null);
  const value = (row: TKpiRow) => {
    const d = row.derived;
    if (!d || d.value === null) return '—';
    if (d.unit === 'percent') return `${d.value}%`;
    if (d.unit === 'of_total') return t('assurance.kpis.ofTotal', { value: d.value, total: d.total ?? 0 });
    if (d.unit === 'months') return t('assurance.kpis.months', { n: d.value });
    return String(d.value);
  };
  const header = (
    <Flex gap={8} align="center" wrap>
      <label htmlFor="kpi-as-of">{t('assurance.asOf')}</label>
      <Input id="kpi-as-of" type="date" style={{ maxWidth: 180 }} value={asOf ?? kpis.data?.asOf ?? ''} onChange={(e) => setAsOf(e.target.value || undefined)} data-testid="kpi-as-of" />
      {kpis.isFetching && <Typography.Text type="secondary" role="status">{t('common.loading')}</Typography.Text>}
    </Flex>
  );
  if (kpis.error) return <>{header}<ErrorAlert error={kpis.error} onRetry={() => void kpis.refetch()} /></>;
  if (!kpis.data) return <>{header}<BlockLoading /></>;
  const { items, allowedActions } = kpis.data;
  const row = open === null ? null : (items.find((i) => i.number === open) ?? null);
  return (
    <Flex vertical gap={16}>
      {header}
      <KpiChart items={items} />
      <ScrollRegion label={t('assurance.kpis.title')}>
        <Table<TKpiRow>
          size="small"
          rowKey="number"
          dataSource={items}
          pagination={false}
          columns={[
            { title: '#', dataIndex: 'number', width: 40 },
            { title: t('assurance.kpis.kpi'), dataIndex: 'key', render: (k: string, r) => <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'start', height: 'auto' }} onClick={() => setOpen(r.number)} data-testid={`kpi-open-${r.number}`}>{t(`assurance.kpis.names.${k}`)}</Button> },
            { title: t('assurance.kpis.component'), dataIndex: 'component', render: (c: string) => t(`assurance.kpis.components.${c}`), responsive: ['md'] },
            { title: t('assurance.kpis.derived'), key: 'value', render: (_, r) => (r.derivable ? <span data-testid={`kpi-value-${r.number}`}>{value(r)}</span> : <Typography.Text type="secondary">{t('assurance.kpis.manualOnly')}</Typography.Text>) },
            { title: t('assurance.kpis.orgRating'), key: 'org', render: (_, r) => (r.organizationRating ? <RatingTag rating={r.organizationRating.rating} /> : '—') },
            { title: t('assurance.kpis.shown'), key: 'shown', render: (_, r) => <><RatingTag rating={r.shown.rating} testId={`kpi-shown-${r.number}`} />{r.shown.downgraded && <Tag>{t('assurance.kpis.downgraded')}</Tag>}</> },
            {
              title: t('assurance.kpis.verification'),
              key: 'verification',
              render: (_, r) =>
                r.verification ? (
                  <span data-testid={`kpi-verification-${r.number}`}>
                    {r.verification.verdict === 'agree' ? <CheckCircleOutlined aria-hidden style={{ color: '#389e0d' }} /> : <CloseCircleOutlined aria-hidden style={{ color: '#cf1322' }} />} {t(`assurance.kpis.verdict.${r.verification.verdict}`)}
                  </span>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </ScrollRegion>
      <Drawer open={row !== null} onClose={() => setOpen(null)} title={row ? `${row.number}. ${t(`assurance.kpis.names.${row.key}`)}` : ''} size="large" data-testid="kpi-drawer">
        {row && (
          <Flex vertical gap={16}>
            <Flex gap={8} wrap>
              {allowedActions.rate && <Button onClick={() => setRating(row)} data-testid="kpi-rate">{t('assurance.kpis.rate')}</Button>}
              {allowedActions.verify && <Button type="primary" onClick={() => setVerifying(row)} data-testid="kpi-verify">{t('assurance.kpis.verify')}</Button>}
            </Flex>
            <section>
              <h3>{t('assurance.kpis.criteria')}</h3>
              <Descriptions size="small" column={1} bordered items={(['fully', 'partially', 'not_completed'] as const).map((r) => ({ key: r, label: t(`assurance.rating.${r}`), children: <span lang="en">{row.criteria[r]}</span> }))} />
            </section>
            <section>
              <h3>{t('assurance.kpis.derived')}</h3>
              {row.derived ? (
                <>
                  <p>{value(row)} — <RatingTag rating={row.derived.rating} /></p>
                  <List
                    size="small"
                    header={t('assurance.kpis.evidence')}
                    dataSource={row.derived.evidence}
                    locale={{ emptyText: <Quiet>{t('assurance.kpis.noEvidence')}</Quiet> }}
                    renderItem={(e) => {
                      const href = evidenceHref(orgId, e);
                      const label = `${t(`assurance.kpis.evidenceKind.${e.kind}`)}: ${e.label}${e.on ? ` (${formatDay(e.on)})` : ''}`;
                      return <List.Item data-testid="kpi-evidence">{href ? <Link to={href} dir="auto">{label}</Link> : <span dir="auto">{label}</span>}</List.Item>;
                    }}
                  />
                </>
              ) : (
                <Typography.Paragraph type="secondary">{t('assurance.kpis.manualOnlyHelp')}</Typography.Paragraph>
              )}
            </section>
            {row.trend.some((p) => p.rating !== null) && (
              <section>
                <h3>{t('assurance.kpis.trend')}</h3>
                <ScrollRegion label={t('assurance.kpis.trend')}>
                  <Table size="small" rowKey="on" pagination={false} dataSource={row.trend} columns={[{ title: t('assurance.kpis.monthEnd'), dataIndex: 'on', render: (d: string) => formatDay(d) }, { title: t('assurance.kpis.value'), dataIndex: 'value', render: (v: number | null) => v ?? '—' }, { title: t('assurance.kpis.derivedRating'), dataIndex: 'rating', render: (r: string | null) => <RatingTag rating={r} /> }]} />
                </ScrollRegion>
              </section>
            )}
            <History row={row} />
          </Flex>
        )}
      </Drawer>
      {rating && <RateModal orgId={orgId} row={rating} onClose={() => setRating(null)} />}
      {verifying && <VerifyModal orgId={orgId} row={verifying} asOf={kpis.data.asOf} onClose={() => setVerifying(null)} />}
    </Flex>
  );
}

function History({ row }: { row: TKpiRow }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatDay = useFormatDay();
  return (
    <>
      <section>
        <h3>{t('assurance.kpis.orgRating')}</h3>
        <List
          size="small"
          dataSource={row.ratingHistory}
          locale={{ emptyText: <Quiet>{t('assurance.kpis.notRated')}</Quiet> }}
          renderItem={(r) => <List.Item><List.Item.Meta title={<><RatingTag rating={r.rating} /> <span dir="auto">{r.evidence ?? ''}</span></>} description={t('assurance.byOn', { name: r.ratedByName, date: formatDate(r.ratedAt) })} /></List.Item>}
        />
      </section>
      <section>
        <h3>{t('assurance.kpis.verification')}</h3>
        <List
          size="small"
          dataSource={row.verificationHistory}
          locale={{ emptyText: <Quiet>{t('assurance.kpis.notVerified')}</Quiet> }}
          renderItem={(v) => (
            <List.Item>
              <List.Item.Meta
                title={<>{t(`assurance.kpis.verdict.${v.verdict}`)} — {t('assurance.kpis.verifiedShown', { date: formatDay(v.asOf) })} <RatingTag rating={v.shownRating} /></>}
                description={<><div dir="auto">{v.comment}</div>{t('assurance.byOn', { name: v.verifiedByName, date: formatDate(v.verifiedAt) })}</>}
              />
            </List.Item>
          )}
        />
      </section>
    </>
  );
}

function RateModal({ orgId, row, onClose }: { orgId: string; row: TKpiRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating: string; evidence: string }>();
  const rate = useRateKpi(orgId);
  async function submit() {
    if (await submitForm(form, ZKpiRatingInput, t, (v: { rating: string; evidence: string }) => ({ rating: v.rating, evidence: v.evidence ?? null }), (body) => rate.mutateAsync({ number: row.number, ...body }))) onClose();
  }
  return (
    <FormModal
      title={t('assurance.kpis.rateOf', { number: row.number })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={rate.isPending}
      error={rate.error}
      form={form}
      name="kpi-rating"
      intro={row.derivable && <Alert type="info" showIcon message={t('assurance.kpis.besideDerived')} />}
      initialValues={{ rating: row.organizationRating?.rating ?? 'partially', evidence: row.organizationRating?.evidence ?? '' }}
      okButtonProps={{ 'data-testid': 'kpi-rate-submit' }}
    >
      <Form.Item name="rating" label={t('assurance.kpis.orgRating')}>
        <Radio.Group options={KPI_RATINGS.map((r) => ({ value: r, label: t(`assurance.rating.${r}`) }))} data-testid="kpi-rating" />
      </Form.Item>
      <Form.Item name="evidence" label={t('assurance.kpis.evidence')} extra={t('assurance.kpis.evidenceHelp')}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="kpi-evidence-text" />
      </Form.Item>
    </FormModal>
  );
}

function VerifyModal({ orgId, row, asOf, onClose }: { orgId: string; row: TKpiRow; asOf: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ verdict: 'agree' | 'disagree'; comment: string }>();
  const verify = useVerifyKpi(orgId);
  async function submit() {
    if (await submitForm(form, ZKpiVerificationInput, t, (v: { verdict: string; comment: string }) => ({ verdict: v.verdict, comment: v.comment ?? '', asOf }), (body) => verify.mutateAsync({ number: row.number, ...body }))) onClose();
  }
  return (
    <FormModal
      title={t('assurance.kpis.verifyOf', { number: row.number })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={verify.isPending}
      error={verify.error}
      form={form}
      name="kpi-verification"
      intro={<p>{t('assurance.kpis.verifyIntro')} <RatingTag rating={row.shown.rating} /></p>}
      initialValues={{ verdict: 'agree', comment: '' }}
      okButtonProps={{ 'data-testid': 'kpi-verify-submit' }}
    >
      <Form.Item name="verdict" label={t('assurance.kpis.verification')}>
        <Radio.Group options={(['agree', 'disagree'] as const).map((v) => ({ value: v, label: <span data-testid={`kpi-verdict-${v}`}>{t(`assurance.kpis.verdict.${v}`)}</span> }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('assurance.kpis.comment')}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="kpi-comment" />
      </Form.Item>
    </FormModal>
  );
}
