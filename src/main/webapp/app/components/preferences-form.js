// Editing a participant's job preferences: occupations in priority order (the ISCO-08 picker), hours, shifts, travel
// and strengths. Saved with If-Match; a colleague's change in between is shown, field by field, before anything is
// overwritten. Fires "saved" or "cancel".
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label } from '../core/i18n.js';
import { api } from '../core/api.js';
import { fieldError, fieldErrorsOf, problemBanner } from './forms.js';
import './occupation-picker.js';
import './stale-notice.js';

const SHIFTS = ['DAY', 'EVENING', 'NIGHT', 'WEEKEND'];

export class PreferencesForm extends LocalizedElement {
  static properties = { participant: { type: Object }, etag: { type: String }, form: { state: true }, errors: { state: true },
    problem: { state: true }, stale: { state: true } };

  static styles = [base];

  willUpdate(changed) {
    if (changed.has('participant')) this.edit(this.participant);
  }

  edit(participant) {
    const prefs = participant.preferences || {};
    this.form = { ...prefs, occupations: [...(prefs.occupations || [])], shifts: [...(prefs.shifts || [])] };
    this.errors = {};
    this.problem = null;
    this.stale = null;
  }

  render() {
    const f = this.form;
    const number = (field, min, max) => html`
      <input id=${field} type="number" inputmode="decimal" min=${min} max=${max} .value=${f[field] == null ? '' : String(f[field])}
        @input=${(e) => { this.form = { ...this.form, [field]: e.target.value === '' ? null : Number(e.target.value) }; }}
        aria-describedby="error-${field}">${fieldError(this.errors, field)}`;
    return html`
      <form class="card" @submit=${this.save} novalidate aria-labelledby="prefs-edit-title">
        <h2 id="prefs-edit-title">${t('preferences.title')}</h2>
        <occupation-picker .codes=${f.occupations} @change=${(e) => { this.form = { ...this.form, occupations: e.detail }; }}></occupation-picker>
        ${fieldError(this.errors, 'occupations')}
        <div class="row">
          <div><label for="hoursMin">${t('preferences.hoursMin')}</label>${number('hoursMin', 0, 60)}</div>
          <div><label for="hoursMax">${t('preferences.hoursMax')}</label>${number('hoursMax', 0, 60)}</div>
        </div>
        <fieldset><legend>${t('preferences.shifts')}</legend>
          ${SHIFTS.map((s) => html`<label class="check"><input type="checkbox" .checked=${f.shifts.includes(s)}
            @change=${(e) => { this.form = { ...this.form, shifts: e.target.checked ? [...this.form.shifts, s] : this.form.shifts.filter((x) => x !== s) }; }}>
            ${label('Shift', s)}</label>`)}
        </fieldset>
        <label for="maxTravelMinutes">${t('preferences.maxTravel')}</label>${number('maxTravelMinutes', 0, 240)}
        <label for="strengths">${t('preferences.strengths')}</label>
        <textarea id="strengths" maxlength="1000" .value=${f.strengths || ''} @input=${(e) => { this.form = { ...this.form, strengths: e.target.value }; }}></textarea>
        ${this.stale ? html`<stale-notice .changes=${this.stale.changes} @reload=${this.reload}></stale-notice>` : problemBanner(this.problem)}
        <div class="actions">
          <button class="primary" type="submit">${t('preferences.save')}</button>
          <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('cancel'))}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  async save(event) {
    event.preventDefault();
    const f = this.form;
    this.errors = {};
    if (f.hoursMin != null && f.hoursMax != null && f.hoursMin > f.hoursMax) {
      this.errors = { hoursMax: t('validation.hoursOrder') };
      return;
    }
    this.problem = null;
    try {
      await api(`/participants/${this.participant.id}/preferences`, { method: 'PUT', body: f, etag: this.etag });
      this.dispatchEvent(new CustomEvent('saved'));
    } catch (e) {
      if (e.status === 412) {
        const current = await api(`/participants/${this.participant.id}`);
        this.stale = { changes: this.changesSince(current.data), current: current.data, etag: current.etag };
      } else {
        this.errors = fieldErrorsOf(e);
        this.problem = e;
      }
    }
  }

  changesSince(current) {
    const before = this.participant.preferences || {};
    const after = current.preferences || {};
    const fields = { occupations: 'preferences.occupations', hoursMin: 'preferences.hoursMin', hoursMax: 'preferences.hoursMax',
      shifts: 'preferences.shifts', maxTravelMinutes: 'preferences.maxTravel', strengths: 'preferences.strengths' };
    const show = (v) => (Array.isArray(v) ? v.join(', ') : v ?? '–') || '–';
    return Object.entries(fields).filter(([field]) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .map(([field, key]) => ({ field: t(key), before: show(before[field]), after: show(after[field]) }));
  }

  /** Takes the colleague's version as the new starting point; what was typed is replaced by it, visibly. */
  reload() {
    this.etag = this.stale.etag;
    this.participant = this.stale.current;
  }
}

customElements.define('preferences-form', PreferencesForm);
