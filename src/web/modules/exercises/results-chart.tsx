import { useTranslation } from 'react-i18next';
import type { TExerciseView } from '../../../domain/contract/exercises.js';
import { formatDuration } from '../bia/durations.js';
import { VERDICT_STYLE, VerdictTag } from './exercise-state-tag.js';
import { barWidths } from './recovery.js';

type TResult = TExerciseView['results'][number];

/**
 * Achieved recovery time against the RTO, one pair of bars per critical function on one
 * scale; every bar also says its value and verdict in words, so nothing rests on colour or length.
 */
export function ResultsChart({ results }: { results: TResult[] }) {
  const { t } = useTranslation();
  const widths = barWidths(results);
  return (
    <figure style={{ margin: 0 }} data-testid="exercise-results-chart">
      <figcaption className="visually-hidden">{t('exercises.results.chartCaption')}</figcaption>
      <ul className="exercise-chart-legend" aria-hidden>
        <li>
          <span className="exercise-chart-swatch" style={{ background: VERDICT_STYLE.met.fill }} />
          {t('exercises.results.legendAchieved')}
        </li>
        <li>
          <span className="exercise-chart-swatch exercise-chart-rto" style={{ display: 'inline-block', height: 6, width: 14 }} />
          {t('exercises.results.legendRto')}
        </li>
      </ul>
      <ul className="exercise-results-chart">
        {results.map((r, i) => (
          <li key={r.serviceId}>
            <div className="exercise-chart-label">
              <strong dir="auto">{r.serviceName}</strong>
              <VerdictTag verdict={r.verdict} />
            </div>
            <span className="exercise-chart-bar" style={{ width: `${widths[i]!.achieved}%`, background: VERDICT_STYLE[r.verdict].fill }} aria-hidden />
            {widths[i]!.rto !== null && <span className="exercise-chart-rto" style={{ width: `${widths[i]!.rto}%` }} aria-hidden />}
            <span style={{ fontSize: 12, color: '#434343' }}>
              {t('exercises.results.pair', { achieved: formatDuration(t, r.achievedMinutes), rto: r.rtoMinutes === null ? t('exercises.results.noRto') : formatDuration(t, r.rtoMinutes) })}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
