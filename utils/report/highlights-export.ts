/**
 * A page's highlights as the annotator hands them to the popup for download: the Web Annotation
 * JSON-LD of the report it shows, over the very text the engine was given (so every position
 * selector is the engine's), with the corpus records the bodies name.
 */
import type { AnnotationExport } from '../messaging/protocol';
import { annotationsForPage, serializeAnnotations } from '../storage/web-annotation';
import type { PageReport } from './page-report';

export interface ShownPage {
  url: string;
  title: string;
  /** The page text the report's offsets refer to. */
  text: string;
  report: PageReport;
}

export function highlightsExport(page: ShownPage | null, created: string): AnnotationExport {
  if (!page) return { json: '', count: 0 };
  const { report } = page;
  const collection = annotationsForPage({
    pageUrl: page.url,
    pageText: page.text,
    quotes: report.quotes,
    figures: report.figures,
    corpus: { utterances: report.records.utterances, figures: report.records.figures },
    created,
    title: page.title,
  });
  return { json: serializeAnnotations(collection), count: collection.total };
}
