import { InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitDuration } from '../../../domain/bia/durations.js';

const UNITS = { hour: 60, day: 24 * 60 } as const;
type TUnit = keyof typeof UNITS;

/** A duration picked in hours or days, stored in minutes (null when empty). */
export function DurationInput({ value, onChange, id, disabled, testId, allowZero }: {
  value?: number | null;
  onChange?: (minutes: number | null) => void;
  id?: string;
  disabled?: boolean;
  testId?: string;
  allowZero?: boolean;
}) {
  const { t } = useTranslation();
  // The unit is chosen once from the stored value (whole days read as days) and then left to the person.
  const [unit, setUnit] = useState<TUnit>(() => (value && splitDuration(value).unit !== 'hour' && splitDuration(value).unit !== 'minute' ? 'day' : 'hour'));
  const count = value === null || value === undefined ? null : value / UNITS[unit];
  return (
    <Space.Compact>
      <InputNumber
        id={id}
        data-testid={testId}
        min={allowZero ? 0 : 1}
        step={1}
        value={count}
        disabled={disabled}
        onChange={(n) => onChange?.(n === null || n === undefined ? null : Math.round(Number(n) * UNITS[unit]))}
        style={{ width: 110 }}
      />
      <Select<TUnit>
        aria-label={t('bia.duration.unit')}
        value={unit}
        disabled={disabled}
        onChange={(next) => {
          setUnit(next);
          if (count !== null) onChange?.(Math.round(count * UNITS[next]));
        }}
        options={[
          { value: 'hour', label: t('bia.duration.hours') },
          { value: 'day', label: t('bia.duration.days') },
        ]}
        style={{ width: 110 }}
      />
    </Space.Compact>
  );
}
