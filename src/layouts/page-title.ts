/** The `<title>` of a page: browser tabs and search results cut titles near 70 characters, so the site name is added only when it fits. */
export function pageTitle(title: string, siteName: string): string {
  const suffixed = `${title} · ${siteName}`;
  return title === siteName || suffixed.length > 70 ? title : suffixed;
}
