import { adoptStyles, html } from 'lit';
import { property, state } from '../base/decorators.js';
import { msg, str } from '@lit/localize';
import { HeatElement } from '../base/heat-element.js';
import { emit } from '../base/events.js';
import { warnOnce } from '../base/warn-once.js';
import { safeExitUrl } from '../data/links.js';
import { pluralCategory } from '../i18n/plural.js';
import { pageShortcuts, type ShortcutTarget } from './page-shortcuts.js';
import { ESCAPE_PRESSES, SHIFT_PRESSES } from './shortcut-sequence.js';
import { coverStyles, quickExitStyles } from './quick-exit.styles.js';

/**
 * Where the exit goes unless the page says otherwise: the Wikipedia portal. It is among the most visited sites in
 * every country, in every language, so landing there looks ordinary (homework, a quick look-up); it shows no
 * account, search history or personalised feed that could hint at what was open before; it loads fast and carries no
 * advertising.
 */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/** The cover's own element, added to `<html>` while leaving. */
const COVER = 'heat-quick-exit-cover';
const COVER_COLOR = '--heat-quick-exit-cover-color';

// Listen from the moment the script runs, before page code that comes later can stop key events or ask "Leave site?".
pageShortcuts();
addEventListener('beforeunload', (event) => {
  // Leaving by the exit: a page listener added after this one (an unsaved form's "Leave site?") must not keep the
  // reader here. The window's own listeners run in the order they were added, so earlier ones cannot be stopped.
  if (document.querySelector(COVER)) event.stopImmediatePropagation();
});

export type ExitHistory = 'replace' | 'push';
export type ExitPosition = 'sticky' | 'fixed' | 'static';
/** `control`: the button (click, Enter or Space); `shift`, `escape`: the shortcuts; `api`: `exit()` from script. */
export type ExitTrigger = 'control' | 'shift' | 'escape' | 'api';

export interface HeatQuickExitDetail {
  /** The resolved URL the browser is about to load. */
  href: string;
  /** `replace` (the help page leaves the tab's history) or `push`. */
  history: ExitHistory;
  trigger: ExitTrigger;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A quick exit is about to happen; `preventDefault()` keeps the reader on the page. */
    'heat-quick-exit': CustomEvent<HeatQuickExitDetail>;
  }
  interface HTMLElementTagNameMap {
    'heat-quick-exit': HeatQuickExit;
  }
}

/** The tab title and the cover's name while leaving: what any page says while it loads. */
function neutralTitle(): string {
  return msg('Loading', { id: 'quick-exit.neutral-title' });
}

/** "Press Shift 2 more times to exit", with the count's plural form in the reader's language. */
function remainingMessage(remaining: number, locale: string): string {
  // Western digits in every language, like every number we show: a count is data, not text.
  const count = String(remaining);
  switch (pluralCategory(remaining, locale)) {
    case 'one':
      return msg(str`Press Shift ${count} more time to exit`, { id: 'quick-exit.remaining-one' });
    case 'two':
      return msg(str`Press Shift ${count} more times to exit`, { id: 'quick-exit.remaining-two' });
    case 'few':
      return msg(str`Press Shift ${count} more times to exit`, { id: 'quick-exit.remaining-few' });
    default:
      return msg(str`Press Shift ${count} more times to exit`, { id: 'quick-exit.remaining-other' });
  }
}

/**
 * @tag heat-quick-exit
 * @summary A safety exit: "Exit this page" hides the page at once and leaves for a neutral site. Also Shift three
 *   times from anywhere on the page, and optionally Esc twice.
 *
 * @attr href - Where to go. An `https:` URL, or a path on your own site (for example a session-clearing URL).
 *   Default `https://www.wikipedia.org/`. Without it, the `href` of a fallback link inside the element is used.
 * @attr history - `replace` (default): the help page is replaced in the tab's history, so Back does not return to
 *   it. `push`: an ordinary navigation that Back returns from.
 * @attr position - `sticky` (default: stays at the top of its container while the page scrolls), `fixed` (top
 *   corner of the window) or `static`.
 * @attr escape - Also exit on Esc pressed twice within a second. Off by default; never in text fields or while a
 *   dialog is open.
 * @attr theme - `light`, `dark` or `auto` (default: follow the reader's system setting).
 *
 * @fires heat-quick-exit - Before leaving; cancelable. `detail: { href, history, trigger }`.
 *
 * @csspart base - The wrapper around the control and the hint.
 * @csspart control - The "Exit this page" control (a link that also answers Space).
 * @csspart label - The control's text.
 * @csspart progress - The three marks that fill as Shift is pressed.
 * @csspart hint - "or press Shift 3 times", shown where a hardware keyboard is likely.
 *
 * @cssprop --heat-quick-exit-background - Control background (default: `--heat-color-danger`).
 * @cssprop --heat-quick-exit-color - Control text (default: `--heat-color-on-danger`).
 * @cssprop --heat-quick-exit-cover-color - The full-window cover shown while the browser leaves (default: the
 *   system's plain window colour, `Canvas`).
 * @cssprop --heat-quick-exit-offset - Distance from the top of the window when sticky or fixed (default `0px`),
 *   for pages with a fixed header.
 * @cssprop --heat-quick-exit-z-index - Stacking order when sticky or fixed (default `1000`).
 * @cssprop --heat-color-focus - Focus outline.
 * @cssprop --heat-color-background - Behind the hint.
 * @cssprop --heat-color-text-muted - Hint text.
 * @cssprop --heat-font-family - Font (default: the page's).
 * @cssprop --heat-font-size - Base size (default: the reader's browser setting).
 * @cssprop --heat-radius - Corner radius.
 */
export class HeatQuickExit extends HeatElement implements ShortcutTarget {
  static override styles = [HeatElement.styles, quickExitStyles];

  /** Where to go; see `DEFAULT_EXIT_URL`. */
  @property() href?: string;

  /** `replace` keeps the help page out of Back; `push` does not. */
  @property({ reflect: true }) history: ExitHistory = 'replace';

  /** How the control stays reachable on long pages. */
  @property({ reflect: true }) position: ExitPosition = 'sticky';

  /** Opt in to Esc Esc. */
  @property({ type: Boolean, reflect: true }) escape = false;

  /** Shift presses counted so far (0 when idle). */
  @state() private pressed = 0;
  @state() private announcement = '';

  /** Set while the page is covered: the title to put back, and the referrer policy and cover to take away. */
  private covered?: [title: string, ...added: Element[]];

  override connectedCallback(): void {
    super.connectedCallback();
    pageShortcuts().register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    pageShortcuts().unregister(this);
  }

  /** @internal For the page listener. */
  shortcutProgress(pressed: number, remaining: number): void {
    this.pressed = pressed;
    this.announcement = pressed > 0 ? remainingMessage(remaining, this.locale) : '';
  }

  /** The URL the exit goes to: `href`, else the fallback link's, else the default; never an unsafe scheme. */
  private get exitUrl(): string {
    const wanted = this.href?.trim() || this.querySelector('a[href]')?.getAttribute('href')?.trim() || DEFAULT_EXIT_URL;
    const safe = safeExitUrl(wanted, document.baseURI);
    if (safe) return safe;
    warnOnce(`quick-exit:${wanted}`, `heat-widgets: <heat-quick-exit> cannot go to "${wanted}": not https: or this site, or this very page.`);
    return DEFAULT_EXIT_URL;
  }

  /**
   * Leaves now: fires `heat-quick-exit`, and unless it is cancelled covers the page, sets a neutral title and asks
   * the browser to navigate. Returns false when a listener cancelled it.
   */
  exit(trigger: ExitTrigger = 'api'): boolean {
    const href = this.exitUrl;
    const push = this.history === 'push';
    if (!emit(this, 'heat-quick-exit', { href, history: push ? 'push' : 'replace', trigger }, { cancelable: true })) return false;
    this.hidePage();
    // This window's location, like the title and the cover: the document the script runs in.
    location[push ? 'assign' : 'replace'](href);
    return true;
  }

  /** Cover, title and referrer, before the first byte of the next page arrives. */
  private hidePage(): void {
    // (Shift marks left on the control are under the cover; a return from the back-forward cache clears them.)
    if (this.covered) return;
    // The cover is not in this element: whatever the page's CSS does to the element or its ancestors (display: none,
    // a hidden section), a node of its own on <html>, its styles reset in its own shadow root, is always rendered.
    const host = document.createElement(COVER);
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, [coverStyles]);
    const cover = root.appendChild(document.createElement('dialog'));
    cover.lang = this.locale;
    cover.setAttribute('aria-label', neutralTitle());
    // Nothing takes it off until the page is gone: not Esc (closedby; the cancel event where closedby is unknown),
    // not close() or requestClose() from script (shown again).
    cover.setAttribute('closedby', 'none');
    cover.oncancel = cover.onclose = (event) => {
      event.preventDefault();
      if (!cover.open) cover.showModal();
    };
    host.style.setProperty(COVER_COLOR, getComputedStyle(this).getPropertyValue(COVER_COLOR));
    this.covered = [
      document.title,
      // The destination should not learn which page the reader left (the Referer header, document.referrer).
      document.head.appendChild(Object.assign(document.createElement('meta'), { name: 'referrer', content: 'no-referrer' })),
      document.documentElement.appendChild(host),
    ];
    document.title = neutralTitle();
    // The one earlier "Leave site?" that can be taken back (order does not matter for it).
    onbeforeunload = null;
    // A modal dialog sits in the top layer (above any z-index, outside any transformed ancestor) and makes the
    // rest of the page inert, so a screen reader cannot wander behind the cover while the next page loads.
    cover.showModal();
    // The next pageshow can only be a return from the back-forward cache: the page must be usable again.
    addEventListener('pageshow', () => this.restore(), { once: true });
  }

  /** Undoes `hidePage` (the page came back from the back-forward cache). */
  private restore(): void {
    pageShortcuts().reset();
    const [title, ...added] = this.covered!;
    this.covered = undefined;
    document.title = title;
    added.forEach((node) => node.remove());
  }

  private onClick(event: MouseEvent): void {
    // Every activation leaves from this tab: Enter and clicks arrive here, with Ctrl, Meta or Shift too (a new tab or
    // window otherwise), and the middle button as auxclick (also a new tab). The right button opens the context menu.
    if (event.button == 2) return;
    event.preventDefault();
    this.exit('control');
  }

  private onKeydown(event: KeyboardEvent): void {
    // The control looks like a button, so Space works as on a button (a plain link would scroll the page instead).
    // ' ' in every browser Lit 3 runs in ('Spacebar' was Internet Explorer's and old Edge's).
    if (event.key === ' ') {
      event.preventDefault();
      if (!event.repeat) this.exit('control');
    }
  }

  protected override render() {
    const locale = this.locale;
    const presses = String(SHIFT_PRESSES);
    const hint = this.escape
      ? msg(str`or press Shift ${presses} times, or Esc ${ESCAPE_PRESSES} times`, {
          id: 'quick-exit.hint-with-escape',
        })
      : msg(str`or press Shift ${presses} times`, { id: 'quick-exit.hint' });
    // Written without whitespace between tags: Lit keeps a template's text as it is, and every byte ships.
    return html`<div class="root" part="base" dir=${this.textDirection} lang=${locale}><a class="control" part="control" href=${this.exitUrl} rel="noreferrer" aria-describedby="hint" @click=${this.onClick} @auxclick=${this.onClick} @keydown=${this.onKeydown}><span part="label">${msg('Exit this page', { id: 'quick-exit.label' })}</span>${this.pressed ? html`<span class="progress" part="progress" aria-hidden="true">${[1, 2, 3].map((n) => html`<span class="mark ${n > this.pressed ? '' : 'on'}"></span>`)}</span>` : ''}</a><span class="hint" part="hint" id="hint">${hint}</span><span class="visually-hidden" role="status">${this.announcement}</span></div>`;
  }
}
