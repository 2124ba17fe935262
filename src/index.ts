/**
 * The embed entry: registers every heat-widgets element and starts localization.
 * `<script type="module" src=".../heat-widgets.js">` or the classic `heat-widgets.iife.js`.
 */
import { msg } from '@lit/localize';
// lit-localize's own hook for its configured `msg`; not in its index, so imported from its module.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { defineElement } from './base/define.js';
import { startLocalization } from './i18n/localization.js';
import { HeatHotlineList } from './hotline-list/hotline-list.js';
import { HeatQuickExit } from './quick-exit/quick-exit.js';
import { CsecFacts } from './csec-facts/csec-facts.js';
import { TipLineBanner } from './tip-line-banner/tip-line-banner.js';

export { setHeatLocale } from './i18n/localization.js';
export { HeatHotlineList, CsecFacts, TipLineBanner };
export { HeatQuickExit };

// `import.meta.url` finds our own <script> tag (for its data-heat-locale); the classic build uses currentScript.
const localization = startLocalization(import.meta.url);
// Per-element scripts arrived first and their core owns lit-localize on this page: the elements this script registers
// translate through the owner's `msg`, or they would stay English whatever the page's language. Only the owner of
// this same release: another release's translations could fill this one's messages wrongly; English is safer.
const owner = ['heat-hotline-list', 'tip-line-banner', 'csec-facts', 'heat-quick-exit']
  .map((tag) => customElements.get(tag) as { version?: string } | undefined)
  .find(Boolean);
if (localization.msg && localization.msg !== msg && owner?.version === HeatHotlineList.version) _installMsgImplementation(localization.msg);

defineElement('heat-hotline-list', HeatHotlineList);
defineElement('heat-quick-exit', HeatQuickExit);
defineElement('csec-facts', CsecFacts);
defineElement('tip-line-banner', TipLineBanner);
