// One employer: stage, last face-to-face contact, contact persons to call or e-mail, the visit timeline and the
// openings. Three API calls: the employer (with its contact persons), its visits, its openings.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate, formatDateTime } from '../core/i18n.js';
import { get } from '../core/api.js';
import { problemBanner } from './forms.js';
import { rememberEmployer } from './employer-picker.js';

export class EmployerCard extends LocalizedElement {
  static properties = { employerId: { type: String, attribute: 'employer-id' }, employer: { state: true }, visits: { state: true },
    openings: { state: true }, problem: { state: true } };

  static styles = [base];

  willUpdate(changed) {
    if (changed.has('employerId')) this.load();
  }

  async load() {
    try {
      const id = this.employerId;
      const [employer, visits, openings] = await Promise.all([get(`/employers/${id}`),
        get(`/employers/${id}/visits?limit=20`), get(`/openings?employerId=${id}&limit=50`)]);
      if (id !== this.employerId) return; // another employer was opened meanwhile
      [this.employer, this.visits, this.openings] = [employer, visits, openings];
      rememberEmployer(employer);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    const e = this.employer;
    if (!e) return html`${problemBanner(this.problem)}<p class="muted">${this.problem ? '' : t('common.loading')}</p>`;
    return html`
      <h1>${e.name}</h1>
      <p><span class="badge">${label('RelationshipStage', e.stage)}</span> <span class="small muted">${t('employer.orgNumber')} ${e.orgNumber}</span></p>
      ${e.doNotContact ? html`<p class="notice">${t('employer.doNotContact')} ${e.doNotContactReason || ''}</p>` : ''}
      <p>${e.lastFaceToFaceAt ? t('employers.lastMet', { when: formatDateTime(e.lastFaceToFaceAt) }) : t('employers.neverMet')}
        · ${t('employer.contacts', { count: e.contactCount })}</p>
      ${e.address?.street ? html`<p class="small">${e.address.street}, ${e.address.postcode} ${e.address.city}</p>` : ''}
      ${e.businessNeeds ? html`<p><strong>${t('employer.needs')}:</strong> ${e.businessNeeds}</p>` : ''}
      <div class="actions">
        <a class="button primary" href="#/visit/new?employer=${e.id}">${t('employer.logVisit')}</a>
        ${e.phone ? html`<a class="button" href="tel:${e.phone}">${t('employer.call')} ${e.phone}</a>` : ''}
      </div>
      <section aria-labelledby="people"><h2 id="people">${t('employer.people')}</h2>
        ${e.contactPersons?.length ? html`<ul class="plain">${e.contactPersons.map((p) => html`
          <li class="card"><strong>${p.name}</strong>${p.role ? html` · ${p.role}` : ''}
            <div class="actions">
              ${p.phone ? html`<a class="button" href="tel:${p.phone}">${t('employer.call')} ${p.phone}</a>` : ''}
              ${p.email ? html`<a class="button" href="mailto:${p.email}">${t('employer.email')}</a>` : ''}
            </div></li>`)}</ul>` : html`<p class="muted">${t('employer.noPeople')}</p>`}
      </section>
      <section aria-labelledby="openings"><h2 id="openings">${t('employer.openings')}</h2>
        ${this.openings.items.length ? html`<ul class="plain">${this.openings.items.map((o) => html`
          <li class="card"><strong>${o.title}</strong> <span class="badge">${label('OpeningStatus', o.status)}</span>
            <p class="small">${o.occupationTitle || o.occupationCode}${o.hoursPerWeek ? html` · ${t('employer.hours', { hours: o.hoursPerWeek })}` : ''}</p></li>`)}</ul>`
          : html`<p class="muted">${t('employer.noOpenings')}</p>`}
      </section>
      <section aria-labelledby="timeline"><h2 id="timeline">${t('employer.timeline')}</h2>
        ${this.visits.items.length ? html`<ol class="plain">${this.visits.items.map((v) => html`
          <li class="card"><strong>${formatDateTime(v.startedAt)}</strong> · ${label('VisitMode', v.mode)} · ${v.specialist}
            <p class="small">${label('VisitPurpose', v.purpose)} · ${label('ContactQuality', v.quality)}</p>
            ${v.outcome ? html`<p>${v.outcome}</p>` : ''}
            ${v.nextStep ? html`<p class="small">${t('visit.nextStep')}: ${v.nextStep}${v.nextStepDue ? ` (${formatDate(v.nextStepDue)})` : ''}</p>` : ''}
          </li>`)}</ol>` : html`<p class="muted">${t('employer.noVisits')}</p>`}
      </section>`;
  }
}

customElements.define('employer-card', EmployerCard);
