/**
 * Finding the markup <roi-calculator> relies on (lib/calculators/roi-contract.ts: hooks and
 * templates), with an error that names what is missing instead of failing later on a null.
 */
import { hookSelector, type Hook, type RoiTemplate } from '../../../lib/calculators/roi-contract';
import { MissingMarkupError } from '../../missing-markup';

/** The error naming what the page's markup lacks. */
export const missing = (what: string) => new MissingMarkupError(`<roi-calculator>: the page's markup has no ${what}`);

/** The element carrying a hook inside root. */
export function part<E extends Element = HTMLElement>(root: ParentNode, hook: Hook): E {
  const selector = hookSelector(hook);
  const found = root.querySelector<E>(selector);
  if (!found) throw missing(selector);
  return found;
}

/** A structural child of a cloned template (its legend, its tbody…). */
export function child<E extends Element = HTMLElement>(root: ParentNode, selector: string, template: RoiTemplate): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw missing(`${selector} in template ${template}`);
  return found;
}

/** A fresh copy of the first element of a <template> found under root. */
export function fromTemplate<E extends Element = HTMLElement>(root: ParentNode, template: RoiTemplate): E {
  const selector = `template[data-template="${template}"]`;
  const source = root.querySelector<HTMLTemplateElement>(selector);
  const copy = source?.content.firstElementChild?.cloneNode(true);
  if (!(copy instanceof Element)) throw missing(`${selector} with an element inside`);
  return copy as E;
}
