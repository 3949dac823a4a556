/** UI strings of the learning area, French first; English typed against French so a missing key fails the type check. */
export const learningFr = {} as const;

export const learningEn: Record<keyof typeof learningFr, string> = {};
