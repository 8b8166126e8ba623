import { lazy } from 'react';
import type { BarChartView as BarChartViewImpl } from './BarChartView';
import type { TimelineView as TimelineViewImpl } from './TimelineView';
import { whenInView } from './when-in-view';

// recharts is loaded off the critical path: the figures (text) show first, the charts follow, when in view.
// lazy() drops the generic signature, so the exported types restore it.
export const BarChartView = whenInView(
  lazy(() => import('./BarChartView').then((m) => ({ default: m.BarChartView }))),
) as unknown as typeof BarChartViewImpl;
export const TimelineView = whenInView(
  lazy(() => import('./TimelineView').then((m) => ({ default: m.TimelineView }))),
) as unknown as typeof TimelineViewImpl;
