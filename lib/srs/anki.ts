import type { DeckCard } from './deck';

/**
 * A deck as a text file Anki imports (File › Import): tab-separated, with the header lines Anki reads
 * (#separator, #html, #notetype, #deck, #columns, #tags column). Fields are plain text; one that
 * holds a quote mark, a tab or a line break is quoted, with quote marks doubled, as Anki expects.
 */
export function ankiField(text: string): string {
  const flat = text.replace(/\t/g, ' ');
  return /["\n\r]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

export function ankiDeck(options: {
  deckName: string;
  articleTitle: string;
  cards: readonly DeckCard[];
  tags: readonly string[];
}): string {
  const tags = options.tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ');
  const lines = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#deck:${options.deckName.replace(/[\t\r\n]/g, ' ')}`,
    '#columns:Front\tBack\tTags',
    '#tags column:3',
  ];
  for (const card of options.cards) {
    const quotes = card.citations.map((c) => `“${c.quote}”`).join(' ');
    const source = quotes
      ? `From “${options.articleTitle}”: ${quotes}`
      : `Not checked against “${options.articleTitle}”: imported by your teacher without a supporting sentence.`;
    const back = `${card.back}\n\n${card.explanation}\n\n${source}`;
    lines.push([ankiField(card.front), ankiField(back), tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** "newsquiz-who.txt": the file name of a deck's export. */
export function ankiFileName(deckId: string): string {
  return `newsquiz-${deckId}.anki.txt`;
}
