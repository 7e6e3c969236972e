/** Mounting Preact views in happy-dom and acting on them as a reader would. */
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const root of mounted) {
    render(null, root);
    root.remove();
  }
  mounted = [];
});

export async function mount(vnode: VNode): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(() => render(vnode, root));
  await flush();
  return root;
}

/** Lets effects, microtasks and zero-delay timers run. */
export async function flush(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
  await flush();
}

export async function typeInto(el: Element | null | undefined, value: string): Promise<void> {
  const input = el as HTMLInputElement | HTMLTextAreaElement | null;
  if (!input) throw new Error('no field');
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

export async function choose(el: Element | null | undefined, value: string): Promise<void> {
  const select = el as HTMLSelectElement | null;
  if (!select) throw new Error('no select');
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

/** The button (or link) whose visible text or accessible name is `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const match = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
  if (!match)
    throw new Error(`No button ${String(name)} among: ${all.map((b) => b.textContent).join(' | ')}`);
  return match;
}

/** The form control labelled `label`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string | RegExp): T {
  const labels = [...root.querySelectorAll('label')];
  const l = labels.find((x) =>
    typeof label === 'string' ? x.textContent?.trim() === label : label.test(x.textContent ?? ''),
  );
  const id = l?.getAttribute('for');
  const el = id
    ? ((root as Element).querySelector?.(`#${CSS.escape(id)}`) ?? document.getElementById(id))
    : null;
  if (!el) throw new Error(`No field labelled ${String(label)}`);
  return el as T;
}

export function text(root: Element): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}
