import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCheck, MAX_DATASET_BYTES } from '../../src/data/check-file';
import { DatasetError } from '../../src/data/dataset-error';
import { DOWNLOAD_LIMITS, fetchBytes } from '../../src/data/fetch-bytes';
import { fetchDataset } from '../../src/data/get-dataset';
import { shippedJson } from '../fixtures/dataset';

/** A local server: /big streams forever (counting what it sent), /stall never answers, /slow-ok trickles a valid file. */
let server: Server;
let base = '';
const sent = { big: 0, bigClosed: false };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) sent.big += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => (sent.bigClosed = true));
      pump();
    } else if (req.url === '/announced') {
      res.writeHead(200, { 'Content-Length': String(MAX_DATASET_BYTES + 1) });
      res.write('{');
    } else if (req.url === '/stall') {
      res.writeHead(200);
      res.write('{');
    } else if (req.url === '/ok') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(shippedJson()));
    } else if (req.url === '/broken') {
      res.writeHead(200).end('{\n  "meta": 1,\n  x\n}');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DatasetError) return error.reason;
    throw error;
  }
  throw new Error('expected a failure');
};

describe('the ?dataset= download (fetch-bytes.ts)', () => {
  it("has the file doors' size limit and a 30 s timeout by default", () => {
    expect(DOWNLOAD_LIMITS).toEqual({ maxBytes: MAX_DATASET_BYTES, idleTimeoutMs: 30_000 });
  });

  it('stops a stream at the limit and says how much it had received', async () => {
    const limits = { maxBytes: 1024 * 1024, idleTimeoutMs: 10_000 };
    const reason = await failureOf(fetchBytes(`${base}/big`, undefined, limits));
    expect(reason).toMatchObject({ kind: 'file', problem: { reason: 'too-large', stopped: true } });
    if (reason.kind !== 'file' || reason.problem.reason !== 'too-large') throw new Error('unreachable');
    expect(reason.problem.bytes).toBeGreaterThan(limits.maxBytes);
    expect(reason.problem.bytes).toBeLessThan(limits.maxBytes + 1024 * 1024);
    // the server sees the connection closed: it is not sending gigabytes into the void
    await expect.poll(() => sent.bigClosed).toBe(true);
    expect(describeCheck(reason.problem, 'vi', 'x.json').lines[0]).toMatch(
      /^x\.json: tệp quá lớn: đã nhận [12](\.\d)? MB thì dừng tải; giới hạn là 40 MB\.$/,
    );
  });

  it('refuses a file announced larger than the limit before reading it', async () => {
    const reason = await failureOf(fetchBytes(`${base}/announced`, undefined, DOWNLOAD_LIMITS));
    expect(reason).toEqual({ kind: 'file', problem: { ok: false, reason: 'too-large', bytes: MAX_DATASET_BYTES + 1, stopped: false } });
  });

  it('gives up when nothing arrives for the idle timeout, as a timeout', async () => {
    expect(await failureOf(fetchBytes(`${base}/stall`, undefined, { maxBytes: 100, idleTimeoutMs: 200 }))).toEqual({
      kind: 'timeout',
      seconds: 0,
    });
  });

  it('passes an abort by the caller on as an abort, not as a dataset error', async () => {
    const controller = new AbortController();
    const pending = fetchBytes(`${base}/stall`, controller.signal, DOWNLOAD_LIMITS);
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(DatasetError);
  });

  it('ends in the same check as every door: a dataset, or the file problem with line and column', async () => {
    const dataset = await fetchDataset(`${base}/ok`);
    expect(dataset.meta.id).toBe('ha-noi-2020');
    const reason = await failureOf(fetchDataset(`${base}/broken`));
    expect(reason).toMatchObject({ kind: 'file', problem: { reason: 'not-json', fault: { line: 3, column: 3 } } });
    expect(await failureOf(fetchDataset(`${base}/none`))).toEqual({ kind: 'http', status: 404 });
    expect(await failureOf(fetchDataset('http://127.0.0.1:1/x.json'))).toEqual({ kind: 'network' });
  });
});
