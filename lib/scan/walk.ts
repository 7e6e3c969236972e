/**
 * A resumable walk over a page's text that can stop after any node, for pages
 * too big to walk in one go (a 1 MB meeting record, a page of 100,000 text
 * nodes, one block holding 20,000 inline elements).
 *
 * `passagesIn` (./passages) stops only between blocks, and a TreeWalker's
 * `nextNode()` may visit a whole block's inline subtree in one call; this
 * walk moves one node per step and yields `null` every few hundred steps so
 * the caller can look at its clock. Passages come out when their block ends
 * (inner blocks before the block around them), and a block with a huge text
 * comes out in chunks, cut after whitespace, so no single passage is too big
 * to match and mark within one slice.
 */
import { isBlock, isSkipped, type Passage } from './passages';

/** Steps between two `null` ticks. */
const TICK = 256;

export interface WalkOptions {
  /**
   * Blocks whose own text is not wanted (already annotated); the walk still
   * enters them for the blocks nested inside.
   */
  skip?: (block: Element) => boolean;
  /** Read only `root`'s own text, not the blocks nested in it. */
  ownOnly?: boolean;
  /** Cut a passage into chunks past this many characters (default 16,000). */
  maxChars?: number;
  /** ... or past this many text nodes (default 1,500). */
  maxNodes?: number;
}

/** A passage of a walk: `chunk` counts the pieces of one block's text (0 for most). */
export interface WalkedPassage extends Passage {
  chunk: number;
  /** Where this chunk starts in its block's own text (0 for the first). */
  offset: number;
}

interface Open {
  root: Element;
  ignored: boolean;
  text: string;
  nodes: Passage['nodes'];
  blank: boolean;
  chunk: number;
  offset: number;
}

const NON_SPACE = /\S/;
const ENDS_WITH_SPACE = /\s$/;

/**
 * Yields the passages under `root` (including `root`'s own text, whatever its
 * tag), and `null` every few hundred nodes. Skipped subtrees (scripts, form
 * fields, editors, our own UI) are never entered.
 */
export function* walkPassages(root: Element, options: WalkOptions = {}): Generator<WalkedPassage | null> {
  const maxChars = options.maxChars ?? 16_000;
  const maxNodes = options.maxNodes ?? 1_500;
  const stack: Open[] = [];
  const open = (el: Element) =>
    stack.push({
      root: el,
      ignored: options.skip?.(el) ?? false,
      text: '',
      nodes: [],
      blank: true,
      chunk: 0,
      offset: 0,
    });
  const emit = (o: Open): WalkedPassage | null => {
    if (o.ignored || o.nodes.length === 0) return null;
    const passage: WalkedPassage = {
      root: o.root,
      text: o.text,
      nodes: o.nodes,
      chunk: o.chunk,
      offset: o.offset,
    };
    const blank = o.blank;
    o.offset += o.text.length;
    o.text = '';
    o.nodes = [];
    o.blank = true;
    o.chunk += 1;
    return blank ? null : passage;
  };

  if (isSkipped(root)) return;
  open(root);
  let parent: Node = root;
  let cur: Node | null = root.firstChild;
  let steps = 0;
  for (;;) {
    if (++steps % TICK === 0) yield null;
    if (cur) {
      if (cur.nodeType === 3) {
        const top = stack[stack.length - 1]!;
        const text = cur as Text;
        // Step on before a chunk goes out: the caller marks it at once, and the
        // marks it inserts after this node must not be read as the next text.
        cur = cur.nextSibling;
        const data = text.data;
        if (!top.ignored && data.length > 0) {
          top.nodes.push({ node: text, start: top.text.length });
          top.text += data;
          if (top.blank && NON_SPACE.test(data)) top.blank = false;
          if ((top.text.length >= maxChars || top.nodes.length >= maxNodes) && ENDS_WITH_SPACE.test(data)) {
            const piece = emit(top);
            if (piece) yield piece;
          }
        }
        continue;
      }
      if (cur.nodeType !== 1) {
        cur = cur.nextSibling;
        continue;
      }
      const el = cur as Element;
      const block = isBlock(el);
      if (isSkipped(el) || (block && options.ownOnly)) {
        cur = el.nextSibling;
        continue;
      }
      if (block) open(el);
      if (el.firstChild) {
        parent = el;
        cur = el.firstChild;
        continue;
      }
      if (block) {
        const done = emit(stack.pop()!);
        if (done) yield done;
      }
      cur = el.nextSibling;
      continue;
    }
    // The end of `parent`'s children: leave it.
    if (parent === root) {
      const last = emit(stack.pop()!);
      if (last) yield last;
      return;
    }
    const leaving = parent as Element;
    if (stack[stack.length - 1]?.root === leaving) {
      const done = emit(stack.pop()!);
      if (done) yield done;
    }
    const up = leaving.parentNode;
    // The page moved or removed what we were in while we were paused: stop;
    // its mutation observer reports the change and it is walked again.
    if (!up || !root.contains(up)) return;
    cur = leaving.nextSibling;
    parent = up;
  }
}

/**
 * All passages of `block`'s own text (chunked), read at once, or null when it
 * has more than `maxSteps` nodes (leave it to a sliced walk).
 */
export function ownPassages(block: Element, maxSteps = Infinity): WalkedPassage[] | null {
  const out: WalkedPassage[] = [];
  let ticks = 0;
  for (const item of walkPassages(block, { ownOnly: true })) {
    if (item) out.push(item);
    else if (++ticks * TICK > maxSteps) return null;
  }
  return out;
}

/** True when the text nodes of `passage` still hold exactly its text, in place. */
export function isIntact(passage: Passage): boolean {
  for (let i = 0; i < passage.nodes.length; i++) {
    const piece = passage.nodes[i]!;
    const next = passage.nodes[i + 1]?.start ?? passage.text.length;
    if (!piece.node.isConnected || piece.node.data.length !== next - piece.start) return false;
  }
  return true;
}

/**
 * The piece of `block`'s own text at [offset, offset + length), read afresh
 * (after marks were added or removed, the text nodes are not the ones first
 * read). The passage starts at the first text node of the piece; `shift` is
 * where the piece starts within it. Null when the text there changed.
 */
export function ownWindow(
  block: Element,
  offset: number,
  text: string,
): { passage: Passage; shift: number } | null {
  const whole = walkPassages(block, { ownOnly: true, maxChars: Infinity, maxNodes: Infinity });
  let full: WalkedPassage | null = null;
  for (const item of whole) if (item) full = item;
  if (!full || full.text.slice(offset, offset + text.length) !== text) return null;
  const end = offset + text.length;
  const nodes = full.nodes.filter((piece, i) => {
    const next = full.nodes[i + 1]?.start ?? full.text.length;
    return next > offset && piece.start < end;
  });
  if (nodes.length === 0) return null;
  const base = nodes[0]!.start;
  const last = nodes[nodes.length - 1]!;
  const stop = last.start + last.node.data.length;
  return {
    passage: {
      root: block,
      text: full.text.slice(base, stop),
      nodes: nodes.map((piece) => ({ node: piece.node, start: piece.start - base })),
    },
    shift: offset - base,
  };
}
