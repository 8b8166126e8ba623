import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Dataset } from '../data/schema';
import type { PanelExportInfo } from '../model/export-spec';

export interface RegisteredChart {
  id: string;
  info: () => PanelExportInfo;
  host: RefObject<HTMLElement | null>;
}

interface Registry {
  dataset: Dataset;
  charts: Map<string, RegisteredChart>;
}

const ExportRegistryContext = createContext<Registry | null>(null);

/** Lets the dashboard-wide export (ZIP of every visible chart) find the charts on screen. */
export function ExportRegistryProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const [charts] = useState(() => new Map<string, RegisteredChart>());
  const value = useMemo(() => ({ dataset, charts }), [dataset, charts]);
  return <ExportRegistryContext.Provider value={value}>{children}</ExportRegistryContext.Provider>;
}

export const useExportRegistry = () => useContext(ExportRegistryContext);

/** Registers a panel's chart while it is mounted; `info` is read at export time so it is always current. */
export function useRegisterChart(id: string, info: PanelExportInfo, host: RefObject<HTMLElement | null>) {
  const registry = useExportRegistry();
  const latest = useRef(info);
  useEffect(() => {
    latest.current = info;
  });
  useEffect(() => {
    if (!registry) return;
    registry.charts.set(id, { id, info: () => latest.current, host });
    return () => {
      registry.charts.delete(id);
    };
  }, [registry, id, host]);
}

/** The drawn chart inside a panel, or null while it shows its table (or the chart code is still loading). */
export const chartSvgIn = (panel: HTMLElement | null) =>
  panel?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface') ?? null;

/** The charts in page order, each with its drawn svg. */
export function chartsInPageOrder(registry: Registry) {
  const items = [...registry.charts.values()].filter((c) => c.host.current);
  items.sort((a, b) => (a.host.current!.compareDocumentPosition(b.host.current!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  return items.map((c) => ({ ...c, svg: chartSvgIn(c.host.current) }));
}
