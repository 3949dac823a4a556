/**
 * The element side of an ElementContract (src/lib/element-contract.ts): finds the hooks, clones the
 * templates and reads the UI strings the page rendered, and names what is missing instead of failing
 * later on `null` (a page that forgot a hook fails its gates with this message, not a TypeError).
 */
import { hookSelector, type ContractHook, type ContractKey, type ContractSlot, type ContractTemplate, type ElementContract } from '../lib/element-contract';
import { readMessages, type Translate } from './messages';
import type { Problem } from '../lib/progress/problem';
import { problemWords } from './progress/problem-words';
import { MissingMarkupError } from './missing-markup';

type ElementType<E extends Element> = abstract new () => E;

export interface Markup<K extends string, H extends string, T extends string, S extends string> {
  /** The one element carrying the hook (within `root`, the element itself by default), of the given type. */
  one<E extends Element = HTMLElement>(hook: H, type?: ElementType<E>, root?: ParentNode): E;
  /** The element carrying the hook with this value (`data-sort="name"`). */
  withValue<E extends Element = HTMLElement>(hook: H, value: string, type?: ElementType<E>, root?: ParentNode): E;
  /** Every element carrying the hook (possibly none). */
  all<E extends Element = HTMLElement>(hook: H, root?: ParentNode): E[];
  /** A fresh copy of a template's single top element. */
  clone<E extends Element = HTMLElement>(template: T, type?: ElementType<E>): E;
  /** The part of a cloned template marked `data-slot`. */
  slot<E extends Element = HTMLElement>(root: ParentNode, slot: S, type?: ElementType<E>): E;
  /** The page's UI strings; throws when the page did not render its <ClientMessages> block. */
  messages(): Translate<K>;
}

/** The Markup of a contract, for functions that take it as an argument. */
export type MarkupOf<C> = Markup<ContractKey<C>, ContractHook<C>, ContractTemplate<C>, ContractSlot<C>>;

export function markup<K extends string, H extends string, T extends string, S extends string>(
  contract: ElementContract<K, H, T, S>,
  host: Element,
): Markup<K, H, T, S> {
  const templates = new Map<string, HTMLTemplateElement>();
  const fail = (what: string): never => {
    throw new MissingMarkupError(`<${contract.element}>: ${what}`);
  };
  const typed = <E extends Element>(found: Element | null, what: string, type?: ElementType<E>): E => {
    if (!found) return fail(`its markup has no ${what}`);
    if (type && !(found instanceof type)) return fail(`${what} is a <${found.localName}>, not a ${type.name}`);
    return found as E;
  };
  return {
    one: (hook, type, root = host) => typed(root.querySelector(hookSelector(hook)), hookSelector(hook), type),
    withValue: (hook, value, type, root = host) => typed(root.querySelector(hookSelector(hook, value)), hookSelector(hook, value), type),
    all: <E extends Element>(hook: H, root: ParentNode = host) => [...root.querySelectorAll<E>(hookSelector(hook))],
    clone: (template, type) => {
      const what = `<template data-template="${template}">`;
      // Looked up once: a table of 500 rows clones the same template 500 times.
      let found = templates.get(template);
      if (!found) templates.set(template, (found = typed(host.querySelector(`template[data-template="${template}"]`), what, HTMLTemplateElement)));
      const first = found.content.firstElementChild;
      return typed(first ? (first.cloneNode(true) as Element) : null, `element inside ${what}`, type);
    },
    slot: (root, slot, type) => typed(root.querySelector(`[data-slot="${slot}"]`), `[data-slot="${slot}"] in its template`, type),
    messages: () => {
      if (!document.querySelector(`script[type="application/json"][data-messages="${CSS.escape(contract.messages)}"]`)) {
        fail(`the page has no <ClientMessages name="${contract.messages}"> block`);
      }
      return readMessages<K>(contract.messages);
    },
  };
}

/**
 * The wording of refused progress data for an element whose page must render <ProblemMessages> (the progress
 * page, the cohort dashboard). Here rather than in problem-words.ts, which every page's progress store loads.
 */
export function requireProblemWords(element: string): (problem: Problem) => string {
  const words = problemWords();
  if (!words) throw new MissingMarkupError(`<${element}>: the page has no <ProblemMessages> block`);
  return words;
}
