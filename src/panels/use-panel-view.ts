import { navigateSearch, useSearchParams } from '../app/use-search-params';

export type PanelView = 'chart' | 'table';

/** Chart or table for one panel, kept in the URL (`?table=inspection,congress`) so a shared link shows the same. */
export function usePanelView(panelId: string): [PanelView, (view: PanelView) => void] {
  const [params] = useSearchParams();
  const tables = new Set((params.get('table') ?? '').split(',').filter(Boolean));
  const view: PanelView = tables.has(panelId) ? 'table' : 'chart';
  const setView = (next: PanelView) => {
    const current = new URLSearchParams(window.location.search);
    const set = new Set((current.get('table') ?? '').split(',').filter(Boolean));
    if (next === 'table') set.add(panelId);
    else set.delete(panelId);
    if (set.size > 0) current.set('table', [...set].sort().join(','));
    else current.delete('table');
    navigateSearch(current, 'replace');
  };
  return [view, setView];
}
