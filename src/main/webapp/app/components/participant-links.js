// The participants a visit was for, from the caseload, and what the employer was told about each: never more than
// that participant consented to. Fires "change" with {participantId: disclosure} for those ticked.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label } from '../core/i18n.js';

const DISCLOSURES = ['NONE', 'GENERAL', 'SPECIFIC'];

/** The disclosure levels a participant's consent allows: never more than they agreed to. */
export function allowedDisclosures(consent) {
  return DISCLOSURES.slice(0, DISCLOSURES.indexOf(consent || 'NONE') + 1);
}

export class ParticipantLinks extends LocalizedElement {
  static properties = { participants: { type: Array }, links: { type: Object } };

  static styles = [base, css`
    .linked { display: grid; grid-template-columns: 1fr; gap: 0.25rem; border-top: 1px solid var(--line); padding: 0.4rem 0; }
    .consent { font-size: 0.875rem; color: var(--muted); }
  `];

  render() {
    const links = this.links || {};
    return html`
      <fieldset>
        <legend>${t('visit.participants')}</legend>
        <p class="small muted">${t('visit.participantsHelp')}</p>
        ${(this.participants || []).map((p) => html`
          <div class="linked" data-testid="participant-${p.id}">
            <label class="check"><input type="checkbox" .checked=${p.id in links} @change=${(e) => this.link(p.id, e.target.checked)}>${p.alias}</label>
            <span class="consent">${t('visit.consent', { level: label('Disclosure', p.disclosure) })}</span>
            ${p.id in links ? html`
              <label class="visually-hidden" for="disclosure-${p.id}">${t('visit.disclosure', { alias: p.alias })}</label>
              <select id="disclosure-${p.id}" @change=${(e) => this.link(p.id, true, e.target.value)}>
                ${allowedDisclosures(p.disclosure).map((d) => html`<option value=${d} ?selected=${d === links[p.id]}>${t(`visit.disclose.${d}`)}</option>`)}
              </select>` : ''}
          </div>`)}
      </fieldset>`;
  }

  link(id, linked, disclosure = 'NONE') {
    const links = { ...this.links };
    if (linked) links[id] = disclosure; else delete links[id];
    this.links = links;
    this.dispatchEvent(new CustomEvent('change', { detail: links }));
  }
}

customElements.define('participant-links', ParticipantLinks);
