import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDeploymentConfig } from '../../src/data/deployment-config';
import { withConnectSources } from '../../scripts/deployment-config';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'deployment-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the deployment config (config.json) and the CSP it writes', () => {
  it('keeps http(s) origins written alone, and drops (naming them) anything else', () => {
    const { config, problems } = parseDeploymentConfig({
      datasetOrigins: [
        'https://so-lieu.example.vn',
        'http://127.0.0.1:5001/',
        'HTTPS://So-Lieu.Example.vn',
        'https://x.example/path',
        'javascript:1',
        7,
        '*',
      ],
    });
    expect(config).toEqual({ datasetOrigins: ['https://so-lieu.example.vn', 'http://127.0.0.1:5001'] });
    expect(problems).toHaveLength(4);
    expect(parseDeploymentConfig({})).toEqual({ config: { datasetOrigins: [] }, problems: [] });
    expect(parseDeploymentConfig([]).config).toEqual({ datasetOrigins: [] });
    expect(parseDeploymentConfig({ datasetOrigins: 'https://a.example' }).config).toEqual({ datasetOrigins: [] });
  });

  it("sets connect-src to 'self' and exactly the listed origins, again and again", () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self' http: https:; object-src 'none'" />`;
    const once = withConnectSources(html, ['https://a.example']);
    expect(once).toContain(`connect-src 'self' https://a.example; object-src 'none'`);
    expect(withConnectSources(once, [])).toContain(`connect-src 'self'; object-src 'none'`);
    expect(() => withConnectSources('<html></html>', [])).toThrow(/connect-src/);
  });
});

describe('npm run configure (after a build)', { timeout: 60_000 }, () => {
  it("rewrites the built page's CSP from its config.json, and the shipped source has no other origin", async () => {
    const csp = /connect-src [^;"]*/;
    expect(csp.exec(readFileSync(join(ROOT, 'index.html'), 'utf8'))?.[0]).toBe("connect-src 'self'");
    expect(JSON.parse(readFileSync(join(ROOT, 'public', 'config.json'), 'utf8'))).toEqual({ datasetOrigins: [] });
    writeFileSync(join(dir, 'index.html'), readFileSync(join(ROOT, 'index.html'), 'utf8'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ datasetOrigins: ['https://so-lieu.example.vn/', 'ftp://x.example'] }));
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile('npx', ['tsx', 'scripts/deployment-config.ts', dir], { cwd: ROOT }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("connect-src 'self' https://so-lieu.example.vn");
    expect(run.stderr).toContain('datasetOrigins[1]');
    expect(csp.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[0]).toBe("connect-src 'self' https://so-lieu.example.vn");
  });
});
