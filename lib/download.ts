/**
 * The one download seam (issue #7): turns an export's text into a file the
 * browser saves. An adapter: it is given the document (the side panel's or
 * the library's), so tests pass their own, and nothing else in the extension
 * creates object URLs or download links.
 */

/** Characters no file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** Saves `content` as a file named `filename` of type `mime` (UTF-8), through a temporary link. */
export function download(doc: Document, filename: string, mime: string, content: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('download: the document has no window');
  const name = filename.replace(UNSAFE_NAME, '-').trim() || 'download';
  const blob = new view.Blob([content], { type: mime });
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  (doc.body ?? doc.documentElement).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download before the browser has read
    // the blob; 40 s is what FileSaver.js settled on.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 40_000);
  }
}
