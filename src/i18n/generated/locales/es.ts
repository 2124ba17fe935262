
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
'action.web': `Visitar el sitio web`,
'channel.languages': str`Idiomas: ${0}`,
'data.loading': `Buscando listados actualizados…`,
'hotline-list.heading': `Pedir ayuda`,
'hotline-list.no-match': `Ningún servicio de esta zona coincide con estos temas.`,
'hours.always': str`Abierto ${0}`,
'source.verified': html`Fuente: ${0} (${1}), verificado el ${2}`,
'source.verified-only': str`Verificado el ${0}`,
    };
  