/** What an element throws when the page lacks markup it needs (a hook, a template, a strings block), naming it. */
export class MissingMarkupError extends Error {
  override name = 'MissingMarkupError';
}
