// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightPassage } from '../../../lib/highlight';
import { claimInstance, INSTANCE_ATTR } from '../../../lib/scan/instance';
import { collectPassages, OWN_UI_ATTR } from '../../../lib/scan/passages';
import { setBody } from '../dom';

describe('claimInstance', () => {
  it('stops the instance before it and keeps one owner of the page', () => {
    setBody('<p>resolution 1325 (2000)</p>');
    let stopped = 0;
    const first = claimInstance(
      document,
      () => (stopped += 1),
      () => true,
    );
    expect(first.isCurrent()).toBe(true);
    expect(document.documentElement.getAttribute(INSTANCE_ATTR)).toBe(first.id);
    const second = claimInstance(
      document,
      () => undefined,
      () => true,
    );
    expect(stopped).toBe(1);
    expect(first.isCurrent()).toBe(false);
    expect(second.isCurrent()).toBe(true);
    expect(document.documentElement.getAttribute(INSTANCE_ATTR)).toBe(second.id);
    second.release();
    expect(document.documentElement.hasAttribute(INSTANCE_ATTR)).toBe(false);
  });

  it('removes the marks and UI an earlier instance left (another world, a dead runtime)', () => {
    setBody(`<p>see resolution 1325 (2000)</p><div ${OWN_UI_ATTR}>old card</div>`);
    const [p] = collectPassages(document.body);
    highlightPassage(p!, [{ start: 4, end: 26, attrs: { 'data-wps-kind': 'symbol' } }]);
    document.documentElement.setAttribute(INSTANCE_ATTR, 'old-instance');
    const next = claimInstance(
      document,
      () => undefined,
      () => true,
    );
    expect(next.leftovers).toBe(1);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.querySelector(`[${OWN_UI_ATTR}]`)).toBeNull();
    expect(document.body.textContent).toBe('see resolution 1325 (2000)');
    next.release();
  });

  it('is no longer current once its runtime is gone (extension reloaded or removed)', () => {
    let alive = true;
    const instance = claimInstance(
      document,
      () => undefined,
      () => alive,
    );
    alive = false;
    expect(instance.isCurrent()).toBe(false);
    instance.release();
  });
});
