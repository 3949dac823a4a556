/**
 * A custom element's contract with the markup that hosts it: the tag, the name of the UI-strings block
 * (<ClientMessages name>), the message keys it reads, the `data-*` hooks it looks up and the <template>s
 * it clones (with the slots inside each). The page and the element both import the one definition, so a
 * renamed hook or key fails `astro check` on both sides; a hook missing from the rendered markup is named
 * by the element at run time (src/elements/markup.ts).
 */
export interface ElementContract<K extends string = string, H extends string = string, T extends string = string, S extends string = string> {
  /** The custom element's tag name, used in error messages. */
  readonly element: string;
  /** The `name` of the page's <ClientMessages> block. */
  readonly messages: string;
  readonly keys: readonly K[];
  /** Each hook is the attribute `data-<hook>`: its value, when it has one, names which (a quiz id, a sort column). */
  readonly hooks: readonly H[];
  /** Each template is `<template data-template="<name>">`; its parts carry `data-slot="<slot>"`. */
  readonly templates?: Readonly<Record<T, readonly S[]>>;
}

export function defineContract<const K extends string, const H extends string, const T extends string = never, const S extends string = never>(
  contract: ElementContract<K, H, T, S>,
): ElementContract<K, H, T, S> {
  return contract;
}

export type ContractKey<C> = C extends ElementContract<infer K, string, string, string> ? K : never;
export type ContractHook<C> = C extends ElementContract<string, infer H, string, string> ? H : never;
export type ContractTemplate<C> = C extends ElementContract<string, string, infer T, string> ? T : never;
export type ContractSlot<C> = C extends ElementContract<string, string, string, infer S> ? S : never;

/**
 * A selector of one of the contract's hooks, checked by the compiler and free at run time: code that must
 * stay small (the quiz player, loaded on every quiz and lesson) writes `'[data-live]' satisfies HookSelector<QuizHook>`.
 */
export type HookSelector<H extends string> = `[data-${H}]` | `[data-${H}="${string}"]`;

/** `data-status`: the attribute a hook is written as. */
export const hookAttribute = (hook: string): `data-${string}` => `data-${hook}`;

/** The CSS selector of a hook, optionally of one value (values are matched exactly, quotes escaped). */
export const hookSelector = (hook: string, value?: string): string =>
  value === undefined ? `[data-${hook}]` : `[data-${hook}="${value.replace(/["\\]/g, '\\$&')}"]`;

/**
 * The markup side, for an Astro page or component: `{...marks.hook('status')}`, `{...marks.hook('sort', 'name')}`,
 * `{...marks.template('learner-row')}`, `{...marks.slot('name')}`. Only names in the contract type-check.
 */
export function markers<K extends string, H extends string, T extends string, S extends string>(_contract: ElementContract<K, H, T, S>) {
  return {
    hook: (hook: H, value = ''): Record<string, string> => ({ [hookAttribute(hook)]: value }),
    template: (template: T): Record<string, string> => ({ 'data-template': template }),
    slot: (slot: S): Record<string, string> => ({ 'data-slot': slot }),
  };
}
