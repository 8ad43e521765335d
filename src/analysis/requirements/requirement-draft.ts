import type { Priority, RequirementKind } from '../../domain/index.js';

/** A requirement before deduplication, ranking and ids. */
export interface RequirementDraft {
  text: string;
  kind: RequirementKind;
  priority: Priority;
  keywords: string[];
  minYears?: number;
  /** Position in the text, for ordering by appearance. */
  order: number;
  /** Which item (list entry or sentence) of the job it came from; clauses of one item share it. */
  itemNumber: number;
  /** Where the draft came from, used only when two drafts say the same thing. */
  section: string;
}
