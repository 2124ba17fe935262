import { defineElement } from '../base/define.js';
import { startLocalization } from '../i18n/localization.js';
import { HeatHotlineList } from './hotline-list.js';

export { HeatHotlineList };
startLocalization(import.meta.url);
defineElement('heat-hotline-list', HeatHotlineList);
