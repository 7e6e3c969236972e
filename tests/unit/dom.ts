/**
 * Builds test DOMs from markup without innerHTML (the lint rule holds in tests
 * too): the markup is parsed into a separate document, then moved over.
 */
export function setBody(html: string, doc: Document = document): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
  return doc.body;
}
