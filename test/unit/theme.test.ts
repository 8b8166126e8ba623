import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME } from '../../src/theme/theme';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('one theme table', () => {
  it("holds the page's CSS variables: app.css :root says the same colours", () => {
    const css = readFileSync(join(root, 'src/styles/app.css'), 'utf8');
    const rootBlock = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
    const vars = Object.fromEntries([...rootBlock.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim().toLowerCase()]));
    for (const [name, colour] of Object.entries(THEME.page)) expect(vars[name], `--${name}`).toBe(colour.toLowerCase());
  });

  it('is the only place in the code that spells a colour', () => {
    const colour = /['"`](#[0-9a-f]{3,8}|rgba?\([^)]*\))['"`]/i;
    const offenders = sourceFiles(join(root, 'src'))
      .filter((f) => !f.endsWith(join('theme', 'theme.ts')))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => colour.test(line) && !line.includes("'stop-color'"))
          .map(([line, i]) => `${relative(root, f)}:${i + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
