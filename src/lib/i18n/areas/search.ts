/** UI strings of the search area, French first; English typed against French so a missing key fails the type check. */
export const searchFr = {} as const;

export const searchEn: Record<keyof typeof searchFr, string> = {};
