import { defineMessages } from '..';

/** Strings every area uses. */
export const common = defineMessages({
  appName: {
    en: '1325 Lens',
    fr: '1325 Lens',
    es: '1325 Lens',
    ru: '1325 Lens',
    ar: '1325 Lens',
    zh: '1325 Lens',
  },
});
