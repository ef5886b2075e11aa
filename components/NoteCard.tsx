import type { AnyMatch } from '../utils/report/notes';
import type { CardProps } from './Card';
import { DateCard } from './DateCard';
import { FigureCard } from './FigureCard';
import { QuoteCard } from './QuoteCard';

/** The card for any match: what the host shows for a clicked highlight or a selected note. */
export function NoteCard(props: CardProps<AnyMatch>) {
  const { match, ...rest } = props;
  if (match.kind === 'quote') return <QuoteCard match={match} {...rest} />;
  if (match.kind === 'figure') return <FigureCard match={match} {...rest} />;
  return <DateCard match={match} {...rest} />;
}
