import type { ThemeConfig } from 'antd';

/**
 * The one theme, tuned for WCAG 2.1 AA (contrast ≥ 4.5:1 for text): staff read these screens all day on cheap
 * counter monitors in bright workshops. antd's defaults put secondary text at #8c8c8c (3.4:1) and tag text at the
 * 7th shade of each palette (gold, green, cyan, orange… at 2.6–3.9:1); here they are one to two shades darker.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1668dc',
    // Hovered and pressed primary buttons keep white text at ≥ 4.5:1 (antd lightens them on hover: #4096ff, 3.0:1).
    colorPrimaryHover: '#0958d9',
    colorPrimaryActive: '#003eb3',
    borderRadius: 6,
    // Text: secondary and descriptions at ≈ 6:1, placeholders and disabled-looking hints at ≈ 4.6:1 on white.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Status colours as text (status tags, alerts, messages) on white and on their light backgrounds.
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#cf1322',
    colorInfo: '#1668dc',
    colorLink: '#0958d9',
    // Preset tag colours: antd writes tag text in the 7th shade of the palette.
    cyan7: '#006d75',
    green7: '#237804',
    gold7: '#874d00',
    orange7: '#873800',
    lime7: '#3f6600',
    volcano7: '#ad2102',
    yellow7: '#614700',
    magenta7: '#9e1068',
    pink7: '#9e1068',
  },
};
