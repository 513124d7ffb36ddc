import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS } from '../../../domain/risks/risk-score.js';
import { riskScore, scoreBand } from '../../../domain/risks/risk-score.js';
import { BAND_COLOURS } from './score-badge.js';

export interface THeatCell {
  likelihood: number;
  impact: number;
}

/**
 * The 5×5 matrix of likelihood (rows, highest on top) by impact (columns): each cell counts
 * the risks there and, when pressed, filters the register to them. Arrow keys move between
 * cells; Enter or Space selects; pressing the selected cell again clears the filter.
 */
export function HeatMap({ counts, selected, onSelect }: { counts: number[][]; selected: THeatCell | null; onSelect: (cell: THeatCell | null) => void }) {
  const { t } = useTranslation();
  const grid = useRef<HTMLTableElement>(null);
  const rows = [...RATINGS].reverse();

  function move(e: KeyboardEvent<HTMLButtonElement>, l: number, i: number) {
    const delta: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const d = delta[e.key];
    if (!d) return;
    e.preventDefault();
    // In right-to-left layouts the impact axis runs the other way on screen.
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const nl = Math.min(5, Math.max(1, l + d[0]));
    const ni = Math.min(5, Math.max(1, i + (rtl ? -d[1] : d[1])));
    grid.current?.querySelector<HTMLButtonElement>(`button[data-cell="${nl}-${ni}"]`)?.focus();
  }

  return (
    <table ref={grid} className="risk-heat-map" data-testid="risk-heat-map" style={{ borderCollapse: 'separate', borderSpacing: 4 }}>
      <caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600, paddingBottom: 4 }}>{t('risks.heatMap.caption')}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ fontWeight: 400, fontSize: 12 }}>
            {t('risks.heatMap.corner')}
          </th>
          {RATINGS.map((i) => (
            <th key={i} scope="col" style={{ fontWeight: 400, fontSize: 12 }}>
              {i}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l}>
            <th scope="row" style={{ fontWeight: 400, fontSize: 12, paddingInlineEnd: 4 }}>
              {l}
            </th>
            {RATINGS.map((i) => {
              const n = counts[l - 1]?.[i - 1] ?? 0;
              const colours = BAND_COLOURS[scoreBand(riskScore(l, i))];
              const pressed = selected?.likelihood === l && selected?.impact === i;
              return (
                <td key={i} style={{ padding: 0 }}>
                  <button
                    type="button"
                    data-cell={`${l}-${i}`}
                    aria-pressed={pressed}
                    aria-label={t('risks.heatMap.cell', { likelihood: l, impact: i, count: n })}
                    onClick={() => onSelect(pressed ? null : { likelihood: l, impact: i })}
                    onKeyDown={(e) => move(e, l, i)}
                    style={{
                      width: 44,
                      height: 44,
                      background: colours.background,
                      border: pressed ? '3px solid #1f1f1f' : `1px solid ${colours.border}`,
                      borderRadius: 6,
                      color: '#1f1f1f',
                      fontWeight: n > 0 ? 700 : 400,
                      cursor: 'pointer',
                    }}
                  >
                    {n > 0 ? n : ''}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <td colSpan={5} style={{ textAlign: 'center', fontSize: 12 }}>
            {t('risks.heatMap.impactAxis')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
