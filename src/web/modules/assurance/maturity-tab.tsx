import { Alert, Button, Card, Col, Form, Input, List, Row, Select, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZMaturityRatingInput } from '../../../domain/contract/assurance.js';
import { MATURITY_LEVELS } from '../../../domain/assurance/maturity.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { FormModal } from '../../app/form-modal.js';
import { submitForm } from '../../app/form-validation.js';
import { useFormatDay } from '../../app/format.js';
import { useMaturity, useRateMaturity, type TMaturityView } from './assurance.api.js';

type Rater = TMaturityView['raters'][number]['rater'];

/** Maturity (Annex X) as each rater sees it, side by side with how far apart they are, and what the data suggests and still misses. */
export function MaturityTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const maturity = useMaturity(orgId);
  const [rateAs, setRateAs] = useState<Rater | null>(null);
  if (maturity.error) return <ErrorAlert error={maturity.error} onRetry={() => void maturity.refetch()} />;
  if (!maturity.data) return <BlockLoading />;
  const { raters, spread, suggestion, allowedActions } = maturity.data;
  const rated = raters.filter((r) => r.current).length;
  return (
    <>
      <section aria-labelledby="maturity-raters">
        <h2 id="maturity-raters" style={{ fontSize: 16 }}>{t('assurance.maturity.raters')}</h2>
        {rated > 1 && (
          <Alert
            type={spread >= 2 ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="maturity-spread"
            message={t('assurance.maturity.spread', { n: spread })}
          />
        )}
        <Row gutter={[12, 12]}>
          {raters.map((r) => (
            <Col key={r.rater} xs={24} sm={12} lg={6}>
              <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t(`assurance.maturity.rater.${r.rater}`)}</h3>} data-testid={`maturity-rater-${r.rater}`}>
                {r.current ? (
                  <>
                    <Tag color="blue" data-testid={`maturity-level-${r.rater}`}>{t(`assurance.maturity.level.${r.current.level}`)}</Tag>
                    <Typography.Paragraph style={{ marginTop: 8 }} dir="auto" ellipsis={{ rows: 4, expandable: true, symbol: t('assurance.more') }}>{r.current.justification}</Typography.Paragraph>
                    <Typography.Text type="secondary">{t('assurance.maturity.ratedOn', { date: formatDay(r.current.ratedOn), name: r.current.recordedByName })}</Typography.Text>
                    {r.history.length > 1 && (
                      <details style={{ marginTop: 8 }}>
                        <summary>{t('assurance.maturity.earlier', { n: r.history.length - 1 })}</summary>
                        <List size="small" dataSource={r.history.slice(1)} renderItem={(h) => <List.Item>{formatDay(h.ratedOn)}: {t(`assurance.maturity.level.${h.level}`)}</List.Item>} />
                      </details>
                    )}
                  </>
                ) : (
                  <Typography.Text type="secondary">{t('assurance.maturity.notRated')}</Typography.Text>
                )}
                {allowedActions.rateAs.includes(r.rater) && (
                  <div style={{ marginTop: 8 }}>
                    <Button size="small" onClick={() => setRateAs(r.rater)} data-testid={`maturity-rate-${r.rater}`}>
                      {t('assurance.maturity.rate')}
                    </Button>
                  </div>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </section>
      <section aria-labelledby="maturity-suggestion" style={{ marginTop: 24 }}>
        <h2 id="maturity-suggestion" style={{ fontSize: 16 }}>{t('assurance.maturity.suggestion')}</h2>
        <p data-testid="maturity-suggested">{t('assurance.maturity.suggested', { level: t(`assurance.maturity.level.${suggestion.level}`) })}</p>
        <Steps
          size="small"
          responsive
          current={MATURITY_LEVELS.indexOf(suggestion.level)}
          items={MATURITY_LEVELS.map((l) => ({ title: t(`assurance.maturity.level.${l}`) }))}
          style={{ marginBottom: 16 }}
        />
        {suggestion.missing.length > 0 && (
          <List
            size="small"
            bordered
            header={t('assurance.maturity.missing', { level: t(`assurance.maturity.level.${suggestion.missing[0]!.level}`) })}
            dataSource={suggestion.missing}
            data-testid="maturity-missing"
            renderItem={(m) => (
              <List.Item>
                {t(`assurance.maturity.criteria.${m.key}`)} {m.unknown && <Tag>{t('assurance.maturity.unknown')}</Tag>}
              </List.Item>
            )}
          />
        )}
      </section>
      {rateAs && <RateMaturityModal orgId={orgId} today={maturity.data.asOf} rater={rateAs} onClose={() => setRateAs(null)} />}
    </>
  );
}

interface TValues {
  level: string;
  justification: string;
  ratedOn: string;
}

function RateMaturityModal({ orgId, today, rater, onClose }: { orgId: string; today: string; rater: Rater; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const rate = useRateMaturity(orgId);
  async function submit() {
    if (await submitForm(form, ZMaturityRatingInput, t, (v: TValues) => ({ rater, ...v }), rate.mutateAsync)) onClose();
  }
  return (
    <FormModal<TValues>
      title={t('assurance.maturity.rateAs', { rater: t(`assurance.maturity.rater.${rater}`) })}
      okText={t('common.save')}
      onCancel={onClose}
      onSubmit={submit}
      pending={rate.isPending}
      error={rate.error}
      form={form}
      name="maturity-rating"
      initialValues={{ level: 'planned', justification: '', ratedOn: today }}
      okButtonProps={{ 'data-testid': 'maturity-submit' }}
    >
      <Form.Item name="level" label={t('assurance.maturity.levelLabel')}>
        <Select data-testid="maturity-level" options={MATURITY_LEVELS.map((l) => ({ value: l, label: t(`assurance.maturity.level.${l}`) }))} />
      </Form.Item>
      <Form.Item name="justification" label={t('assurance.maturity.justification')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input.TextArea rows={4} maxLength={4000} data-testid="maturity-justification" />
      </Form.Item>
      <Form.Item name="ratedOn" label={t('assurance.maturity.ratedOnLabel')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input type="date" data-testid="maturity-rated-on" />
      </Form.Item>
    </FormModal>
  );
}
