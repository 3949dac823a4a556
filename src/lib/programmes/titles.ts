/** Page titles of at most 70 characters (tabs and search results cut longer ones). */
export const MAX_TITLE = 70;

/** "Title · View", the title shortened with an ellipsis when the whole would be too long. */
export function viewTitle(title: string, view: string): string {
  const suffix = ` · ${view}`;
  const room = MAX_TITLE - suffix.length;
  const chars = [...title];
  return `${chars.length <= room ? title : `${chars.slice(0, room - 1).join('').trimEnd()}…`}${suffix}`;
}
