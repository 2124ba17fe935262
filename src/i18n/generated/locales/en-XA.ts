
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`⟦Çáļļ ${0} ẋ⟧`,
'action.email': html`⟦Éɱáîļ ${0} ẋ⟧`,
'action.text': html`⟦Ţéẋţ ${0} ẋ⟧`,
'action.text-keyword': html`⟦Ţéẋţ ${0} ţö ${1} ẋŵý ⟧`,
'action.web': `⟦Ṽîšîţ ţĥé ŵéƀšîţé ẋŵý ⟧`,
'channel.languages': str`⟦Ļáñĝûáĝéš: ${0} ẋŵý⟧`,
'data.loading': `⟦Çĥéçķîñĝ ƒöŕ ûþðáţéð ļîšţîñĝš… ẋŵý ẑẋŵý ⟧`,
'hotline-list.heading': `⟦Ĝéţ ĥéļþ ⟧`,
'hotline-list.no-match': `⟦Ñö ļîšţîñĝš ɱáţçĥ ţĥéšé ţöþîçš ĥéŕé. ẋŵý ẑẋŵý ẑẋ⟧`,
'hours.always': str`⟦Öþéñ ${0} ẋ⟧`,
'source.verified': html`⟦Šöûŕçé: ${0} (${1}), ṽéŕîƒîéð ${2} ẋŵý ẑẋŵý ẑẋ⟧`,
'source.verified-only': str`⟦Ṽéŕîƒîéð ${0} ẋŵ⟧`,
    };
  