import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Button, Card, Flex, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDay } from '../../app/format.js';
import { usePageTitle } from '../../app/page-title.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useUnits } from '../orgs/orgs.api.js';
import { useTrainingCurrency, type TTrainingCurrency } from '../training/training.api.js';
import { AppointModal, EndAppointmentModal } from './appointment-modals.js';
import { CoverageChart } from './coverage.js';
import { useFocalPointNetwork, type TAppointment, type TNetworkUnit } from './focal-points.api.js';
import './focal-points.css';
import { TONE } from '../training/tones.js';

type TKind = 'focal_point' | 'alternate';
type TDialog = { type: 'appoint'; unit: TNetworkUnit; kind: TKind } | { type: 'end'; unit: TNetworkUnit; kind: TKind; appointment: TAppointment };

const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text.trim());

function TrainingStatus({ personId, currency }: { personId: string; currency: TTrainingCurrency | undefined }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const person = currency?.people.find((p) => p.personId === personId);
  if (!currency) return null;
  if (!person || person.courses.length === 0) return <Typography.Text type="secondary">{t('focalPoints.training.noneRequired')}</Typography.Text>;
  if (person.current) {
    const until = person.courses.map((c) => (c.currency.status === 'current' ? c.currency.until : '9999-12-31')).sort()[0]!;
    return <Tag style={TONE.ok}>{until === '9999-12-31' ? t('focalPoints.training.current') : t('focalPoints.training.currentUntil', { date: formatDay(until) })}</Tag>;
  }
  const never = person.courses.some((c) => c.currency.status === 'never');
  return <Tag color="red">{never ? t('focalPoints.training.never') : t('focalPoints.training.expired')}</Tag>;
}

/**
 * The focal-point network: per unit its focal point and alternate, when appointed, their terms
 * of reference, whether the role is in their job description and whether their training is
 * current; vacant posts flagged; coverage per level as in the review's Annex V.
 */
export function FocalPointsPage() {
  const { t } = useTranslation();
  const { orgId = '' } = useParams();
  usePageTitle(t('focalPoints.title'));
  const formatDay = useFormatDay();
  const network = useFocalPointNetwork(orgId);
  const units = useUnits(orgId);
  const currency = useTrainingCurrency(orgId);
  const [onlyVacant, setOnlyVacant] = useState(false);
  const [dialog, setDialog] = useState<TDialog | null>(null);
  const today = currency.data?.asOf ?? new Date().toISOString().slice(0, 10);
  const all = network.data?.units ?? [];
  const vacantUnits = all.filter((u) => u.vacancies.length > 0).length;
  const shown = onlyVacant ? all.filter((u) => u.vacancies.length > 0) : all;

  const holder = (unit: TNetworkUnit, kind: TKind) => {
    const a = kind === 'focal_point' ? unit.focalPoint : unit.alternate;
    const label = t(`focalPoints.kinds.${kind}`);
    if (!a) {
      return (
        <div className="fp-holder" data-testid={`fp-${kind}-vacant`}>
          <Tag color="red" icon={<ExclamationCircleFilled aria-hidden />}>
            {t('focalPoints.vacant')}
          </Tag>
          {unit.canManage && (
            <Button size="small" onClick={() => setDialog({ type: 'appoint', unit, kind })} aria-label={t('focalPoints.appoint.aria', { role: label, unit: unit.unitName })} data-testid={`fp-appoint-${kind}`}>
              {t('focalPoints.appoint.button')}
            </Button>
          )}
        </div>
      );
    }
    return (
      <div className="fp-holder" data-testid={`fp-${kind}`}>
        <strong dir="auto">{a.fullName}</strong>
        <span>{t('focalPoints.appointedOn', { date: formatDay(a.appointedOn) })}</span>
        <span className="fp-tor">
          {t('focalPoints.termsOfReference')}:{' '}
          {a.termsOfReference === '' ? (
            <span style={{ color: '#873800' }}>{t('focalPoints.noTerms')}</span>
          ) : isLink(a.termsOfReference) ? (
            <a href={a.termsOfReference} target="_blank" rel="noreferrer" style={{ textDecoration: 'underline' }}>
              {t('focalPoints.openTerms')}
            </a>
          ) : (
            <Typography.Text ellipsis={{ tooltip: a.termsOfReference }} style={{ maxWidth: 220 }}>
              {a.termsOfReference}
            </Typography.Text>
          )}
        </span>
        <span>
          {a.inJobDescription ? (
            <Tag style={TONE.ok} icon={<CheckCircleFilled aria-hidden />}>
              {t('focalPoints.inJobDescription')}
            </Tag>
          ) : (
            <Tag style={TONE.warn}>{t('focalPoints.notInJobDescription')}</Tag>
          )}
          <TrainingStatus personId={a.personId} currency={currency.data} />
        </span>
        {unit.canManage && (
          <Flex gap={4} wrap>
            <Button size="small" onClick={() => setDialog({ type: 'appoint', unit, kind })} aria-label={t('focalPoints.replace.aria', { role: label, unit: unit.unitName })}>
              {t('focalPoints.replace.button')}
            </Button>
            <Button size="small" danger onClick={() => setDialog({ type: 'end', unit, kind, appointment: a })} aria-label={t('focalPoints.end.aria', { name: a.fullName, role: label, unit: unit.unitName })} data-testid={`fp-end-${kind}`}>
              {t('focalPoints.end.button')}
            </Button>
          </Flex>
        )}
      </div>
    );
  };

  return (
    <>
      <h1 className="page-title">{t('focalPoints.title')}</h1>
      <Typography.Paragraph>{t('focalPoints.intro')}</Typography.Paragraph>
      {network.error ? (
        <ErrorAlert error={network.error} onRetry={() => void network.refetch()} />
      ) : !network.data ? (
        <BlockLoading />
      ) : (
        <>
          <Card style={{ marginBottom: 16 }}>
            <CoverageChart coverage={network.data.coverage} />
          </Card>
          <Card
            title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('focalPoints.units.title')}</h2>}
            extra={
              <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
                <Switch size="small" checked={onlyVacant} onChange={setOnlyVacant} data-testid="fp-only-vacant" />
                {t('focalPoints.units.onlyVacant')}
              </label>
            }
          >
            <p aria-live="polite" data-testid="fp-vacancy-count" style={{ marginTop: 0 }}>
              {vacantUnits === 0 ? t('focalPoints.units.noVacancy') : t('focalPoints.units.vacancies', { count: vacantUnits })}
            </p>
            <ScrollRegion label={t('focalPoints.units.title')}>
              <Table<TNetworkUnit>
                data-testid="fp-units"
                size="small"
                rowKey="unitId"
                dataSource={shown}
                locale={{ emptyText: <span style={{ color: '#595959' }}>{onlyVacant ? t('focalPoints.units.noVacancy') : t('focalPoints.units.empty')}</span> }}
                pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
                onRow={(u) => ({ style: u.vacancies.includes('focal_point') ? { background: '#fff1f0' } : undefined })}
                columns={[
                  {
                    title: t('focalPoints.units.unit'),
                    dataIndex: 'unitName',
                    render: (name: string, u) => (
                      <Flex vertical gap={2}>
                        <strong dir="auto">{name}</strong>
                        <span>
                          <Tag>{t(`enums.networkLevel.${u.level}`)}</Tag>
                          {u.vacancies.length > 0 && <Tag color="red">{t('focalPoints.units.vacancyFlag', { count: u.vacancies.length })}</Tag>}
                        </span>
                      </Flex>
                    ),
                  },
                  { title: t('focalPoints.kinds.focal_point'), key: 'focal', render: (_, u) => holder(u, 'focal_point') },
                  { title: t('focalPoints.kinds.alternate'), key: 'alternate', render: (_, u) => holder(u, 'alternate') },
                ]}
              />
            </ScrollRegion>
          </Card>
        </>
      )}
      {dialog?.type === 'appoint' && <AppointModal orgId={orgId} unit={dialog.unit} kind={dialog.kind} units={units.data?.items ?? []} today={today} onClose={() => setDialog(null)} />}
      {dialog?.type === 'end' && <EndAppointmentModal orgId={orgId} unit={dialog.unit} kind={dialog.kind} appointment={dialog.appointment} today={today} onClose={() => setDialog(null)} />}
    </>
  );
}
