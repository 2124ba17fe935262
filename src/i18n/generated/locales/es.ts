
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`Llamar al ${0}`,
'action.email': html`Escribir a ${0}`,
'action.text': html`Enviar un mensaje de texto al ${0}`,
'action.text-keyword': html`Enviar ${0} por mensaje de texto al ${1}`,
'action.tty': html`TTY ${0}`,
'action.web': `Visitar el sitio web`,
'channel.languages': str`Idiomas: ${0}`,
'channel.tty': `Para personas sordas o con dificultades auditivas`,
'csec-facts.citation': html`${0}, ${1}`,
'csec-facts.citation-year': html`${0}, ${1}, ${2}`,
'csec-facts.empty': `Ningún dato coincide con esta selección.`,
'csec-facts.heading': `Datos sobre la explotación sexual infantil`,
'csec-facts.loading': `Buscando datos actualizados…`,
'csec-facts.profile-caption': html`De estos ${0} jóvenes`,
'csec-facts.profile-label': `Antecedentes`,
'csec-facts.profile-share': `Porcentaje`,
'csec-facts.scope-definitions': `Qué es`,
'csec-facts.scope-local': `A nivel local`,
'csec-facts.scope-national': `En todo el país`,
'csec-facts.scope-state': `En el estado`,
'csec-facts.source-summary': html`Fuente: ${0}`,
'csec-facts.sources-summary': `Fuentes`,
'data.loading': `Buscando listados actualizados…`,
'hotline-list.heading': `Pedir ayuda`,
'hotline-list.no-match': `Ningún servicio de esta zona coincide con estos temas.`,
'hours.after-hours': html`Si está cerrado, llame al ${0}`,
'hours.always': str`Abierto ${0}`,
'hours.closed-now': `Cerrado ahora`,
'hours.open-now': `Normalmente abierto a esta hora`,
'quick-exit.hint': str`o pulse Shift ${0} veces`,
'quick-exit.hint-with-escape': str`o pulse Shift ${0} veces, o Esc ${1} veces`,
'quick-exit.label': `Salir de esta página`,
'quick-exit.neutral-title': `Cargando`,
'quick-exit.remaining-few': str`Pulse Shift ${0} veces más para salir`,
'quick-exit.remaining-one': str`Pulse Shift ${0} vez más para salir`,
'quick-exit.remaining-other': str`Pulse Shift ${0} veces más para salir`,
'quick-exit.remaining-two': str`Pulse Shift ${0} veces más para salir`,
'source.unconfirmed': `Aún no confirmado por una fuente independiente.`,
'source.verified': html`Fuente: ${0} (${1}), verificado el ${2}`,
'source.verified-only': str`Verificado el ${0}`,
'tip-line-banner.alternative': html`Siempre disponible: ${0} ${1}`,
'tip-line-banner.dismiss': `Cerrar`,
'tip-line-banner.emergency': html`¿En peligro inmediato? ${0}`,
    };
  