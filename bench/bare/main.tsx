/**
 * The bare chart page `npm run bench` compares the dashboard's first chart with: React + react-query + recharts
 * drawing one bar chart of a small JSON file, built by the same toolchain (Vite, bench/first-chart.ts), nothing else.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

interface Row {
  label: string;
  value: number;
}

function OneChart() {
  const { data } = useQuery({
    queryKey: ['rows'],
    queryFn: async (): Promise<Row[]> => (await fetch('./rows.json')).json() as Promise<Row[]>,
  });
  if (!data) return <p>…</p>;
  return (
    <BarChart width={640} height={240} data={data} layout="vertical" accessibilityLayer={false}>
      <CartesianGrid horizontal={false} />
      <XAxis type="number" />
      <YAxis type="category" dataKey="label" width={160} />
      <Tooltip isAnimationActive={false} />
      <Bar dataKey="value" fill="#a51d1d" isAnimationActive={false} />
    </BarChart>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <OneChart />
    </QueryClientProvider>,
  );
