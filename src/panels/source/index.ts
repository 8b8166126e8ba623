import { definePanel } from '../define-panel';
import { SourcePanel } from './SourcePanel';

export const sourcePanel = definePanel<null>({
  id: 'source',
  short: 'panel.source.short',
  place: 'page',
  categories: [],
  reads: [],
  series: () => null,
  view: () => null,
  Component: SourcePanel,
});
