import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for WCAG AA contrast (4.5:1 for body text): antd's default blue and its
 * 45%-black secondary text fall short, which accessibility checks flag on every page.
 */
/** People who ask their system for less motion get none (WCAG 2.3.3). */
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: '#0b57d0',
    colorLink: '#0b57d0',
    // Hover shades darken rather than lighten, so hovered text keeps its contrast.
    colorPrimaryHover: '#0842a0',
    colorLinkHover: '#0842a0',
    colorSuccessText: '#2e7d32',
    colorWarningText: '#7a4f00',
    colorWarningBg: '#fff8e1',
    colorWarningBorder: '#ffe08a',
    // Danger buttons show this colour as text on white: antd's #ff4d4f is too light.
    colorError: '#c62828',
    // Hovered and pressed danger buttons darken too (antd lightens them below 4.5:1).
    colorErrorHover: '#a31f1f',
    colorErrorActive: '#8e1b1b',
    colorErrorTextHover: '#8e1b1b',
    colorErrorTextActive: '#8e1b1b',
    colorErrorText: '#b3261e',
    colorErrorBg: '#fdecea',
    colorErrorBorder: '#f5b7b1',
    colorInfo: '#0b57d0',
    colorTextDescription: 'rgba(0, 0, 0, 0.66)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.66)',
    borderRadius: 6,
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  },
  components: {
    Layout: { headerBg: '#0b2545', headerPadding: '0 16px', headerColor: '#ffffff' },
    Tabs: { itemHoverColor: '#0842a0', itemSelectedColor: '#0b57d0', itemActiveColor: '#0842a0' },
  },
};

/** Colours of plan states, dark text on light backgrounds so every tag passes contrast checks. */
export const STATE_COLORS = {
  draft: { color: '#3c4043', background: '#f1f3f4', borderColor: '#bdc1c6' },
  in_review: { color: '#0842a0', background: '#e8f0fe', borderColor: '#a8c7fa' },
  approved: { color: '#0d652d', background: '#e6f4ea', borderColor: '#a8dab5' },
  superseded: { color: '#5f4000', background: '#fef7e0', borderColor: '#fdd663' },
} as const;
