/** Builds provisions whose paragraph numbers come from the CRSV paragraph dataset. */
import type { Provision } from '../../types';
import { crsvParagraph } from '../sources';

/** `op(symbol)(3, summary, themes)` is operative paragraph 3 of that resolution. */
export function crsvProvisions(symbol: string) {
  return (n: number | string, summary: string, themes: Provision['themes']): Provision => {
    const paragraph = `OP${n}`;
    return { paragraph, summary, themes, cites: [crsvParagraph(symbol, paragraph)] };
  };
}
