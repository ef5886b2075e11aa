import { sourceLabel, type ReportIndex } from './page-report';

/** The reader's name for a source id; the bare id when the report lacks the record. */
export function sourceLabelFor(index: ReportIndex, sourceId: string): string {
  const source = index.sources.get(sourceId);
  return source ? sourceLabel(source, index.naming) : sourceId;
}
