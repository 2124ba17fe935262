export const ELEMENT_ENTRIES: readonly (readonly [folder: string, tag: string])[];
