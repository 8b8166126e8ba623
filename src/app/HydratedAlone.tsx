import { Activity, type ReactNode } from 'react';

/**
 * A part of the page that React hydrates on its own. The pre-rendered page's first-screen charts then need not wait
 * for the sidebar, the other panels or the figure table: src/main.tsx asks for their parts first, the rest follows
 * in page order. Otherwise transparent: an Activity that is always visible (it catches nothing, shows no fallback).
 */
export function HydratedAlone({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
