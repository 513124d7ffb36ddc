/** Tag colours with text at 4.5:1 or better on their background (antd's presets fall short for small text). */
export const TAG = {
  neutral: { color: '#3c4043', background: '#f1f3f4', borderColor: '#bdc1c6' },
  info: { color: '#0842a0', background: '#e8f0fe', borderColor: '#a8c7fa' },
  good: { color: '#0d652d', background: '#e6f4ea', borderColor: '#a8dab5' },
  warn: { color: '#6b3a00', background: '#fff1e0', borderColor: '#f5b97a' },
  bad: { color: '#a50e0e', background: '#fce8e6', borderColor: '#f6aea9' },
} as const;
