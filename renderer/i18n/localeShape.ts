/**
 * The German resources must have exactly the keys of the English ones (the source language).
 * Typing each German namespace as `LocaleShape<typeof en>` makes a missing or extra key a compile error.
 */
export type LocaleShape<T> = { [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };
