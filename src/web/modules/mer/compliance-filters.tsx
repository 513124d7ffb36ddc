import { Form, Grid, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { OBLIGATION_STATUSES } from '../../../domain/mer/obligations.js';
import { UnitSelect } from '../orgs/unit-select.js';
import type { TComplianceFilters } from './mer.api.js';

/** Unit (with or without its sub-units), status, and the day to judge as of: any past or future day. */
export function ComplianceFilters({ units, filters, today, onChange }: {
  units: TUnitView[];
  filters: TComplianceFilters;
  /** The server's "today", shown when no day is chosen. */
  today: string | undefined;
  /** Only what changed: the page merges it into the latest filters. */
  onChange: (patch: Partial<TComplianceFilters>) => void;
}) {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const width = (desktop: number) => (compact ? { width: '100%' } : { minWidth: desktop });
  return (
    <Form layout={compact ? 'vertical' : 'inline'} style={{ rowGap: 12, marginBottom: 16 }} data-testid="compliance-filters">
      <Form.Item label={t('mer.filters.unit')} htmlFor="mer-filter-unit">
        <UnitSelect
          id="mer-filter-unit"
          data-testid="mer-filter-unit"
          units={units}
          allowClear
          placeholder={t('mer.filters.allUnits')}
          value={filters.unitId}
          onChange={(unitId) => onChange({ unitId: unitId || undefined })}
          style={width(220)}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('mer.filters.subtree')} htmlFor="mer-filter-subtree">
        <Switch
          id="mer-filter-subtree"
          checked={filters.subtree ?? true}
          disabled={!filters.unitId}
          onChange={(subtree) => onChange({ subtree })}
        />
      </Form.Item>
      <Form.Item label={t('mer.filters.status')} htmlFor="mer-filter-status">
        <Select
          id="mer-filter-status"
          data-testid="mer-filter-status"
          allowClear
          placeholder={t('mer.filters.allStatuses')}
          value={filters.status}
          onChange={(status) => onChange({ status: status || undefined })}
          options={OBLIGATION_STATUSES.map((s) => ({ value: s, label: t(`enums.obligationStatus.${s}`) }))}
          style={width(160)}
        />
      </Form.Item>
      <Form.Item label={t('mer.filters.asOf')} htmlFor="mer-filter-as-of" extra={filters.asOf ? undefined : t('mer.filters.today')}>
        {/* A native date field: a calendar on phones, typed digits on keyboards, read out by screen readers. */}
        <Input
          id="mer-filter-as-of"
          data-testid="mer-filter-as-of"
          type="date"
          value={filters.asOf ?? today ?? ''}
          onChange={(e) => onChange({ asOf: e.target.value || undefined })}
          style={width(170)}
        />
      </Form.Item>
    </Form>
  );
}
