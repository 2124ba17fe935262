
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
'action.tty': html`⟦ŢŢÝ ${0} ⟧`,
'action.web': `⟦Ṽîšîţ ţĥé ŵéƀšîţé ẋŵý ⟧`,
'channel.languages': str`⟦Ļáñĝûáĝéš: ${0} ẋŵý⟧`,
'channel.tty': `⟦Ƒöŕ ðéáƒ áñð ĥáŕð-öƒ-ĥéáŕîñĝ çáļļéŕš ẋŵý ẑẋŵý ẑẋ⟧`,
'csec-facts.citation': html`⟦${0}, ${1} ẋ⟧`,
'csec-facts.citation-year': html`⟦${0}, ${1}, ${2} ẋŵý⟧`,
'csec-facts.empty': `⟦Ñö ƒáçţš ɱáţçĥ ţĥîš šéļéçţîöñ. ẋŵý ẑẋŵý ⟧`,
'csec-facts.heading': `⟦Ƒáçţš áƀöûţ çĥîļð šéẋûáļ éẋþļöîţáţîöñ ẋŵý ẑẋŵý ẑẋŵ⟧`,
'csec-facts.loading': `⟦Çĥéçķîñĝ ƒöŕ ûþðáţéð ƒáçţš… ẋŵý ẑẋŵý⟧`,
'csec-facts.profile-caption': html`⟦Öƒ ţĥéšé ${0} ýöûñĝ þéöþļé ẋŵý ẑẋŵ⟧`,
'csec-facts.profile-label': `⟦Ɓáçķĝŕöûñð ẋ⟧`,
'csec-facts.profile-share': `⟦Šĥáŕé ⟧`,
'csec-facts.scope-definitions': `⟦Ŵĥáţ îţ îš ẋ⟧`,
'csec-facts.scope-local': `⟦Ļöçáļļý ⟧`,
'csec-facts.scope-national': `⟦Ñáţîöñŵîðé ẋ⟧`,
'csec-facts.scope-state': `⟦Šţáţéŵîðé ẋ⟧`,
'csec-facts.source-summary': html`⟦Šöûŕçé: ${0} ẋŵ⟧`,
'csec-facts.sources-summary': `⟦Šöûŕçéš ⟧`,
'data.loading': `⟦Çĥéçķîñĝ ƒöŕ ûþðáţéð ļîšţîñĝš… ẋŵý ẑẋŵý ⟧`,
'hotline-list.heading': `⟦Ĝéţ ĥéļþ ⟧`,
'hotline-list.no-match': `⟦Ñö ļîšţîñĝš ɱáţçĥ ţĥéšé ţöþîçš ĥéŕé. ẋŵý ẑẋŵý ẑẋ⟧`,
'hours.after-hours': html`⟦Ŵĥéñ çļöšéð, çáļļ ${0} ẋŵý ẑẋ⟧`,
'hours.always': str`⟦Öþéñ ${0} ẋ⟧`,
'hours.closed-now': `⟦Çļöšéð ñöŵ ẋ⟧`,
'hours.open-now': `⟦Ûšûáļļý öþéñ ñöŵ ẋŵý⟧`,
'quick-exit.hint': str`⟦öŕ þŕéšš Šĥîƒţ ${0} ţîɱéš ẋŵý ẑẋŵ⟧`,
'quick-exit.hint-with-escape': str`⟦öŕ þŕéšš Šĥîƒţ ${0} ţîɱéš, öŕ Éšç ${1} ţîɱéš ẋŵý ẑẋŵý ẑẋŵý ẑ⟧`,
'quick-exit.label': `⟦Éẋîţ ţĥîš þáĝé ẋŵý⟧`,
'quick-exit.neutral-title': `⟦Ļöáðîñĝ ⟧`,
'quick-exit.remaining-few': str`⟦Þŕéšš Šĥîƒţ ${0} ɱöŕé ţîɱéš ţö éẋîţ ẋŵý ẑẋŵý ẑẋ⟧`,
'quick-exit.remaining-one': str`⟦Þŕéšš Šĥîƒţ ${0} ɱöŕé ţîɱé ţö éẋîţ ẋŵý ẑẋŵý ẑẋ⟧`,
'quick-exit.remaining-other': str`⟦Þŕéšš Šĥîƒţ ${0} ɱöŕé ţîɱéš ţö éẋîţ ẋŵý ẑẋŵý ẑẋ⟧`,
'quick-exit.remaining-two': str`⟦Þŕéšš Šĥîƒţ ${0} ɱöŕé ţîɱéš ţö éẋîţ ẋŵý ẑẋŵý ẑẋ⟧`,
'source.unconfirmed': `⟦Ñöţ ýéţ çöñƒîŕɱéð ƀý áñ îñðéþéñðéñţ šöûŕçé. ẋŵý ẑẋŵý ẑẋŵý ⟧`,
'source.verified': html`⟦Šöûŕçé: ${0} (${1}), ṽéŕîƒîéð ${2} ẋŵý ẑẋŵý ẑẋ⟧`,
'source.verified-only': str`⟦Ṽéŕîƒîéð ${0} ẋŵ⟧`,
'tip-line-banner.alternative': html`⟦Åļŵáýš öþéñ: ${0} ${1} ẋŵý ⟧`,
'tip-line-banner.dismiss': `⟦Ðîšɱîšš ⟧`,
'tip-line-banner.emergency': html`⟦Îñ îɱɱéðîáţé ðáñĝéŕ? ${0} ẋŵý ẑẋŵ⟧`,
    };
  