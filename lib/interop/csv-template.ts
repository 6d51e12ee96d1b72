/**
 * The columns a spreadsheet of questions may have, and a file to start from (the authoring screen
 * offers it for download without loading the CSV reader; lib/interop/csv.ts reads it).
 */

export const CSV_COLUMNS = ['type', 'question', 'answer', 'options', 'accept', 'explanation', 'evidence', 'id'];

export const CSV_TEMPLATE = [
  CSV_COLUMNS.join(','),
  'single,Who did Kim Jong Un meet?,Vladimir Putin,Vladimir Putin | Xi Jinping | Joe Biden | Fumio Kishida,,The article names Putin.,,',
  'truefalse,Kim Jong Un travelled to Russia by plane.,false,,,He came by private train.,,',
  'typed,Where in Russia did Kim arrive?,the Russian Far East,,Far East | Russian Far East,,,',
  'multiple,Which countries are named?,Russia | Japan,Russia | Japan | France | Brazil | India,,,,',
  'ordering,"Put these in the order they happened.",Missiles launched | Kim arrived | Summit held,,,,,',
  '',
].join('\n');
