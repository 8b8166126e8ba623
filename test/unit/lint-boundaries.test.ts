import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, tried on probe files: a break is an error, the same code where it belongs is not.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function errorsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint boundaries', { timeout: 60_000 }, () => {
  it.each([
    ['src/model/probe.ts', "import { App } from '../app/App';\nexport const x = App;\n"],
    ['src/model/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/data/probe.ts', "import { PANELS } from '../panels/registry';\nexport const x = PANELS;\n"],
    ['src/export/probe.ts', "import { Chart } from '../charts';\nexport const x = Chart;\n"],
    ['src/workbook/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/panels/probe.ts', "import { Dashboard } from '../app/Dashboard';\nexport const x = Dashboard;\n"],
    ['src/panels/inspection/view.ts', "import { useMemo } from 'react';\nexport const x = useMemo;\n"],
    ['src/app/probe.ts', "import { BarChartView } from '../charts/BarChartView';\nexport const x = BarChartView;\n"],
    ['src/theme/probe.ts', "import { formatNumber } from '../model/format';\nexport const x = formatNumber;\n"],
    ['bench/probe.ts', "import { makeDataset } from '../test/fixtures/dataset';\nexport const x = makeDataset;\n"],
    ['scripts/probe.ts', "import { serveFile } from '../test/browser/overlay';\nexport const x = serveFile;\n"],
  ])('%s may not import that: %s', async (file, code) => {
    const errors = await errorsOf(code, file);
    expect(errors.some((e) => e.startsWith('no-restricted-imports'))).toBe(true);
  });

  it.each([
    ['src/app/probe.ts', "import { Chart } from '../charts';\nimport { PANELS } from '../panels';\nexport const x = [Chart, PANELS];\n"],
    [
      'src/panels/probe.ts',
      "import { Chart } from '../charts';\nimport { formatNumber } from '../model/format';\nexport const x = [Chart, formatNumber];\n",
    ],
    ['src/export/probe.ts', "import type { Table } from '../model/table';\nexport type X = Table;\n"],
  ])('%s may import what flows down to it', async (file, code) => {
    expect(await errorsOf(code, file)).toEqual([]);
  });

  const probeDir = join(root, 'test', `.lint-probe-${process.pid}`);
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  it('finds an import cycle', async () => {
    mkdirSync(probeDir, { recursive: true });
    writeFileSync(join(probeDir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
    writeFileSync(join(probeDir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
    const [result] = await eslint.lintFiles([join(probeDir, 'a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
