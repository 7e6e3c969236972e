import { describe, expect, it } from 'vitest';
import {
  analyzeNow,
  workerAnalyzer,
  type AnalyzeReply,
  type AnalyzeRequest,
} from '../../../lib/pdf/analyzer';
import { pageItems } from './items';

/** A stand-in for the analysis worker: answers in order, or fails. */
class FakeWorker {
  onmessage: ((event: MessageEvent<AnalyzeReply>) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  requests: AnalyzeRequest[] = [];
  terminated = false;
  constructor(private readonly mode: 'answer' | 'crash' | 'refuse') {}
  postMessage(request: AnalyzeRequest) {
    this.requests.push(request);
    setTimeout(() => {
      if (this.mode === 'crash') return this.onerror?.(new Event('error'));
      const reply: AnalyzeReply =
        this.mode === 'answer'
          ? { id: request.id, ok: true, result: analyzeNow(request.page, request.items, request.options) }
          : { id: request.id, ok: false, error: 'no' };
      this.onmessage?.({ data: reply } as MessageEvent<AnalyzeReply>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const items = pageItems(['Rappelant sa résolution S/RES/', '1325 (2000),']);

describe('the analysis worker', () => {
  it('sends only what joining needs and gets each page back by its id', async () => {
    const fake = new FakeWorker('answer');
    let started = 0;
    const analyze = workerAnalyzer(() => {
      started += 1;
      return fake as unknown as Worker;
    });
    const [a, b] = await Promise.all([analyze(1, items, { organ: 'S' }), analyze(2, items, null)]);
    expect(started).toBe(1);
    expect(a.text.text).toBe('Rappelant sa résolution S/RES/1325 (2000),');
    expect(a.analysis?.page).toBe(1);
    expect(a.analysis?.findings.map((f) => f.symbol?.canonical[0])).toEqual(['S/RES/1325 (2000)']);
    expect(b.analysis).toBeNull();
    expect(Object.keys(fake.requests[0]!.items[0]!).sort()).toEqual([
      'dir',
      'hasEOL',
      'height',
      'str',
      'transform',
      'width',
    ]);
  });

  it('analyzes in this thread when the worker crashes, fails or cannot start', async () => {
    for (const mode of ['crash', 'refuse'] as const) {
      const fake = new FakeWorker(mode);
      const result = await workerAnalyzer(() => fake as unknown as Worker)(1, items, {});
      expect(result.text.text).toContain('S/RES/1325 (2000)');
      expect(result.analysis?.findings).toHaveLength(1);
    }
    const cannot = workerAnalyzer(() => {
      throw new Error('no workers here');
    });
    expect((await cannot(1, items, null)).text.text).toContain('S/RES/1325');
  });
});
