import type { Subject } from '../data/schema';

/**
 * Colour-blind-safe (Okabe-Ito hues, darkened for 3:1 against white). The same colour means the
 * same subject in every chart; members also carry a hatch so colour is never the only cue.
 */
export const SUBJECT_STYLE = {
  organisation: { color: '#0072B2', pattern: null },
  member: { color: '#C0510A', pattern: 'hatch' },
} as const satisfies Record<Subject, { color: string; pattern: 'hatch' | null }>;

export const SINGLE_SERIES_COLOR = '#007A5E';
export const REMAINING_COLOR = '#C9CED6';
export const COMPUTED_COLOR = '#6B7280';
export const ACCENT = '#A51D1D';
