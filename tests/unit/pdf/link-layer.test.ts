// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { buildLinkLayer } from '../../../lib/pdf/link-layer';

const box = { left: 10, top: 20, width: 30, height: 2.5 };
const options = {
  externalLabel: (name: string) => `${name} (opens in a new tab)`,
  internalLabel: (page: number) => `Go to page ${page}`,
};

describe('the link layer', () => {
  it('draws an external link as a new-tab link over its box, named and titled', () => {
    const layer = buildLinkLayer(
      document,
      [{ kind: 'external', box, href: 'https://undocs.org/S/RES/1325(2000)', name: 'resolution 1325' }],
      { ...options, goToPage: () => undefined },
    );
    const a = layer.querySelector('a')!;
    expect(layer.className).toBe('pdf-links');
    expect(a.getAttribute('href')).toBe('https://undocs.org/S/RES/1325(2000)');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('title')).toBe('https://undocs.org/S/RES/1325(2000)');
    expect(a.getAttribute('aria-label')).toBe('resolution 1325 (opens in a new tab)');
    expect([a.style.left, a.style.top, a.style.width, a.style.height]).toEqual(['10%', '20%', '30%', '2.5%']);
    expect(a.textContent).toBe('');
  });

  it('keeps markup in an address as text of an attribute', () => {
    const href = 'https://un.org/"><img src=x onerror=alert(1)>';
    const layer = buildLinkLayer(document, [{ kind: 'external', box, href, name: '<b>x</b>' }], {
      ...options,
      goToPage: () => undefined,
    });
    expect(layer.querySelectorAll('img, b')).toHaveLength(0);
    expect(layer.querySelector('a')!.getAttribute('aria-label')).toBe('<b>x</b> (opens in a new tab)');
  });

  it('sends an internal link to its page instead of following it', () => {
    const goToPage = vi.fn();
    const layer = buildLinkLayer(document, [{ kind: 'internal', box, page: 2 }], { ...options, goToPage });
    const a = layer.querySelector('a')!;
    expect(a.getAttribute('aria-label')).toBe('Go to page 2');
    expect(a.getAttribute('target')).toBeNull();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    a.dispatchEvent(click);
    expect(goToPage).toHaveBeenCalledWith(2);
    expect(click.defaultPrevented).toBe(true);
  });
});
