import { Form, Grid, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_SORTS } from '../../../domain/contract/risks.js';
import type { TUnitView } from '../../../domain/contract/orgs.js';
import { RISK_CATEGORIES, RISK_STATUSES } from '../../../domain/risks/risk-categories.js';
import { UnitSelect } from '../orgs/unit-select.js';
import type { TRiskFilters } from './risks.api.js';

export function RiskFilters({ units, filters, onChange }: { units: TUnitView[]; filters: TRiskFilters; onChange: (next: TRiskFilters) => void }) {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const width = (desktop: number) => (compact ? { width: '100%' } : { minWidth: desktop });
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  return (
    <Form layout={compact ? 'vertical' : 'inline'} style={{ rowGap: 12, marginBottom: 16 }}>
      <Form.Item label={t('risks.fields.unit')} htmlFor="risk-filter-unit">
        <UnitSelect id="risk-filter-unit" units={units} allowClear placeholder={t('risks.filters.allUnits')} value={filters.unitId} onChange={(unitId) => onChange({ ...filters, unitId: unitId || undefined })} style={width(200)} />
      </Form.Item>
      <Form.Item label={t('risks.fields.category')} htmlFor="risk-filter-category">
        <Select
          id="risk-filter-category"
          allowClear
          placeholder={t('risks.filters.allCategories')}
          value={filters.category}
          onChange={(category) => onChange({ ...filters, category: category || undefined })}
          options={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`enums.riskCategory.${c}`) }))}
          style={width(200)}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('risks.fields.status')} htmlFor="risk-filter-status">
        <Select
          id="risk-filter-status"
          allowClear
          placeholder={t('risks.filters.allStatuses')}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status: status || undefined })}
          options={RISK_STATUSES.map((s) => ({ value: s, label: t(`enums.riskStatus.${s}`) }))}
          style={width(130)}
        />
      </Form.Item>
      <Form.Item label={t('risks.filters.sort')} htmlFor="risk-filter-sort">
        <Select
          id="risk-filter-sort"
          value={filters.sort ?? 'score_desc'}
          onChange={(sort) => onChange({ ...filters, sort })}
          options={RISK_SORTS.map((s) => ({ value: s, label: t(`risks.sorts.${s}`) }))}
          style={width(180)}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Form.Item label={t('risks.filters.search')} htmlFor="risk-filter-q">
        <Input.Search
          id="risk-filter-q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
          enterButton={t('risks.filters.searchButton')}
          allowClear
          style={width(220)}
        />
      </Form.Item>
    </Form>
  );
}
