import { describe, expect, it } from 'vitest';
import { keyAction, type KeyLike } from '../../../lib/pdf/keys';

const key = (over: Partial<KeyLike>): KeyLike => ({
  key: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...over,
});

describe('viewer shortcuts', () => {
  it('finds, zooms and navigates', () => {
    expect(keyAction(key({ key: 'f', ctrlKey: true }))).toEqual({ type: 'find' });
    expect(keyAction(key({ key: 'f', metaKey: true }))).toEqual({ type: 'find' });
    expect(keyAction(key({ key: '=', ctrlKey: true }))).toEqual({ type: 'zoom', direction: 1 });
    expect(keyAction(key({ key: '-', ctrlKey: true }))).toEqual({ type: 'zoom', direction: -1 });
    expect(keyAction(key({ key: '0', ctrlKey: true }))).toEqual({ type: 'zoom-fit' });
    expect(keyAction(key({ key: 'ArrowDown', altKey: true }))).toEqual({ type: 'page', direction: 1 });
    expect(keyAction(key({ key: 'ArrowUp', altKey: true }))).toEqual({ type: 'page', direction: -1 });
    expect(keyAction(key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true }))).toEqual({
      type: 'highlight',
      direction: 1,
    });
  });

  it('leaves single keys and text fields alone', () => {
    expect(keyAction(key({ key: 'n' }))).toBeNull();
    expect(keyAction(key({ key: 'ArrowDown' }))).toBeNull();
    expect(keyAction(key({ key: 'ArrowDown', altKey: true, inTextField: true }))).toBeNull();
    // Find and zoom still work from the find field.
    expect(keyAction(key({ key: 'f', ctrlKey: true, inTextField: true }))).toEqual({ type: 'find' });
  });
});
