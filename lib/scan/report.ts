/** Summarizes what an annotator found, for the side panel. */
import type { PageReport, SymbolSummary } from '../messaging/protocol';
import type { Annotator } from './annotate';

export function buildReport(
  annotator: Annotator,
  page: { url: string; title: string; lang: string },
  status: PageReport['status'],
): PageReport {
  const symbols = new Map<string, SymbolSummary>();
  for (const { findings } of annotator.passages) {
    for (const f of findings) {
      const mention = f.symbol;
      const canonical = mention?.canonical[0];
      if (!mention || !canonical) continue;
      const known = symbols.get(canonical);
      if (known) {
        known.count += 1;
        continue;
      }
      symbols.set(canonical, {
        canonical,
        kind: mention.kind,
        url: mention.url,
        count: 1,
        firstText: f.text,
      });
    }
  }
  return {
    ...page,
    documentKey: `url:${page.url.replace(/#.*$/, '')}`,
    status,
    symbols: [...symbols.values()],
    passages: [],
    saved: [],
  };
}
