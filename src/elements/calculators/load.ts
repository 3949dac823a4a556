/**
 * Loads one calculator's code when it comes near the viewport (lessons may embed several). Once the
 * code has run, every calculator of that kind carries `data-ready`: its figures are then the live
 * ones (before, they are the worked example computed at build time).
 */
import { loadWhenNear } from '../load-when-near';

export function loadCalculator(tag: string, load: () => Promise<unknown>): void {
  loadWhenNear(tag, () => load().then(() => document.querySelectorAll(tag).forEach((element) => element.setAttribute('data-ready', ''))));
}
