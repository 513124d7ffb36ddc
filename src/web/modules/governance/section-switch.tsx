import { Radio } from 'antd';
import type { ReactNode } from 'react';

/**
 * Sections of a page as a row of buttons that wraps on a phone. antd's Tabs hide what does not
 * fit behind a "more" button inside the tab list, which screen readers are told is not a tab.
 */
export function SectionSwitch<K extends string>({ label, value, onChange, items }: { label: string; value: K; onChange: (key: K) => void; items: { key: K; label: ReactNode; children: ReactNode }[] }) {
  const current = items.find((i) => i.key === value) ?? items[0];
  return (
    <>
      <Radio.Group aria-label={label} optionType="button" value={current?.key} onChange={(e) => onChange(e.target.value as K)} style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginBottom: 16 }}>
        {items.map((i) => (
          <Radio.Button key={i.key} value={i.key}>
            {i.label}
          </Radio.Button>
        ))}
      </Radio.Group>
      <div>{current?.children}</div>
    </>
  );
}
