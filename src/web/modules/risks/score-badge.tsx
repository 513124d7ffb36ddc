import { useTranslation } from 'react-i18next';
import { scoreBand, type TScoreBand } from '../../../domain/risks/risk-score.js';

/** Light band colours with dark text: readable (WCAG AA) in both themes' tables and the heat map. */
export const BAND_COLOURS: Record<TScoreBand, { background: string; border: string }> = {
  low: { background: '#d9f7be', border: '#73d13d' },
  medium: { background: '#fff1b8', border: '#fadb14' },
  high: { background: '#ffd8bf', border: '#fa8c16' },
  critical: { background: '#ffa39e', border: '#cf1322' },
};

/** Read by screen readers, not shown. */
export const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const band = scoreBand(score);
  const colours = BAND_COLOURS[band];
  return (
    <span
      className="risk-score-badge"
      data-band={band}
      title={t(`enums.scoreBand.${band}`)}
      style={{ background: colours.background, border: `1px solid ${colours.border}`, color: '#1f1f1f', borderRadius: 10, padding: '0 8px', fontWeight: 600, whiteSpace: 'nowrap', display: 'inline-block' }}
    >
      {score}
      <span style={VISUALLY_HIDDEN}> ({t(`enums.scoreBand.${band}`)})</span>
    </span>
  );
}
