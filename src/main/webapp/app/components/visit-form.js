// Logging a visit, phone first. After a planned visit ("Done"): quality, outcome and next step, then save. An
// unplanned one: the employer, then defaults of now, in person and 45 minutes. Participants come from the caseload,
// and each offers no more disclosure than that participant consented to. Saving goes through the outbox, so a visit
// logged without a network is kept and sent later.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate, formatTime } from '../core/i18n.js';
import { get } from '../core/api.js';
import { outbox } from '../core/outbox.js';
import { store } from '../core/store.js';
import { localInputs, offsetDateTime } from '../core/dates.js';
import { fieldError, fieldErrorsOf, problemBanner } from './forms.js';
import './employer-picker.js';
import './participant-links.js';

const MODES = ['IN_PERSON', 'PHONE', 'VIDEO', 'EMAIL', 'EVENT'];
const PURPOSES = ['GENERAL_JOB_DEVELOPMENT', 'PARTICIPANT_JOB_DEVELOPMENT', 'FOLLOW_ALONG', 'OTHER'];
const QUALITIES = ['LEARNS_EMPLOYER_NEEDS', 'DESCRIBES_STRENGTHS', 'FOLLOWS_UP_OPENINGS', 'ASKS_ABOUT_OPENINGS', 'DROPS_OFF_APPLICATIONS'];
const DEFAULT_MINUTES = 45;
// the visit log's own limits (see the README's audit rules), checked here so that the phone says so at once
const MAX_MEETING_MINUTES = 480;
const MAX_EVENT_MINUTES = 720;
const MAX_TRAVEL_MINUTES = 240;

export class VisitForm extends LocalizedElement {
  static properties = {
    plannedId: { type: String, attribute: 'planned-id' },
    employerId: { type: String, attribute: 'employer-id' },
    draft: { type: Object },
    planned: { state: true },
    employer: { state: true },
    caseload: { state: true },
    form: { state: true },
    errors: { state: true },
    problem: { state: true },
    result: { state: true },
    busy: { state: true },
  };

  static styles = [base];

  willUpdate(changed) {
    if (changed.has('plannedId') || changed.has('employerId') || changed.has('draft')) this.start();
  }

  async start() {
    // a visit is logged as the specialist walks out of the door: by default it has just ended
    const now = localInputs(new Date(Date.now() - DEFAULT_MINUTES * 60000));
    this.errors = {};
    this.problem = null;
    this.result = null;
    this.form = {
      date: now.date, time: now.time, mode: 'IN_PERSON', meetingMinutes: DEFAULT_MINUTES, travelMinutes: 0,
      purpose: 'GENERAL_JOB_DEVELOPMENT', quality: 'LEARNS_EMPLOYER_NEEDS', outcome: '', nextStep: '', nextStepDue: '', links: {},
    };
    try {
      const [caseload, planned] = await Promise.all([
        store.caseload().catch(() => []),
        this.plannedId ? get(`/planned-visits/${this.plannedId}`) : null,
      ]);
      this.caseload = caseload;
      this.planned = planned;
      if (planned) {
        this.employer = { id: planned.employerId, name: planned.employerName };
        this.form = { ...this.form, meetingMinutes: planned.durationMinutes, purpose: planned.purpose,
          links: Object.fromEntries(planned.participantIds.map((id) => [id, 'NONE'])) };
      } else if (this.draft) {
        this.restore(this.draft);
      } else if (this.employerId) {
        const employer = await get(`/employers/${this.employerId}`);
        this.employer = { id: employer.id, name: employer.name };
      }
    } catch (e) {
      this.problem = e;
    }
  }

  /** A refused visit from the outbox, back in the form with the server's reasons next to its fields. */
  restore(entry) {
    const body = entry.body;
    const started = new Date(body.startedAt);
    const local = localInputs(started);
    this.employer = { id: body.employerId, name: entry.label };
    this.form = { ...this.form, ...body, date: local.date, time: local.time, outcome: body.outcome || '', nextStep: body.nextStep || '',
      nextStepDue: body.nextStepDue || '', links: Object.fromEntries((body.participants || []).map((p) => [p.participantId, p.disclosure])) };
    this.errors = Object.fromEntries(Object.entries(entry.problem?.fields || {}).map(([f, m]) => [f.split('.').pop(), t('error.field', { message: m })]));
  }

  render() {
    if (this.result) return this.renderResult();
    if (!this.form) return html`<p class="muted">${t('common.loading')}</p>`;
    const planned = this.planned;
    return html`
      <h1>${planned ? t('visit.doneTitle', { name: planned.employerName }) : t('visit.title')}</h1>
      ${planned ? html`<p class="muted">${formatDate(planned.day, 'long')} ${formatTime(planned.startsAt)} · ${label('VisitPurpose', planned.purpose)}</p>` : ''}
      <form @submit=${this.save} novalidate>
        ${planned ? '' : this.renderWhereAndWhen()}
        <label for="quality">${t('visit.quality')}</label>
        <select id="quality" @change=${(e) => this.set('quality', e.target.value)} aria-describedby="error-quality">
          ${QUALITIES.map((q) => html`<option value=${q} ?selected=${q === this.form.quality}>${label('ContactQuality', q)}</option>`)}
        </select>
        ${fieldError(this.errors, 'quality')}
        <label for="outcome">${t('visit.outcome')}</label>
        <textarea id="outcome" maxlength="2000" .value=${this.form.outcome} @input=${(e) => this.set('outcome', e.target.value)}
          aria-describedby="error-outcome"></textarea>
        ${fieldError(this.errors, 'outcome')}
        <div class="row">
          <div style="flex: 2 1 12rem">
            <label for="nextStep">${t('visit.nextStep')}</label>
            <input id="nextStep" maxlength="500" .value=${this.form.nextStep} @input=${(e) => this.set('nextStep', e.target.value)}
              aria-describedby="error-nextStep">
            ${fieldError(this.errors, 'nextStep')}
          </div>
          <div>
            <label for="nextStepDue">${t('visit.nextStepDue')}</label>
            <input id="nextStepDue" type="date" .value=${this.form.nextStepDue} @input=${(e) => this.set('nextStepDue', e.target.value)}
              aria-describedby="error-nextStepDue">
            ${fieldError(this.errors, 'nextStepDue')}
          </div>
        </div>
        ${this.renderParticipants()}
        ${problemBanner(this.problem)}
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${t('visit.save')}</button>
          <a class="button" href="#/week">${t('common.cancel')}</a>
        </div>
      </form>`;
  }

  renderWhereAndWhen() {
    return html`
      ${this.employer ? html`
        <p><strong>${t('visit.employer')}:</strong> ${this.employer.name}
          <button type="button" @click=${() => { this.employer = null; }}>${t('visit.changeEmployer')}</button></p>`
        : html`<employer-picker described-by="error-employerId" @picked=${(e) => { this.employer = e.detail; }}></employer-picker>`}
      ${fieldError(this.errors, 'employerId')}
      <div class="row">
        <div><label for="date">${t('visit.date')}</label>
          <input id="date" type="date" .value=${this.form.date} @input=${(e) => this.set('date', e.target.value)} aria-describedby="error-startedAt"></div>
        <div><label for="time">${t('visit.time')}</label>
          <input id="time" type="time" .value=${this.form.time} @input=${(e) => this.set('time', e.target.value)} aria-describedby="error-startedAt"></div>
      </div>
      ${fieldError(this.errors, 'startedAt')}
      <div class="row">
        <div><label for="mode">${t('visit.mode')}</label>
          <select id="mode" @change=${(e) => this.set('mode', e.target.value)}>
            ${MODES.map((m) => html`<option value=${m} ?selected=${m === this.form.mode}>${label('VisitMode', m)}</option>`)}
          </select></div>
        <div><label for="meetingMinutes">${t('visit.meetingMinutes')}</label>
          <input id="meetingMinutes" type="number" inputmode="numeric" min="0" .value=${String(this.form.meetingMinutes)}
            @input=${(e) => this.set('meetingMinutes', e.target.value === '' ? null : Number(e.target.value))} aria-describedby="error-meetingMinutes">
          ${fieldError(this.errors, 'meetingMinutes')}</div>
        <div><label for="travelMinutes">${t('visit.travelMinutes')}</label>
          <input id="travelMinutes" type="number" inputmode="numeric" min="0" .value=${String(this.form.travelMinutes)}
            @input=${(e) => this.set('travelMinutes', e.target.value === '' ? 0 : Number(e.target.value))} aria-describedby="error-travelMinutes">
          ${fieldError(this.errors, 'travelMinutes')}</div>
      </div>
      <label for="purpose">${t('visit.purpose')}</label>
      <select id="purpose" @change=${(e) => this.set('purpose', e.target.value)}>
        ${PURPOSES.map((p) => html`<option value=${p} ?selected=${p === this.form.purpose}>${label('VisitPurpose', p)}</option>`)}
      </select>`;
  }

  renderParticipants() {
    const onBehalf = this.form.purpose === 'PARTICIPANT_JOB_DEVELOPMENT' || this.form.purpose === 'FOLLOW_ALONG';
    if (!onBehalf || !this.caseload?.length) return '';
    const offered = this.planned ? this.caseload.filter((p) => this.planned.participantIds.includes(p.id)) : this.caseload;
    return html`<participant-links .participants=${offered} .links=${this.form.links}
      @change=${(e) => this.set('links', e.detail)}></participant-links>`;
  }

  renderResult() {
    return html`
      <div class="ok" role="status" data-testid="visit-result">
        <p>${this.result.queued ? t('visit.queued') : t('visit.saved', { name: this.employer?.name || '' })}</p>
      </div>
      <div class="actions">
        <a class="button primary" href="#/week">${t('nav.week')}</a>
        <button @click=${() => this.start()}>${t('visit.another')}</button>
      </div>`;
  }

  set(field, value) {
    this.form = { ...this.form, [field]: value };
  }

  validate() {
    const errors = {};
    const required = t('validation.required');
    if (!this.planned) {
      if (!this.employer) errors.employerId = t('validation.employer');
      if (!this.form.date || !this.form.time) errors.startedAt = required;
      else if (new Date(`${this.form.date}T${this.form.time}`) > new Date(Date.now() + 5 * 60000)) errors.startedAt = t('validation.future');
      const longest = this.form.mode === 'EVENT' ? MAX_EVENT_MINUTES : MAX_MEETING_MINUTES;
      if (!(this.form.meetingMinutes >= 0 && this.form.meetingMinutes <= longest)) errors.meetingMinutes = t('validation.range', { min: 0, max: longest });
      if (!(this.form.travelMinutes >= 0 && this.form.travelMinutes <= MAX_TRAVEL_MINUTES)) errors.travelMinutes = t('validation.range', { min: 0, max: MAX_TRAVEL_MINUTES });
    }
    if (this.form.nextStepDue && !this.form.nextStep) errors.nextStep = t('validation.nextStep');
    return errors;
  }

  body() {
    const participants = Object.entries(this.form.links).map(([id, disclosure]) => ({ participantId: Number(id), disclosure }));
    const common = { quality: this.form.quality, outcome: this.form.outcome || null, nextStep: this.form.nextStep || null,
      nextStepDue: this.form.nextStepDue || null };
    if (this.planned) return { ...common, meetingMinutes: this.form.meetingMinutes, participants };
    const onBehalf = this.form.purpose === 'PARTICIPANT_JOB_DEVELOPMENT' || this.form.purpose === 'FOLLOW_ALONG';
    return { ...common, employerId: this.employer.id, startedAt: offsetDateTime(this.form.date, this.form.time),
      meetingMinutes: this.form.meetingMinutes, travelMinutes: this.form.travelMinutes, mode: this.form.mode,
      purpose: this.form.purpose, participants: onBehalf ? participants : [] };
  }

  async save(event) {
    event.preventDefault();
    this.errors = this.validate();
    this.problem = null;
    if (Object.keys(this.errors).length) {
      this.updateComplete.then(() => this.renderRoot.querySelector('[aria-describedby^="error-"][aria-invalid], .error')?.scrollIntoView?.({ block: 'center' }));
      return;
    }
    this.busy = true;
    try {
      const name = this.employer.name;
      const request = this.planned
        ? { path: `/planned-visits/${this.planned.id}/completion`, body: this.body(), label: name }
        : { path: '/visits', body: this.body(), label: name };
      if (this.draft) {
        this.result = await outbox.retry(this.draft, request.body);
      } else {
        this.result = await outbox.send(request);
      }
    } catch (e) {
      this.errors = fieldErrorsOf(e);
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('visit-form', VisitForm);
