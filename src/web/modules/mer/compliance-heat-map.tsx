import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TObligationView } from '../../../domain/contract/mer.js';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';
import { OBLIGATION_KINDS, type TObligationKind } from '../../../domain/mer/policy.js';
import { useCollator } from '../../app/format.js';
import { ScrollRegion } from '../../app/scroll-region.js';
import { STATUS_ORDER, STATUS_STYLE } from './status-style.js';

const worse = (a: TObligationStatus | undefined, b: TObligationStatus) => (a === undefined || STATUS_ORDER.indexOf(b) < STATUS_ORDER.indexOf(a) ? b : a);

/** Units × obligation kinds, each cell the worst status among the unit's plans, in words and colour. */
export function ComplianceHeatMap({ items }: { items: readonly TObligationView[] }) {
  const { t } = useTranslation();
  const collator = useCollator();
  const { units, kinds, worst } = useMemo(() => {
    const worst = new Map<string, TObligationStatus>();
    const names = new Map<string, string>();
    const present = new Set<TObligationKind>();
    for (const item of items) {
      const key = `${item.unitId}:${item.kind}`;
      worst.set(key, worse(worst.get(key), item.status));
      names.set(item.unitId, item.unitName);
      present.add(item.kind);
    }
    const units = [...names].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
    return { units, kinds: OBLIGATION_KINDS.filter((k) => present.has(k)), worst };
  }, [items, collator]);

  return (
    <ScrollRegion label={t('mer.chart.heatMapCaption')}>
      <table className="mer-heat-map" data-testid="mer-heat-map">
        <caption>{t('mer.chart.heatMapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mer.table.unit')}</th>
            {kinds.map((k) => (
              <th key={k} scope="col">
                {t(`enums.obligationKind.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <th scope="row" dir="auto">
                {u.name}
              </th>
              {kinds.map((k) => {
                const status = worst.get(`${u.id}:${k}`);
                if (!status) return <td key={k}>—</td>;
                const s = STATUS_STYLE[status];
                return (
                  <td key={k} style={{ background: s.background, color: s.text }} data-status={status}>
                    {s.icon} {t(`enums.obligationStatus.${status}`)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
