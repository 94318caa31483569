/** [PLAN1] Key principles are typed one per line; blank lines and surrounding spaces are not principles. */
export function principlesFromText(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function principlesToText(principles: readonly string[]): string {
  return principles.join('\n');
}
