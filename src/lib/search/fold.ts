/** Lower case without diacritics, so `Réseaux`, `reseaux` and `RÉSEAUX` compare equal. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}
