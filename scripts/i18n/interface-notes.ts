/**
 * What a translator needs to know about each interface text: where it appears (element and part), what each
 * placeholder shows ({0}, {1}: the `<x id="0"/>` marks, in order) and the finished English sentence. `npm run
 * i18n:extract` writes these into every `locales/<locale>.xlf` as `<note from="developer">`, with the plural
 * categories the language needs for plural texts. A unit test checks every `msg()` id has one.
 */
export const INTERFACE_NOTES: Record<string, string> = {
  'action.call': 'Button that calls a help line (<heat-hotline-list>, <tip-line-banner>). {0} = the phone number, never translated. Example: "Call 1-888-373-7888".',
  'action.tty': 'Button that calls a text telephone (TTY) number for deaf and hard-of-hearing callers. Keep "TTY" if your language uses it. {0} = the number. Example: "TTY 1-800-843-6349".',
  'action.text-keyword': 'Button that opens a text message to a help line with a keyword filled in. {0} = the keyword (sent as is, never translated), {1} = the number. Example: "Text HELLO to 233733".',
  'action.text': 'Button that opens a text message to a help line. {0} = the number or short code. Example: "Text 233733".',
  'action.web': 'Button that opens a help line\'s website, when the data gives no label of its own.',
  'action.email': 'Button that writes an e-mail to a help line. {0} = the address. Example: "Email help@example.org".',
  'hours.always': 'Under a number: the line answers at all hours. {0} = "24/7", never translated. Example: "Open 24/7".',
  'hours.open-now': 'Under a number with office hours, when its published hours say it is open now. "Usually": holidays are not known, so this must not promise. Example: "Usually open now".',
  'hours.closed-now': 'Under a number with office hours, when its published hours say it is closed now.',
  'hours.after-hours': 'Under a number with office hours: which of the same line\'s numbers to call when it is closed. {0} = that number. Example: "When closed, call (209) 966-3615".',
  'channel.tty': 'Under a TTY number: who it is for. Use the respectful term in your language. Example: "For deaf and hard-of-hearing callers".',
  'channel.languages': 'Under a number: the languages it answers in. {0} = the list of language names, already in your language. Example: "Languages: English and Spanish".',
  'hotline-list.heading': 'Default heading of the list of help lines (<heat-hotline-list>). Short, an invitation. Example: "Get help".',
  'data.loading': 'Quiet status while a partner\'s updated list loads; the bundled list stays on screen meanwhile.',
  'hotline-list.no-match': 'Shown when the chosen topics leave only the emergency line in the list.',
  'source.verified-only': 'At the end of a listing without a source (911): when it was last checked. {0} = the date, already in your language. Example: "Verified November 24, 2026".',
  'source.verified': 'At the end of a listing: where its numbers were checked and when. {0} = the source\'s title (a link, in its own language), {1} = its publisher, {2} = the date, already in your language. Example: "Source: Texas Abuse Hotline (Texas DFPS), verified November 30, 2026".',
  'source.unconfirmed': 'Under a listing, a number or a fact found only on the partner pages this project was drawn from. Plain, not alarming: the number is still the one the agency publishes.',
  'csec-facts.heading': 'Default heading of the facts panel (<csec-facts>). Use your language\'s usual, non-stigmatising term.',
  'csec-facts.loading': 'Quiet status while a partner\'s updated facts load; the bundled facts stay on screen meanwhile.',
  'csec-facts.empty': 'Shown when no fact matches the page\'s choice of scope and region.',
  'csec-facts.profile-caption': 'Caption of a table of percentages about a group of young people (<csec-facts>). {0} = how many (a number). Example: "Of these 518 young people".',
  'csec-facts.profile-label': 'Column heading of that table: what each row describes.',
  'csec-facts.profile-share': 'Column heading of that table: the percentage of the group.',
  'csec-facts.source-summary': 'Label of the disclosure that opens a fact\'s source. {0} = the publisher. Example: "Source: Polaris".',
  'csec-facts.sources-summary': 'Label of the disclosure that opens a fact\'s sources, when there are several.',
  'csec-facts.citation-year': 'A citation. {0} = the title (in its own language, often a link), {1} = the publisher, {2} = the year. Example: "Confronting Commercial Sexual Exploitation…, Institute of Medicine…, 2013".',
  'csec-facts.citation': 'A citation without a year. {0} = the title, {1} = the publisher. Example: "NPR, NPR".',
  'csec-facts.scope-definitions': 'Heading over the definitions in the facts panel. Example: "What it is".',
  'csec-facts.scope-national': 'Heading over the facts about the whole country.',
  'csec-facts.scope-state': 'Heading over the facts about the state.',
  'csec-facts.scope-local': 'Heading over the facts about the county or city.',
  'tip-line-banner.emergency': 'Line of the banner (<tip-line-banner>) before the 911 button. {0} = the button "Call 911", made from the data. Example: "In immediate danger? Call 911".',
  'tip-line-banner.alternative': 'Line of the banner beside a line that publishes no hours: a national line open at all hours. {0} = that line\'s name followed by its "Call …" button. Example: "Always open: National Human Trafficking Hotline Call 1-888-373-7888".',
  'tip-line-banner.dismiss': 'Name of the banner\'s close button (read by screen readers; the button shows an ×).',
  'quick-exit.neutral-title': 'The page\'s title while the quick exit leaves the page: a word that gives nothing away. Example: "Loading".',
  'quick-exit.remaining-one': 'Announced after each Shift press on the way to the quick exit (<heat-quick-exit>). {0} = how many more presses (a number). This form is used for the plural category "one". Example: "Press Shift 1 more time to exit".',
  'quick-exit.remaining-two': 'As "Press Shift {0} more time to exit", for the plural category "two". {0} = how many more presses. Example: "Press Shift 2 more times to exit" (English uses "other" for 2).',
  'quick-exit.remaining-few': 'As "Press Shift {0} more time to exit", for the plural category "few". {0} = how many more presses. Example: "Press Shift 3 more times to exit".',
  'quick-exit.remaining-other': 'As "Press Shift {0} more time to exit", for the plural category "other" (and "zero" and "many", where your language has them). {0} = how many more presses. Example: "Press Shift 2 more times to exit".',
  'quick-exit.hint-with-escape': 'Small hint beside the "Exit this page" control, when Esc is enabled too. {0} = Shift presses, {1} = Esc presses (numbers). Example: "or press Shift 3 times, or Esc 2 times".',
  'quick-exit.hint': 'Small hint beside the "Exit this page" control. {0} = Shift presses (a number). Example: "or press Shift 3 times".',
  'quick-exit.label': 'The quick exit control\'s visible label, and its whole accessible name. Short and plain. Example: "Exit this page".',
  'picker.where': 'Label of the first choice above a list of help lines that lets the reader choose (<heat-hotline-list picker>): the state they are in. A question, plain and warm. Example: "Where are you?".',
  'picker.anywhere': 'First option of "Where are you?": no state, only the national lines. Short: it must fit a narrow phone screen. Example: "Anywhere in the US".',
  'picker.county': 'Label of the second choice, shown for a state whose counties we list (today California): the county. Example: "County".',
  'picker.all-of-state': 'First option of the county choice: the whole state, no county. {0} = the state\'s name, already in your language. Example: "All of California".',
  'picker.needs': 'Heading (legend) over the reader\'s needs, a set of checkboxes; none checked shows every line. A question, plain. Example: "What do you need help with?".',
  'picker.need-report': 'A need (checkbox): reporting that a child is abused, neglected or sexually exploited. Plain words, no legal terms. Example: "Reporting abuse or exploitation of a child".',
  'picker.need-trafficking': 'A need (checkbox): human trafficking (forced labour or sex trafficking), for any age. Example: "Human trafficking".',
  'picker.need-missing-child': 'A need (checkbox): a child who is missing. Example: "A missing child".',
  'picker.need-crisis': 'A need (checkbox): a mental health crisis or thoughts of suicide. Use the gentle, usual wording of crisis lines in your language. Example: "A crisis or thoughts of suicide".',
  'picker.need-assault': 'A need (checkbox): sexual assault or violence at home (domestic violence). Example: "Sexual assault or domestic violence".',
  'picker.only-emergency': 'Shown and announced when the reader\'s needs leave only the emergency line (911) in the list, beside the button "Show all needs". Plain, not alarming. {0} = the place, already in your language. Example: "Only emergency help matches these needs in Texas.".',
  'picker.show-all': 'Button beside that message: unchecks every need, so the list shows every line again. Example: "Show all needs".',
  'picker.place-us': 'The place in "Showing {0} lines for {1}" when the reader chose no state: the whole country, as it reads after "for". Example: "the United States".',
  'picker.showing-one': 'Announced (a polite status, also visible) once the list shows the reader\'s choice. {0} = how many lines (a number), {1} = the place (a state or county name, or "the United States"), already in your language. This form is used for the plural category "one". Example: "Showing 1 line for Texas".',
  'picker.showing-two': 'As "Showing {0} line for {1}", for the plural category "two". Example: "Showing 2 lines for Texas" (English uses "other" for 2).',
  'picker.showing-few': 'As "Showing {0} line for {1}", for the plural category "few". Example: "Showing 3 lines for Texas".',
  'picker.showing-other': 'As "Showing {0} line for {1}", for the plural category "other" (and "zero" and "many", where your language has them). {0} = how many lines, {1} = the place. Example: "Showing 7 lines for Texas".',
};

/** CLDR's plural categories, in CLDR's order. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The interface text that shows a count of plural category `category`: the code has a text for "one", "two" and
 * "few", and the "other" text serves every other category ("zero", "many", "other"), as in `remainingMessage`.
 */
export const pluralUnit = (category: string): 'one' | 'two' | 'few' | 'other' =>
  category === 'one' || category === 'two' || category === 'few' ? category : 'other';

export interface PluralSamples {
  category: string;
  /** The first whole numbers (0 to 1000) Intl.PluralRules puts in the category, at most `count` of them. */
  whole: number[];
  /** True when there are more whole numbers in it than `whole` lists. */
  more: boolean;
  /** For a category that holds no whole number up to 1000: true when it holds a million (French "many"). */
  million?: boolean;
  /** For a category that holds no whole number up to 1000 nor a million (only fractions), one fraction it holds. */
  fraction?: number;
}

/** Per plural category `locale` uses (CLDR, through Intl.PluralRules, as browsers apply it), sample numbers. */
export function pluralSamples(locale: string, count = 5): PluralSamples[] {
  const rules = new Intl.PluralRules(locale);
  const used = rules.resolvedOptions().pluralCategories as string[];
  const samples = CATEGORIES.filter((c) => used.includes(c)).map((category): PluralSamples => ({ category, whole: [], more: false }));
  const of = (category: string) => samples.find((s) => s.category === category)!;
  for (let n = 0; n <= 1000; n++) {
    const sample = of(rules.select(n));
    if (sample.whole.length < count) sample.whole.push(n);
    else sample.more = true;
  }
  for (const sample of samples.filter((s) => !s.whole.length)) {
    if (rules.select(1e6) === sample.category) sample.million = true;
    // 1.5 first: the fraction most readers think of; then 0.1, 0.2, …
    else for (const tenths of [15, ...Array.from({ length: 999 }, (_, i) => i + 1)]) {
      if (tenths % 10 && rules.select(tenths / 10) === sample.category) {
        sample.fraction = tenths / 10;
        break;
      }
    }
  }
  return samples;
}

const quoted = (words: string[]) => {
  const list = words.map((w) => `"${w}"`);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0];
};

/**
 * For a plural text (`unit`: the "one", "two", "few" or "other" text): the categories `locale` uses, each with the
 * first whole numbers in it, said plainly not to be singular and plural, and which categories this text serves.
 */
export function pluralNote(locale: string, unit: 'one' | 'two' | 'few' | 'other'): string {
  const samples = pluralSamples(locale);
  const list = samples
    .map(({ category, whole, more, million, fraction }) =>
      whole.length
        ? `"${category}": ${whole.join(', ')}${more ? ', …' : ''}`
        : million
          ? `"${category}": only very large round numbers (a million, …), never a count here`
          : `"${category}": fractions only (such as ${fraction}), never a count here`,
    )
    .join('; ');
  const served = samples.map((s) => s.category).filter((c) => pluralUnit(c) === unit);
  const use = served.length
    ? `Write this text for the numbers of ${quoted(served)}.`
    : `Your language has no "${unit}": this text is never shown in it; copy your "other" wording into it.`;
  return (
    `Plural categories of your language (${locale}, from CLDR, as browsers apply them), each with the first whole numbers in it: ${list}. ` +
    'The names are labels, not simply singular and plural: a category holds exactly such numbers, whatever its name (in some languages "one" holds 0, 2 or 21). ' +
    `The count is always a whole number. ${use}`
  );
}
