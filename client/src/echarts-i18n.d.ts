// ECharts ships its locale objects without declarations.
declare module 'echarts/lib/i18n/langFR.js' {
  import type { registerLocale } from 'echarts/core';
  const locale: Parameters<typeof registerLocale>[1];
  export default locale;
}
