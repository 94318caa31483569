/**
 * The board-kind tag to show beside a board's title, or null when the title already says it: a key-learning board
 * titled "Key learning" is not tagged "Key learning" again. Case, spaces and a trailing full stop do not count.
 */
export function boardKindTag(title: string, kindLabel: string): string | null {
  const plain = (text: string) => text.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLocaleLowerCase();
  return plain(title) === plain(kindLabel) ? null : kindLabel;
}
