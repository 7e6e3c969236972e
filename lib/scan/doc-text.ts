/**
 * The page's document text for anchoring (lib/anchoring/dom): every passage
 * of the page, in document order, joined. Read in slices (a 1 MB page takes
 * tens of ms to walk) and kept until the page changes, so saving a selection
 * and re-anchoring saved passages share one reading.
 */
import { documentText, type DocumentText } from '../anchoring/dom';
import { passagesIn, type Passage } from './passages';
import { runSliced, type Yield, idle } from './schedule';

export class DocumentTextCache {
  private cached: Promise<DocumentText> | null = null;
  private version = 0;

  constructor(
    private readonly root: () => Element | null,
    private readonly budget = 8,
    private readonly wait: Yield = idle,
  ) {}

  /** The page changed: the next `get` reads it again. */
  invalidate(): void {
    this.version += 1;
    this.cached = null;
  }

  get(): Promise<DocumentText> {
    if (this.cached) return this.cached;
    const version = this.version;
    const reading = this.read().then((text) => {
      // Changed while we read: keep the answer for this caller, read afresh next time.
      if (this.version !== version && this.cached === reading) this.cached = null;
      return text;
    });
    this.cached = reading;
    return reading;
  }

  private async read(): Promise<DocumentText> {
    const root = this.root();
    const passages: Passage[] = [];
    if (root) {
      const walk = passagesIn(root);
      await runSliced(
        () => {
          const next = walk.next();
          if (next.done) return true;
          passages.push(next.value);
          return false;
        },
        { budget: this.budget },
        this.wait,
      );
    }
    return documentText(passages);
  }
}
