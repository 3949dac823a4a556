/** Reads the UI strings a page handed over with <ClientMessages name keys> and fills their {placeholders}. */
export type Translate<K extends string> = (key: K, vars?: Readonly<Record<string, string | number>>) => string;

export function readMessages<K extends string>(name: string): Translate<K> {
  const block = document.querySelector(`script[type="application/json"][data-messages="${CSS.escape(name)}"]`);
  let messages: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(block?.textContent ?? '{}');
    if (parsed !== null && typeof parsed === 'object') messages = parsed as Record<string, unknown>;
  } catch {
    // A page without its block still works: keys show instead of text, which a test would catch.
  }
  return (key, vars = {}) => {
    const template = messages[key];
    const text = typeof template === 'string' ? template : key;
    return text.replace(/\{(\w+)\}/g, (whole, placeholder: string) =>
      Object.hasOwn(vars, placeholder) ? String(vars[placeholder]) : whole,
    );
  };
}

/** The page's locale for Intl (set on <html lang> by the layout). */
export const pageLocale = (): string => document.documentElement.lang || 'fr-FR';
