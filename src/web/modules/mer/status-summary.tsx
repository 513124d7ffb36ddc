import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import { STATUS_ORDER, STATUS_STYLE } from './status-style.js';

/**
 * One card per status with its count; pressing a card filters the table to that status,
 * pressing it again shows every status.
 */
export function StatusSummary({ counts, selected, onSelect }: {
  counts: Partial<Record<TObligationStatus, number>>;
  selected: TObligationStatus | undefined;
  onSelect: (status: TObligationStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mer-summary-title" style={{ marginBottom: 16 }}>
      <h2 id="mer-summary-title" className="visually-hidden">
        {t('mer.summary.title')}
      </h2>
      <Row gutter={[12, 12]}>
        {STATUS_ORDER.map((status) => {
          const s = STATUS_STYLE[status];
          const pressed = selected === status;
          const label = t(`enums.obligationStatus.${status}`);
          return (
            <Col key={status} xs={12} md={6}>
              <Card size="small" styles={{ body: { padding: 0 } }} style={{ borderColor: pressed ? s.text : s.border, borderWidth: pressed ? 2 : 1 }}>
                <button
                  type="button"
                  className="mer-summary-card"
                  data-testid={`mer-count-${status}`}
                  aria-pressed={pressed}
                  onClick={() => onSelect(pressed ? undefined : status)}
                  style={{ background: s.background, color: s.text }}
                >
                  <span className="mer-summary-label">
                    {s.icon} {label}
                  </span>
                  <span className="mer-summary-count">{counts[status] ?? 0}</span>
                </button>
              </Card>
            </Col>
          );
        })}
      </Row>
    </section>
  );
}
