import type { AdaptiveCard } from './AdaptiveCard';
import type { AnswerView } from './AnswerView';
import { renderAnswerView } from './renderAnswerView';
import { longestLabel, longestText, shrinkAnswerView } from './shrinkAnswerView';
import { truncateText } from './truncateText';

/** Teams' Adaptive Card payload budget, in UTF-8 bytes of the card JSON. */
export const MAX_CARD_BYTES = 28 * 1024;

/** UTF-8 size of `JSON.stringify(card)`. */
export function cardBytes(card: unknown): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Shortest length statements and snippets are truncated to before snippets start being dropped. */
const MIN_TEXT_CHARS = 120;
/** Titles and headings are truncated to this length before statements start being dropped… */
const SHORT_LABEL_CHARS = 60;
/** …and to this length before links start being dropped. */
const MIN_LABEL_CHARS = 24;

interface Step {
  range(view: AnswerView): [number, number];
  apply(view: AnswerView, knob: number): AnswerView;
}

/** The budget ladder, mildest first; each step keeps the previous steps' most aggressive setting. */
const STEPS: Step[] = [
  {
    range: (v) => [Math.min(MIN_TEXT_CHARS, longestText(v)), longestText(v)],
    apply: shrinkAnswerView.capTexts,
  },
  { range: (v) => [0, v.sources.length], apply: shrinkAnswerView.keepSnippets },
  { range: (v) => labelRange(v, SHORT_LABEL_CHARS), apply: shrinkAnswerView.capLabels },
  { range: (v) => [0, v.statements.length], apply: shrinkAnswerView.keepStatements },
  { range: (v) => labelRange(v, MIN_LABEL_CHARS), apply: shrinkAnswerView.capLabels },
  { range: (v) => [0, v.sources.length], apply: shrinkAnswerView.keepLinks },
  { range: () => [0, MAX_CARD_BYTES], apply: shrinkAnswerView.compactSources },
];

/**
 * Renders `view` and, when the card exceeds `maxBytes`, shrinks it step by step until it fits:
 * 1. truncate the longest statements and snippets (down to 120 chars, ending with "…");
 * 2. drop snippets, last source first;
 * 3. truncate source titles and headings (down to 60 chars);
 * 4. drop trailing statements (the card then says "Answer shortened; open the sources for the full text.");
 * 5. truncate source titles and headings further (down to 24 chars);
 * 6. drop source links, last source first;
 * 7. list the sources as one line of citation numbers.
 * Each step binary-searches the mildest setting that fits. Every citation number stays listed through
 * step 7 (unless there are thousands); as a last resort the card keeps only the question and the
 * shortened note. Always returns a card of at most `maxBytes` (for `maxBytes` >= ~1 KB).
 */
export function fitToBudget(
  view: AnswerView,
  render: (view: AnswerView) => AdaptiveCard = renderAnswerView,
  maxBytes: number = MAX_CARD_BYTES,
): AdaptiveCard {
  const attempt = (v: AnswerView): AdaptiveCard | undefined => {
    const card = render(v);
    return cardBytes(card) <= maxBytes ? card : undefined;
  };
  const whole = attempt(view);
  if (whole) return whole;
  let current = view;
  for (const step of STEPS) {
    const [lo, hi] = step.range(current);
    const found = largestFitting(lo, hi, (knob) => attempt(step.apply(current, knob)));
    if (found) return found;
    current = step.apply(current, lo);
  }
  return render({
    ...current,
    question: truncateText(current.question, 100),
    statements: [],
    sources: [],
    footnote: '',
    shortened: true,
  });
}

function labelRange(view: AnswerView, min: number): [number, number] {
  const longest = longestLabel(view);
  return [Math.min(min, longest), longest];
}

/** Binary search for the largest knob in [lo, hi] whose attempt succeeds, assuming success is monotone. */
function largestFitting(
  lo: number,
  hi: number,
  attempt: (knob: number) => AdaptiveCard | undefined,
): AdaptiveCard | undefined {
  let best = lo <= hi ? attempt(lo) : undefined;
  if (!best) return undefined;
  let low = lo + 1;
  let high = hi;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const card = attempt(mid);
    if (card) {
      best = card;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return best;
}
