import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TObligationStatus } from '../../../domain/mer/obligations.js';

/** Worst first: the order of cards, legends and bar segments. */
export const STATUS_ORDER: readonly TObligationStatus[] = ['overdue', 'due', 'due_soon', 'done'];

/**
 * Each status has a colour, an icon and a word, never colour alone. Text colours reach 4.5:1
 * on their background; bar fills reach 3:1 on white (graphical objects, WCAG 1.4.11).
 */
export const STATUS_STYLE: Record<TObligationStatus, { icon: ReactNode; text: string; background: string; border: string; fill: string }> = {
  overdue: { icon: <CloseCircleOutlined aria-hidden />, text: '#a50e0e', background: '#fce8e6', border: '#f6aea9', fill: '#cf1322' },
  due: { icon: <ExclamationCircleOutlined aria-hidden />, text: '#6b3a00', background: '#fff1e0', border: '#f5b97a', fill: '#b35c00' },
  due_soon: { icon: <ClockCircleOutlined aria-hidden />, text: '#0842a0', background: '#e8f0fe', border: '#a8c7fa', fill: '#1668dc' },
  done: { icon: <CheckCircleOutlined aria-hidden />, text: '#0d652d', background: '#e6f4ea', border: '#a8dab5', fill: '#2f8a0b' },
};

export function StatusTag({ status }: { status: TObligationStatus }) {
  const { t } = useTranslation();
  const s = STATUS_STYLE[status];
  return (
    <Tag icon={s.icon} style={{ color: s.text, background: s.background, borderColor: s.border, marginInlineEnd: 0 }} data-status={status}>
      {t(`enums.obligationStatus.${status}`)}
    </Tag>
  );
}
