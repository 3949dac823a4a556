/** UI strings of the calculators area, French first; English typed against French so a missing key fails the type check. */
export const calculatorsFr = {} as const;

export const calculatorsEn: Record<keyof typeof calculatorsFr, string> = {};
