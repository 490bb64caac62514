// Registering an employer. The organisation number is checked as it is typed; a number already registered names
// the employer that has it, with a link.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { api, get, newIdempotencyKey } from '../core/api.js';
import { go } from '../core/router.js';
import { orgNumberProblem } from '../core/org-number.js';
import { fieldError, fieldErrorsOf, problemBanner } from './forms.js';

const FIELDS = ['name', 'naceCode', 'employees', 'street', 'postcode', 'city', 'municipalityCode', 'phone', 'website'];

export class EmployerForm extends LocalizedElement {
  static properties = { form: { state: true }, errors: { state: true }, problem: { state: true }, existing: { state: true }, busy: { state: true } };

  static styles = [base];

  constructor() {
    super();
    this.form = { country: 'NO', orgNumber: '' };
    this.errors = {};
    this.key = newIdempotencyKey();
  }

  render() {
    const orgProblem = this.form.orgNumber ? orgNumberProblem(this.form.country, this.form.orgNumber) : null;
    return html`
      <h1>${t('employerForm.title')}</h1>
      <form @submit=${this.save} novalidate>
        <label for="country">${t('employerForm.country')}</label>
        <select id="country" @change=${(e) => this.set('country', e.target.value)}>
          <option value="NO" ?selected=${this.form.country === 'NO'}>${t('enum.Country.NO')}</option>
          <option value="DK" ?selected=${this.form.country === 'DK'}>${t('enum.Country.DK')}</option>
        </select>
        <label for="orgNumber">${t('employer.orgNumber')}</label>
        <input id="orgNumber" inputmode="numeric" autocomplete="off" .value=${this.form.orgNumber}
          @input=${(e) => this.set('orgNumber', e.target.value)} aria-invalid=${orgProblem ? 'true' : 'false'}
          aria-describedby="org-status error-orgNumber">
        <p id="org-status" class="small ${orgProblem ? 'error' : ''}" aria-live="polite">
          ${!this.form.orgNumber ? t('orgNumber.hint') : orgProblem ? t(orgProblem) : t('orgNumber.valid')}</p>
        ${fieldError(this.errors, 'orgNumber')}
        ${this.existing ? html`<div class="notice" role="alert" data-testid="duplicate">
          ${t('employerForm.duplicate')} <a href="#/employers/${this.existing.id}">${this.existing.name}</a></div>` : ''}
        ${FIELDS.map((field) => html`
          <label for=${field}>${t(`employerForm.${field}`)}</label>
          <input id=${field} .value=${this.form[field] || ''} @input=${(e) => this.set(field, e.target.value)}
            inputmode=${['employees', 'postcode', 'municipalityCode'].includes(field) ? 'numeric' : 'text'}
            aria-describedby="error-${field}">
          ${fieldError(this.errors, field)}`)}
        ${problemBanner(this.existing ? null : this.problem)}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${t('employerForm.save')}</button>
          <a class="button" href="#/employers">${t('common.cancel')}</a>
        </div>
      </form>`;
  }

  set(field, value) {
    this.form = { ...this.form, [field]: value };
    if (field === 'orgNumber' || field === 'country') this.existing = null;
  }

  async save(event) {
    event.preventDefault();
    const f = this.form;
    const errors = {};
    const orgProblem = orgNumberProblem(f.country, f.orgNumber);
    if (orgProblem) errors.orgNumber = t(orgProblem);
    if (!f.name?.trim()) errors.name = t('validation.required');
    if (!f.naceCode?.trim()) errors.naceCode = t('validation.required');
    this.errors = errors;
    if (Object.keys(errors).length) return;
    const address = f.street || f.postcode || f.city || f.municipalityCode
      ? { street: f.street || null, postcode: f.postcode || null, city: f.city || null, municipalityCode: f.municipalityCode || null } : null;
    const body = { country: f.country, orgNumber: f.orgNumber, name: f.name.trim(), naceCode: f.naceCode.trim(),
      employees: f.employees ? Number(f.employees) : null, address, phone: f.phone || null, website: f.website || null };
    this.busy = true;
    try {
      const reply = await api('/employers', { method: 'POST', body, key: this.key });
      go(`#/employers/${reply.data.id}`);
    } catch (e) {
      this.problem = e;
      this.errors = fieldErrorsOf(e);
      // a refused request created nothing; the corrected one is a new request
      this.key = newIdempotencyKey();
      if (e.status === 409) {
        const digits = f.orgNumber.replace(/\s/g, '');
        this.existing = (await get(`/employers?q=${digits}&includeArchived=true&limit=1`).catch(() => ({ items: [] }))).items[0] || null;
      }
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('employer-form', EmployerForm);
