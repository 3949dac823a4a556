/** Checks that a page carries every hook and template its element's contract lists (src/lib/element-contract.ts). */
import { expect, type Page } from '@playwright/test';
import { hookSelector, type ElementContract } from '../../../src/lib/element-contract';

export async function expectContractMarkup(page: Page, contract: ElementContract): Promise<void> {
  const scope = page.locator(contract.element);
  // A hook the element reads only later (after files load, on import) would otherwise fail late, for a user.
  const missing: string[] = [];
  for (const hook of contract.hooks) {
    const own = await scope.evaluate((el, selector) => el.matches(selector), hookSelector(hook));
    if (!own && (await scope.locator(hookSelector(hook)).count()) === 0) missing.push(hookSelector(hook));
  }
  for (const name of Object.keys(contract.templates ?? {})) {
    if ((await scope.locator(`template[data-template="${name}"]`).count()) === 0) missing.push(`template ${name}`);
  }
  expect(missing, `<${contract.element}>: hooks and templates missing from the page`).toEqual([]);
  await expect(page.locator(`script[type="application/json"][data-messages="${contract.messages}"]`)).toHaveCount(1);
}
