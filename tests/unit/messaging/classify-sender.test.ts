import { describe, expect, it } from 'vitest';
import { classifySender } from '../../../lib/messaging';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 7 } as chrome.tabs.Tab;

describe('classifySender', () => {
  it('knows our content scripts and our extension pages', () => {
    expect(classifySender({ id: ID, url: 'https://www.un.org/x', tab }, ID, ORIGIN)).toBe('content-script');
    expect(classifySender({ id: ID, url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBe('extension-page');
  });

  it('refuses other extensions, missing urls and pages pretending to be us', () => {
    expect(classifySender({ id: 'other', url: `${ORIGIN}sidepanel.html` }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeNull();
    // A web page whose URL merely contains our origin string is still a content script at most.
    expect(classifySender({ id: ID, url: `https://evil.example/?${ORIGIN}`, tab }, ID, ORIGIN)).toBe(
      'content-script',
    );
  });
});
