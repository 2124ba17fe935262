import { defineElement } from '../base/define.js';
import { startLocalization } from '../i18n/localization.js';
import { CsecFacts } from './csec-facts.js';

export { CsecFacts };
startLocalization(import.meta.url);
defineElement('csec-facts', CsecFacts);
