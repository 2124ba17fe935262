/**
 * The demo's language menu: sets `<html lang>` the way a site's own language switcher does, so every element
 * follows without a reload. Lists every locale the build has (the pseudo-locale only on the development server).
 */
import { translatedLocales } from '../src/i18n/locale-loaders.js';

const select = document.querySelector<HTMLSelectElement>('#demo-locale');
if (select) {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  for (const locale of ['en', ...translatedLocales]) {
    const label = locale === 'en-XA' ? 'Pseudo-locale (en-XA)' : `${names.of(locale)} (${locale})`;
    select.add(new Option(label, locale, false, document.documentElement.lang === locale));
  }
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
}
