// Planning a visit: from a suggestion (employer, participants and purpose prefilled; pick a day and a time) or moving
// one already planned. Fires "planned" with the API's answer.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate } from '../core/i18n.js';
import { api, newIdempotencyKey } from '../core/api.js';
import { addDays, today, mondayOf } from '../core/dates.js';
import { fieldError, fieldErrorsOf, problemBanner } from './forms.js';
import './stale-notice.js';

const PURPOSES = ['GENERAL_JOB_DEVELOPMENT', 'PARTICIPANT_JOB_DEVELOPMENT', 'FOLLOW_ALONG', 'OTHER'];

export class PlanDialog extends LocalizedElement {
  static properties = {
    username: { type: String },
    week: { type: String },
    suggestion: { type: Object },
    planned: { type: Object },
    participants: { type: Array },
    errors: { state: true },
    problem: { state: true },
    stale: { state: true },
    busy: { state: true },
  };

  static styles = [base, css`
    dialog { border: none; border-radius: 8px; width: calc(100% - 2rem); max-width: 28rem; padding: 1rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
  `];

  willUpdate(changed) {
    if (changed.has('suggestion') || changed.has('planned')) this.reset();
  }

  reset() {
    const from = this.planned || this.suggestion;
    if (!from) return;
    const firstDay = [0, 1, 2, 3, 4].map((i) => addDays(mondayOf(this.week), i)).find((day) => day >= today()) || addDays(today(), 1);
    const participantIds = this.planned ? this.planned.participantIds : this.suggestion.participants.map((p) => p.id);
    const reason = this.suggestion?.reasons?.[0]?.reason;
    this.form = this.planned ? {
      day: this.planned.day, startsAt: this.planned.startsAt.slice(0, 5), durationMinutes: this.planned.durationMinutes,
      purpose: this.planned.purpose, note: this.planned.note || '', participantIds,
    } : {
      day: firstDay, startsAt: '09:00', durationMinutes: 45, note: '', participantIds,
      purpose: reason === 'FOLLOW_ALONG_DUE' ? 'FOLLOW_ALONG' : participantIds.length ? 'PARTICIPANT_JOB_DEVELOPMENT' : 'GENERAL_JOB_DEVELOPMENT',
    };
    this.key = newIdempotencyKey();
    this.errors = {};
    this.problem = null;
    this.stale = null;
  }

  updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  render() {
    if (!this.form) return html``;
    const name = this.planned?.employerName || this.suggestion?.employerName;
    const aliases = (this.participants || []).filter((p) => this.form.participantIds.includes(p.id));
    return html`
      <dialog aria-labelledby="plan-title" @close=${() => this.dispatchEvent(new CustomEvent('closed'))}>
        <form @submit=${this.save} novalidate>
          <h2 id="plan-title">${this.planned ? t('plan.moveTitle', { name }) : t('plan.title', { name })}</h2>
          ${aliases.length ? html`<p class="small">${t('plan.for', { names: aliases.map((p) => p.alias).join(', ') })}</p>` : ''}
          <div class="row">
            <div>
              <label for="day">${t('plan.day')}</label>
              <input id="day" type="date" min=${today()} .value=${this.form.day} @input=${(e) => { this.form.day = e.target.value; }}
                aria-describedby="error-day" required>
              ${fieldError(this.errors, 'day')}
            </div>
            <div>
              <label for="startsAt">${t('plan.time')}</label>
              <input id="startsAt" type="time" step="300" .value=${this.form.startsAt} @input=${(e) => { this.form.startsAt = e.target.value; }}
                aria-describedby="error-startsAt" required>
              ${fieldError(this.errors, 'startsAt')}
            </div>
          </div>
          <label for="duration">${t('plan.duration')}</label>
          <input id="duration" type="number" inputmode="numeric" min="5" max="480" .value=${String(this.form.durationMinutes)}
            @input=${(e) => { this.form.durationMinutes = Number(e.target.value); }} aria-describedby="error-durationMinutes">
          ${fieldError(this.errors, 'durationMinutes')}
          <label for="purpose">${t('visit.purpose')}</label>
          <select id="purpose" @change=${(e) => { this.form.purpose = e.target.value; }}>
            ${PURPOSES.map((p) => html`<option value=${p} ?selected=${p === this.form.purpose}>${label('VisitPurpose', p)}</option>`)}
          </select>
          <label for="note">${t('plan.note')}</label>
          <textarea id="note" maxlength="500" .value=${this.form.note} @input=${(e) => { this.form.note = e.target.value; }}></textarea>
          ${this.stale ? html`<stale-notice .changes=${this.stale.changes} @reload=${this.reload}></stale-notice>` : problemBanner(this.problem)}
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.busy}>${this.planned ? t('plan.move') : t('plan.save')}</button>
            <button type="button" @click=${() => this.renderRoot.querySelector('dialog').close()}>${t('common.cancel')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  async save(event) {
    event.preventDefault();
    this.errors = {};
    if (!this.form.day) this.errors = { ...this.errors, day: t('validation.required') };
    if (!/^\d{2}:\d{2}$/.test(this.form.startsAt || '')) this.errors = { ...this.errors, startsAt: t('validation.time') };
    if (!(this.form.durationMinutes >= 5 && this.form.durationMinutes <= 480)) this.errors = { ...this.errors, durationMinutes: t('validation.range', { min: 5, max: 480 }) };
    if (Object.keys(this.errors).length) return;
    const body = {
      employerId: this.planned?.employerId ?? this.suggestion.employerId, day: this.form.day, startsAt: this.form.startsAt,
      durationMinutes: this.form.durationMinutes, purpose: this.form.purpose, note: this.form.note || null,
      reason: this.planned ? this.planned.reason : this.suggestion.reasons[0]?.reason,
      participantIds: this.form.participantIds,
    };
    this.busy = true;
    try {
      const reply = this.planned
        ? await api(`/planned-visits/${this.planned.id}`, { method: 'PUT', body, etag: `"${this.planned.version}"` })
        : await api(`/planner/${encodeURIComponent(this.username)}/visits`, { method: 'POST', body, key: this.key });
      this.dispatchEvent(new CustomEvent('planned', { detail: reply.data }));
      this.renderRoot.querySelector('dialog').close();
    } catch (e) {
      if (e.status === 412) {
        this.stale = await staleChanges(this.planned);
      } else {
        this.errors = fieldErrorsOf(e);
        this.problem = e;
        this.key = newIdempotencyKey();
      }
    } finally {
      this.busy = false;
    }
  }

  reload() {
    this.planned = this.stale.current;
    this.reset();
  }
}

/** What a colleague changed since this copy was read: the current version and each field that differs. */
async function staleChanges(mine) {
  const current = (await api(`/planned-visits/${mine.id}`)).data;
  const fields = ['day', 'startsAt', 'durationMinutes', 'purpose', 'note', 'state'];
  const changes = fields.filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(current[field]))
    .map((field) => ({ field: t(`plan.field.${field}`), before: show(field, mine[field]), after: show(field, current[field]) }));
  return { current, changes };
}

function show(field, value) {
  if (value == null || value === '') return '–';
  if (field === 'day') return formatDate(value);
  if (field === 'startsAt') return value.slice(0, 5);
  if (field === 'purpose') return label('VisitPurpose', value);
  if (field === 'state') return label('PlanState', value);
  return String(value);
}

customElements.define('plan-dialog', PlanDialog);
