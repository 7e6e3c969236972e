/**
 * A passage's text with its UN symbols as buttons (they open the knowledge
 * base card) and its WPS terms marked. Text is rendered as text.
 */
import type { ComponentChildren } from 'preact';
import type { PassageReport } from '../../lib/messaging/protocol';
import { t } from '../shared/labels';

interface Span {
  start: number;
  end: number;
  symbol?: string;
}

export function PassageText({
  passage,
  onSymbol,
}: {
  passage: PassageReport;
  onSymbol: (symbol: string) => void;
}) {
  const spans: Span[] = [
    ...passage.symbols.map((s) => ({
      start: s.start,
      end: s.end,
      ...(s.canonical[0] ? { symbol: s.canonical[0] } : {}),
    })),
    ...passage.terms.map((m) => ({ start: m.start, end: m.end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const out: ComponentChildren[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > passage.text.length || span.end <= span.start) continue; // overlaps: first wins
    if (span.start > at) out.push(passage.text.slice(at, span.start));
    const text = passage.text.slice(span.start, span.end);
    const symbol = span.symbol;
    out.push(
      symbol ? (
        <button
          key={span.start}
          type="button"
          class="symbol-ref"
          title={t('symbolDetails', { symbol })}
          onClick={(e) => {
            e.stopPropagation();
            onSymbol(symbol);
          }}
        >
          {text}
        </button>
      ) : (
        <mark key={span.start} class="term">
          {text}
        </mark>
      ),
    );
    at = span.end;
  }
  if (at < passage.text.length) out.push(passage.text.slice(at));
  return <>{out}</>;
}
