import { useTranslation } from 'react-i18next';
import type { TBiaSettings, TImpactRatings } from '../../../domain/contract/bia.js';
import { formatDuration } from './durations.js';

/** Colours of levels 1–5, light to dark, each with text that keeps a 4.5:1 contrast. */
export const LEVEL_COLOURS: Record<number, { background: string; color: string }> = {
  1: { background: '#e6f4ea', color: '#0b3d1a' },
  2: { background: '#fff4c2', color: '#3d3000' },
  3: { background: '#ffd8a8', color: '#4a2500' },
  4: { background: '#d9363e', color: '#ffffff' },
  5: { background: '#7a0d12', color: '#ffffff' },
};

/**
 * Categories × time points, one native select per cell: keyboard operable and read out by
 * screen readers as "Financial after 1 d"; cells show the level's number, the legend beneath
 * its wording, so six time points fit a phone.
 */
export function ImpactGrid({ scale, value = {}, onChange, disabled }: {
  scale: TBiaSettings;
  value?: TImpactRatings;
  onChange?: (next: TImpactRatings) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const set = (key: string, index: number, level: number | null) => {
    const row = [...(value[key] ?? [])];
    while (row.length < scale.timePoints.length) row.push(null);
    row[index] = level as 1 | 2 | 3 | 4 | 5 | null;
    onChange?.({ ...value, [key]: row });
  };
  return (
    <div className="bia-impact-grid" role="group" aria-label={t('bia.service.impacts')} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('bia.service.category')}</th>
            {scale.timePoints.map((m) => (
              <th scope="col" key={m}>
                {formatDuration(t, m)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scale.categories.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.label}</th>
              {scale.timePoints.map((m, i) => {
                const level = value[c.key]?.[i] ?? null;
                const colours = level ? LEVEL_COLOURS[level] : undefined;
                return (
                  <td key={m}>
                    <select
                      aria-label={t('bia.service.cellLabel', { category: c.label, time: formatDuration(t, m) })}
                      data-testid={`impact-${c.key}-${i}`}
                      value={level ?? ''}
                      disabled={disabled}
                      style={colours}
                      onChange={(e) => set(c.key, i, e.target.value === '' ? null : Number(e.target.value))}
                    >
                      <option value="">–</option>
                      {scale.levels.map((l) => (
                        <option key={l.level} value={l.level} title={`${l.label}: ${l.description}`}>
                          {l.level}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="bia-level-legend" aria-label={t('bia.service.levels')}>
        {scale.levels.map((l) => (
          <li key={l.level} title={l.description}>
            <span className="bia-level-swatch" style={LEVEL_COLOURS[l.level]}>
              {l.level}
            </span>{' '}
            {l.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
