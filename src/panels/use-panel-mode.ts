import { navigateSearch, useSearchValue } from '../ui/use-search-params';

export type PanelMode = 'chart' | 'table';

/** Chart or table for one panel, kept in the URL (`?table=inspection,congress`) so a shared link shows the same. */
export function usePanelMode(panelId: string): [PanelMode, (mode: PanelMode) => void] {
  // only this panel's mode: a filter change (another part of the URL) does not re-render the panel
  const mode = useSearchValue((params): PanelMode => ((params.get('table') ?? '').split(',').includes(panelId) ? 'table' : 'chart'));
  const setMode = (next: PanelMode) => {
    const current = new URLSearchParams(window.location.search);
    const set = new Set((current.get('table') ?? '').split(',').filter(Boolean));
    if (next === 'table') set.add(panelId);
    else set.delete(panelId);
    if (set.size > 0) current.set('table', [...set].sort().join(','));
    else current.delete('table');
    navigateSearch(current, 'replace');
  };
  return [mode, setMode];
}
