import type { Inline } from '../../model/document';
import { isRemovedIn, type View } from '../../model/views';
import type { WordInline } from './wordBody';

/**
 * The text inlines show in one view (Accept All or Reject All of their tracked changes), as
 * written: text and annotated term text; notes, objects and un-annotated terms add nothing.
 */
export function viewText(inlines: readonly (Inline | WordInline)[], view: View): string {
  let out = '';
  for (const inline of inlines) {
    if (isRemovedIn(view, inline.origin)) continue;
    if (inline.type === 'text') out += inline.text;
    else if (inline.type === 'term' && inline.text) out += inline.text;
  }
  return out;
}

/** Whether any piece of the inlines is there in the view. */
export function showsIn(inlines: readonly (Inline | WordInline)[], view: View): boolean {
  return inlines.some((inline) => !isRemovedIn(view, inline.origin));
}
