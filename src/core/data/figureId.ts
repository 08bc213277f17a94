/** Lower-case, hyphen-separated id part: 'Burma (Myanmar)' → 'burma-myanmar'. */
export function idPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
