
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.call': html`Call ${0}`,
'action.text-keyword': html`Text ${0} to ${1}`,
'action.text': html`Text ${0}`,
'action.web': `Visit the website`,
'action.email': html`Email ${0}`,
'hours.always': `Open 24/7`,
'channel.languages': str`Languages: ${0}`,
'hotline-list.heading': `Get help`,
'data.loading': `Checking for updated listings…`,
'hotline-list.no-match': `No listings match these topics here.`,
'source.verified-only': str`Verified ${0}`,
'source.verified': html`Source: ${0}, verified ${1}`,
    };
  