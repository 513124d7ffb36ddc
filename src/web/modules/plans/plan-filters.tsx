import { Checkbox, Form, Grid, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { PLAN_STATES } from '../../../domain/plans/plan-state.js';
import { PLAN_TYPES } from '../../../domain/plans/plan-types.js';
import { UnitSelect } from '../orgs/unit-select.js';
import type { TPlanFilters } from './plans.api.js';

export function PlanFilters({ units, filters, onChange }: {
  units: TUnitView[];
  filters: TPlanFilters;
  onChange: (next: TPlanFilters) => void;
}) {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const width = (desktop: number) => (compact ? { width: '100%' } : { minWidth: desktop });
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  return (
    <Form layout={compact ? 'vertical' : 'inline'} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item label={t('plans.unit')} htmlFor="plan-filter-unit">
        <UnitSelect
          id="plan-filter-unit"
          units={units}
          allowClear
          placeholder={t('plans.allUnits')}
          value={filters.unitId}
          onChange={(unitId) => onChange({ ...filters, unitId: unitId || undefined })}
          style={width(220)}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox
          checked={filters.subtree ?? true}
          disabled={!filters.unitId}
          onChange={(e) => onChange({ ...filters, subtree: e.target.checked })}
        >
          {t('plans.includeSubunits')}
        </Checkbox>
      </Form.Item>
      <Form.Item label={t('plans.type')} htmlFor="plan-filter-type">
        <Select
          id="plan-filter-type"
          allowClear
          placeholder={t('plans.allTypes')}
          value={filters.type}
          onChange={(type) => onChange({ ...filters, type: type || undefined })}
          options={PLAN_TYPES.map((type) => ({ value: type, label: t(`enums.planType.${type}`) }))}
          style={width(200)}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('plans.state')} htmlFor="plan-filter-state">
        <Select
          id="plan-filter-state"
          allowClear
          placeholder={t('plans.allStates')}
          value={filters.state}
          onChange={(state) => onChange({ ...filters, state: state || undefined })}
          options={PLAN_STATES.map((state) => ({ value: state, label: t(`enums.planState.${state}`) }))}
          style={width(160)}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('plans.search')} htmlFor="plan-filter-q">
        <Input.Search
          id="plan-filter-q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
          placeholder={t('plans.searchPlaceholder')}
          enterButton={t('plans.searchButton')}
          allowClear
          style={width(240)}
        />
      </Form.Item>
    </Form>
  );
}
