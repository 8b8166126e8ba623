/**
 * Every colour the dashboard draws with, in one table: series, chart chrome, exported captions and the
 * page's CSS variables (src/styles/app.css holds its :root variables to `THEME.page`; a test checks it).
 * Series hues are Okabe-Ito, darkened for 3:1 against white; members also carry a hatch so colour is never
 * the only cue.
 */
interface Hatchable {
  color: string;
  pattern: 'hatch' | null;
}

interface Theme {
  font: { family: string };
  subject: { organisation: Hatchable; member: Hatchable };
  series: { single: string; remaining: string; outline: string };
  chart: { grid: string; axis: string; tick: string; label: string; cursor: string; hatchStroke: string; hatchOpacity: number };
  caption: { title: string; subtitle: string; legend: string; footer: string; rule: string; background: string };
  page: Record<'ink' | 'ink-muted' | 'surface' | 'canvas' | 'line' | 'accent' | 'focus', string>;
}

export const THEME = {
  font: { family: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif" },
  subject: {
    organisation: { color: '#0072B2', pattern: null },
    member: { color: '#C0510A', pattern: 'hatch' },
  },
  series: { single: '#007A5E', remaining: '#C9CED6', outline: '#6B7280' },
  chart: {
    grid: '#E3E6EA',
    axis: '#8A94A3',
    tick: '#4A5566',
    label: '#1C2430',
    cursor: 'rgba(28,36,48,0.06)',
    hatchStroke: '#FFFFFF',
    hatchOpacity: 0.45,
  },
  caption: { title: '#1a1a1a', subtitle: '#4d4d4d', legend: '#1a1a1a', footer: '#595959', rule: '#d9d9d9', background: '#ffffff' },
  page: {
    ink: '#1c2430',
    'ink-muted': '#4a5566',
    surface: '#ffffff',
    canvas: '#f3f4f6',
    line: '#d6dae1',
    accent: '#a51d1d',
    focus: '#1f5fbf',
  },
} as const satisfies Theme;
