import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TActionCard } from '../../../domain/contract/plan-structure.js';
import { textDirection } from '../../../domain/languages.js';
import { ApiError } from '../../app/api.js';
import { BlockLoading, ErrorAlert, NotFoundPage } from '../../app/feedback.js';
import { usePageTitle } from '../../app/page-title.js';
import { exportUrl, useActionCards } from './structure.api.js';

// Printed, each card is a page of its own and the application's frame disappears.
const PRINT_CSS = `
.action-card { font-size: 18px; line-height: 1.5; }
.action-card h2 { font-size: 24px; margin: 0; }
.action-card h3 { font-size: 20px; margin: 16px 0 4px; }
.action-card a { word-break: break-word; text-decoration: underline; }
@media print {
  .app-header, .app-footer, .no-print { display: none !important; }
  .action-card { break-after: page; box-shadow: none !important; border: 1px solid #000 !important; }
}`;

type TPerson = TActionCard['primary'];

function Person({ person }: { person: TPerson }) {
  const { t } = useTranslation();
  if (!person) return <span>{t('planning.vacant')}</span>;
  return (
    <span>
      <strong>{person.fullName}</strong>
      {person.jobTitle && `, ${person.jobTitle}`}
      {person.mobilePhone && (
        <>
          {' · '}
          <a href={`tel:${person.mobilePhone.replace(/\s+/g, '')}`} dir="ltr">{person.mobilePhone}</a>
        </>
      )}
      {' · '}
      <a href={`mailto:${person.email}`} dir="ltr">{person.email}</a>
    </span>
  );
}

function ActionCardView({ orgId, planId, card, language }: { orgId: string; planId: string; card: TActionCard; language: string }) {
  const { t } = useTranslation();
  const headingId = `card-${card.roleId}`;
  return (
    <Card className="action-card" data-testid="action-card" role="region" aria-labelledby={headingId}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <h2 id={headingId} lang={language} dir="auto">{card.title}</h2>
        <Button className="no-print" size="small" icon={<DownloadOutlined />} href={exportUrl(orgId, planId, 'cards', 'pdf', card.roleId)} download aria-label={t('planning.downloadCardPdf', { role: card.title })}>
          PDF
        </Button>
      </Flex>
      {card.responsibilities && <p lang={language} dir="auto">{card.responsibilities}</p>}
      <dl style={{ margin: 0 }}>
        <dt><strong>{t('planning.fields.primaryPersonId')}</strong></dt>
        <dd><Person person={card.primary} /></dd>
        {card.alternates.length > 0 && (
          <>
            <dt><strong>{t('planning.fields.alternatePersonIds')}</strong></dt>
            {card.alternates.map((a) => <dd key={a.id}><Person person={a} /></dd>)}
          </>
        )}
        <dt><strong>{t('planning.calledBy')}</strong></dt>
        <dd>{card.calledBy ? <>{card.calledBy.title} — <Person person={card.calledBy.primary} /></> : '—'}</dd>
        <dt><strong>{t('planning.youCall')}</strong></dt>
        {card.calls.length === 0 ? <dd>—</dd> : card.calls.map((c) => <dd key={c.roleId}>{c.title} — <Person person={c.primary} /></dd>)}
      </dl>
      {(['first_hour', 'first_day', 'first_week'] as const).map((phase) => (
        <section key={phase}>
          <h3>{t(`enums.recoveryPhase.${phase}`)}</h3>
          {card.steps[phase].length === 0 ? (
            <Typography.Text type="secondary">{t('planning.noSteps')}</Typography.Text>
          ) : (
            <ol lang={language} dir="auto">
              {card.steps[phase].map((s) => (
                <li key={s.id}>
                  <strong>{s.does}</strong>
                  {[s.what, s.when, s.where, s.how].filter(Boolean).map((x, i) => <div key={i}>{x}</div>)}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      {card.keyContacts.length > 0 && (
        <section>
          <h3>{t('planning.keyContacts')}</h3>
          <ul>
            {card.keyContacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.organization && `, ${c.organization}`}
                {c.phone && <> · <a href={`tel:${c.phone.replace(/\s+/g, '')}`} dir="ltr">{c.phone}</a></>}
                {c.email && <> · <a href={`mailto:${c.email}`} dir="ltr">{c.email}</a></>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}

/** One card per role, big enough to read on a phone in a crisis, and printable one per page. */
export function ActionCardsPage() {
  const { t } = useTranslation();
  const { orgId = '', planId = '' } = useParams();
  const cards = useActionCards(orgId, planId);
  usePageTitle(cards.data ? `${t('planning.actionCards')} — ${cards.data.title}` : t('planning.actionCards'));
  if (cards.isLoading) return <BlockLoading rows={8} />;
  if (cards.error instanceof ApiError && cards.error.status === 404) return <NotFoundPage />;
  if (cards.error || !cards.data) return <ErrorAlert error={cards.error} onRetry={() => void cards.refetch()} />;
  const c = cards.data;
  return (
    <>
      <style>{PRINT_CSS}</style>
      <nav aria-label={t('nav.breadcrumb')} className="no-print" style={{ marginBottom: 8 }}>
        <Link to={`/orgs/${orgId}/plans/${planId}`}>{t('planning.backToPlan')}</Link>
      </nav>
      <h1 className="page-title" lang={c.language} dir={textDirection(c.language)}>
        {t('planning.actionCards')} — {c.title}
      </h1>
      <Flex className="no-print" gap={8} wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href={exportUrl(orgId, planId, 'cards', 'pdf')} download data-testid="cards-pdf">
          {t('planning.downloadCardsPdf')}
        </Button>
        <Button icon={<DownloadOutlined />} href={exportUrl(orgId, planId, 'cards', 'docx')} download>
          {t('planning.downloadCardsDocx')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('planning.print')}
        </Button>
      </Flex>
      {c.activationCriteria.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('planning.parts.activationCriteria.title')} description={<ul style={{ margin: 0 }}>{c.activationCriteria.map((a, i) => <li key={i}>{a}</li>)}</ul>} />
      )}
      {c.cards.length === 0 ? (
        <Empty description={t('planning.noCards')} />
      ) : (
        <Flex vertical gap={16}>
          {c.cards.map((card) => <ActionCardView key={card.roleId} orgId={orgId} planId={planId} card={card} language={c.language} />)}
        </Flex>
      )}
    </>
  );
}
