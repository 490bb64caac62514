// Messages and formats in the user's language: Norwegian bokmål by default, Danish and English too. The browser's
// language picks one on first use and the switch in the header changes it. Every user-facing string lives in
// /app/messages/<lang>.json; enum values from the API are labels under "enum.<Type>.<VALUE>".
export const LANGUAGES = ['nb', 'da', 'en'];
const KEY = 'outreach.lang';
const LOCALES = { nb: 'nb-NO', da: 'da-DK', en: 'en-GB' };
const listeners = new Set();

export function pickLanguage(stored, preferred) {
  if (LANGUAGES.includes(stored)) return stored;
  for (const tag of preferred || []) {
    const base = tag.toLowerCase().split('-')[0];
    if (['nb', 'no', 'nn'].includes(base)) return 'nb';
    if (base === 'da') return 'da';
    if (base === 'en') return 'en';
  }
  return 'nb';
}

/** Fills {name} placeholders; a missing key shows as the key itself, which the browser tests look for. */
export function interpolate(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export const i18n = {
  lang: pickLanguage(localStorage.getItem(KEY), navigator.languages),
  messages: {},

  async load(lang = this.lang) {
    const response = await fetch(new URL(`../messages/${lang}.json`, import.meta.url));
    this.messages = await response.json();
    this.lang = lang;
    document.documentElement.lang = lang;
  },

  async use(lang) {
    localStorage.setItem(KEY, lang);
    await this.load(lang);
    listeners.forEach((listener) => listener(lang));
  },

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  get locale() {
    return LOCALES[this.lang];
  },
};

/** The message for a key; with a numeric {count}, the plural form "key.one" or "key.other" when there is one. */
export function t(key, values) {
  let template = i18n.messages[key];
  if (values && typeof values.count === 'number') {
    const form = new Intl.PluralRules(i18n.locale).select(values.count);
    template = i18n.messages[`${key}.${form}`] ?? i18n.messages[`${key}.other`] ?? template;
    values = { ...values, count: formatNumber(values.count) };
  }
  return template === undefined ? key : interpolate(template, values);
}

/** The label of an enum value from the API, e.g. label('VisitMode', 'IN_PERSON'). */
export function label(type, value) {
  return value == null ? '' : t(`enum.${type}.${value}`);
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** A local date (YYYY-MM-DD) as the user reads it: "fre. 4. des." or with the year. */
export function formatDate(text, style = 'short') {
  if (!text) return '';
  const [y, m, d] = text.split('-').map(Number);
  const options = style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long' }
    : style === 'year' ? { day: 'numeric', month: 'short', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(i18n.locale, options).format(new Date(y, m - 1, d));
}

/** An instant (ISO timestamp) as a local date and time. */
export function formatDateTime(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(i18n.locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(new Date(instant));
}

/** A local time (HH:MM[:SS]) in the locale's clock. */
export function formatTime(text) {
  if (!text) return '';
  const [h, m] = text.split(':').map(Number);
  return new Intl.DateTimeFormat(i18n.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(2000, 0, 1, h, m));
}
