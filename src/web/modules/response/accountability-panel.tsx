import { Button, Card, Col, List, Row, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChartSection } from '../../app/chart-section.js';
import { BlockLoading, ErrorAlert } from '../../app/feedback.js';
import { useFormatDate } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { useBoard, useCheckInFor, type TBoard } from './response.api.js';

const h2 = { fontSize: 16, margin: 0 };
const COLUMNS = ['safe', 'needHelp', 'noAnswer', 'unreachable'] as const;
/** Colours with 3:1 contrast against white (WCAG non-text contrast), each column also named in the legend and table. */
const COLOUR: Record<(typeof COLUMNS)[number], string> = { safe: '#237804', needHelp: '#cf1322', noAnswer: '#ad6800', unreachable: '#595959' };

/** The roll call: overall figures, per office as stacked bars or a table, those who need help, and those silent. */
export function AccountabilityPanel({ orgId, eventId, canCheckIn }: { orgId: string; eventId: string; canCheckIn: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const board = useBoard(orgId, eventId, true);
  const checkIn = useCheckInFor(orgId, eventId);
  if (board.error) return <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />;
  if (!board.data) return <BlockLoading />;
  const b = board.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="accountability">
      <Row gutter={[12, 12]} aria-live="polite">
        <Col xs={12} sm={8} md={4}>
          <Figure label={t('response.board.total')} value={b.overall.total} testId="board-total" />
        </Col>
        {COLUMNS.map((c) => (
          <Col xs={12} sm={8} md={5} key={c}>
            <Figure label={t(`response.board.${c}`)} value={b.overall[c]} colour={COLOUR[c]} testId={`board-${c}`} />
          </Col>
        ))}
      </Row>
      <Card>
        <ChartSection
          id="by-office"
          title={t('response.board.byOffice')}
          testId="board-offices"
          empty={b.offices.length === 0}
          emptyText={t('response.board.empty')}
          chart={() => <OfficeBars offices={b.offices} />}
          table={() => (
            <ScrollRegion label={t('response.board.byOffice')}>
              <Table
                size="small"
                rowKey="unitId"
                pagination={false}
                dataSource={b.offices}
                columns={[
                  { title: t('response.board.office'), dataIndex: 'unitName' },
                  { title: t('response.board.total'), dataIndex: 'total' },
                  ...COLUMNS.map((c) => ({ title: t(`response.board.${c}`), dataIndex: c })),
                ]}
              />
            </ScrollRegion>
          )}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={h2}>{t('response.board.needHelpList')}</h2>} data-testid="need-help">
            <List
              dataSource={b.needHelp}
              locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.board.nobody')}</span> }}
              renderItem={(p) => (
                <List.Item>
                  <List.Item.Meta title={<span dir="auto">{p.fullName}</span>} description={<span dir="auto">{[p.unitName, p.note, formatDate(p.at), p.reportedByName !== p.fullName ? t('response.board.reportedBy', { name: p.reportedByName }) : ''].filter(Boolean).join(' · ')}</span>} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={<h2 style={h2}>{t('response.board.noAnswerList', { count: b.noAnswerTotal })}</h2>} data-testid="no-answer">
            <List
              dataSource={b.noAnswer}
              locale={{ emptyText: <span style={{ color: "rgba(0, 0, 0, 0.65)" }}>{t('response.board.nobody')}</span> }}
              pagination={b.noAnswer.length > 20 ? { pageSize: 20, size: 'small' } : false}
              renderItem={(p) => (
                <List.Item
                  actions={
                    canCheckIn
                      ? [
                          <Button key="safe" size="small" onClick={() => checkIn.mutate({ personId: p.personId, status: 'safe' }, { onSuccess: () => void board.refetch() })} aria-label={t('response.board.reportSafeFor', { name: p.fullName })}>
                            {t('response.board.reportSafe')}
                          </Button>,
                          <Button key="help" size="small" danger onClick={() => checkIn.mutate({ personId: p.personId, status: 'need_help' }, { onSuccess: () => void board.refetch() })} aria-label={t('response.board.reportHelpFor', { name: p.fullName })}>
                            {t('response.board.reportHelp')}
                          </Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta title={<span dir="auto">{p.fullName}</span>} description={`${p.unitName}${p.reachable ? '' : ` · ${t('response.board.unreachable')}`}`} />
                </List.Item>
              )}
            />
            {checkIn.error && <ErrorAlert error={checkIn.error} />}
          </Card>
        </Col>
      </Row>
      {b.unrecognizedReplies.length > 0 && (
        <Card title={<h2 style={h2}>{t('response.board.unrecognized')}</h2>}>
          <List dataSource={b.unrecognizedReplies} renderItem={(r) => <List.Item><span dir="auto">{`${r.fullName}: “${r.text}” · ${formatDate(r.at)}`}</span></List.Item>} />
        </Card>
      )}
    </Space>
  );
}

function OfficeBars({ offices }: { offices: TBoard['offices'] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }} aria-hidden>
        {COLUMNS.map((c) => (
          <span key={c}>
            <span style={{ display: 'inline-block', width: 12, height: 12, background: COLOUR[c], marginInlineEnd: 4 }} />
            {t(`response.board.${c}`)}
          </span>
        ))}
      </Space>
      {offices.map((o) => (
        <div key={o.unitId} style={{ marginBottom: 8 }}>
          <Typography.Text dir="auto">{o.unitName}</Typography.Text>
          <div role="img" aria-label={t('response.board.barLabel', { office: o.unitName, total: o.total, safe: o.safe, needHelp: o.needHelp, noAnswer: o.noAnswer, unreachable: o.unreachable })} style={{ display: 'flex', height: 18, background: '#f0f0f0', borderRadius: 4, overflow: 'hidden' }}>
            {COLUMNS.map((c) => (o[c] > 0 ? <div key={c} style={{ width: `${(o[c] / Math.max(o.total, 1)) * 100}%`, background: COLOUR[c] }} /> : null))}
          </div>
        </div>
      ))}
    </div>
  );
}

/** One figure of the roll call: its name, then the number, large, in the column's colour. */
function Figure({ label, value, colour, testId }: { label: string; value: number; colour?: string; testId: string }) {
  return (
    <div data-testid={testId}>
      <div style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{label}</div>
      <div style={{ fontSize: 28, fontWeight: 600, color: colour }} data-testid={`${testId}-value`}>
        {value}
      </div>
    </div>
  );
}
