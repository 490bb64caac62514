// My week: progress against the team's target, each day's visits in time order with the route (planned ones and those
// made, planned or not; a made one can be voided with a reason), the suggestions with their reasons (one tap plans
// one), and the week as a calendar file. Three API calls: /me, the plan, the suggestions.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, label, formatDate, formatTime, formatNumber } from '../core/i18n.js';
import { api, get, newIdempotencyKey, saveFile } from '../core/api.js';
import { store } from '../core/store.js';
import { isoWeek, shiftWeek, today } from '../core/dates.js';
import { problemBanner } from './forms.js';
import './route-map.js';
import './plan-dialog.js';

const STATE_TONE = { PLANNED: '', DONE: 'good', CANCELLED: '', MISSED: 'bad' };

/** A visit is logged as done once it has happened: from its planned start on (the phone's clock, at the employer). */
export function hasStarted(visit, now = new Date()) {
  return new Date(`${visit.day}T${visit.startsAt.slice(0, 5)}`) <= now;
}

export class WeekScreen extends LocalizedElement {
  static properties = {
    username: { type: String },
    week: { type: String },
    plan: { state: true },
    suggestions: { state: true },
    office: { state: true },
    planning: { state: true },
    moving: { state: true },
    voiding: { state: true },
    problem: { state: true },
    message: { state: true },
  };

  static styles = [base, css`
    .week-nav { display: flex; align-items: center; justify-content: space-between; gap: 0.5rem; }
    .week-nav h1 { text-align: center; flex: 1; }
    .progress { font-size: 1.05rem; font-weight: 600; }
    .day h2 { font-size: 1rem; border-bottom: 2px solid var(--brand); padding-bottom: 0.25rem; }
    .visit { border-left: 4px solid var(--brand); }
    .visit.DONE { border-left-color: var(--good); }
    .visit.MISSED { border-left-color: var(--bad); }
    .visit.CANCELLED { opacity: 0.75; border-left-color: var(--line); }
    .visit.made { border-left-color: var(--good); }
    form.void { margin-top: 0.5rem; }
    .time { font-weight: 700; font-variant-numeric: tabular-nums; }
    ul.reasons { margin: 0.25rem 0; padding-left: 1.2rem; }
  `];

  connectedCallback() {
    super.connectedCallback();
    // the clock moves on while the screen is open: a visit can be logged as done once it has started
    this.clock = setInterval(() => this.requestUpdate(), 60000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.clock);
  }

  willUpdate(changed) {
    if (changed.has('week') || changed.has('username')) {
      this.week ||= isoWeek(today());
      // never show one week's plan under another week's heading while the new one loads
      this.plan = null;
      this.suggestions = null;
      this.load();
    }
  }

  async load() {
    this.problem = null;
    const week = this.week;
    try {
      const base = `/planner/${encodeURIComponent(this.username)}/weeks/${week}`;
      const [me, plan, suggestions] = await Promise.all([store.me(), get(base), get(`${base}/suggestions`)]);
      // the specialist may have moved on to another week meanwhile: a late answer must not replace it
      if (week !== this.week) return;
      this.office = me.specialist?.office;
      this.plan = plan;
      this.suggestions = suggestions;
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`
      <div class="week-nav">
        <a class="button" href="#/week/${shiftWeek(this.week, -1)}" aria-label=${t('week.previous')}>‹</a>
        <h1>${t('week.title', { week: this.week.split('-W')[1] })}</h1>
        <a class="button" href="#/week/${shiftWeek(this.week, 1)}" aria-label=${t('week.next')}>›</a>
      </div>
      ${problemBanner(this.problem)}
      ${this.message ? html`<div class="ok" role="status">${this.message}</div>` : ''}
      ${this.plan ? this.renderPlan() : html`<p class="muted">${t('common.loading')}</p>`}
      ${this.suggestions ? this.renderSuggestions() : ''}
      <p><button @click=${this.downloadCalendar}>${t('week.calendar')}</button></p>
      ${this.planning || this.moving ? html`
        <plan-dialog .username=${this.username} .week=${this.week} .suggestion=${this.planning} .planned=${this.moving}
          .participants=${this.planning?.participants || []} @planned=${this.afterPlanning}
          @closed=${() => { this.planning = null; this.moving = null; }}></plan-dialog>` : ''}
    `;
  }

  renderPlan() {
    const { progress } = this.plan;
    return html`
      <section class="card" aria-labelledby="progress-title">
        <h2 id="progress-title" class="visually-hidden">${t('week.progressTitle')}</h2>
        <p class="progress" data-testid="progress">${t('week.progress', { done: progress.done, target: progress.target, planned: progress.planned })}</p>
        ${progress.shortBy > 0 ? html`<p class="notice">${t('week.shortBy', { count: progress.shortBy })}</p>` : ''}
        ${progress.missed > 0 ? html`<p class="small">${t('week.missed', { count: progress.missed })}</p>` : ''}
      </section>
      ${this.plan.days.filter((day) => day.visits.length || day.made?.length || day.day >= today())
        .map((day) => this.renderDay(day))}
    `;
  }

  renderDay(day) {
    const visits = [...day.visits].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    const made = day.made || [];
    const byPlan = new Map(visits.map((v) => [v.id, v]));
    const madeById = new Map(made.map((m) => [m.visitId, m]));
    // the day in time order, planned and made together (cancelled plans after it)
    const agenda = (day.agenda || []).filter((e) => (e.plannedVisitId ? byPlan.has(e.plannedVisitId) : madeById.has(e.visitId)));
    const stops = visits.filter((v) => v.state !== 'CANCELLED')
      .map((v) => ({ latitude: v.latitude, longitude: v.longitude, label: `${formatTime(v.startsAt)} ${v.employerName}` }));
    return html`
      <section class="day" aria-labelledby="day-${day.day}">
        <h2 id="day-${day.day}">${formatDate(day.day, 'long')}</h2>
        ${visits.length || made.length ? html`
          <ul class="plain">${agenda.map((entry) => entry.plannedVisitId
            ? this.renderVisit(byPlan.get(entry.plannedVisitId), madeById.get(entry.visitId))
            : this.renderMade(madeById.get(entry.visitId)))}${visits.filter((v) => v.state === 'CANCELLED')
            .map((visit) => this.renderVisit(visit))}</ul>
          ${stops.length ? html`<route-map .stops=${stops} .office=${this.office} .kilometres=${day.kilometres}
            .minutes=${day.travelMinutes}></route-map>` : ''}
          ${day.suggestedOrder?.length ? html`<p class="small notice" data-testid="shorter-order">${t('week.shorterOrder', {
            km: formatNumber(day.kilometresSaved, 1),
            order: day.suggestedOrder.map((id) => visits.find((v) => v.id === id)?.employerName).filter(Boolean).join(' → ') })}</p>` : ''}`
          : html`<p class="muted small">${t('week.nothingPlanned')}</p>`}
      </section>`;
  }

  renderVisit(visit, made) {
    return html`
      <li class="card visit ${visit.state}" data-testid="planned-visit">
        <div class="row" style="justify-content: space-between">
          <span><span class="time">${formatTime(visit.startsAt)}</span> · ${t('week.minutes', { count: visit.durationMinutes })}</span>
          <span class="badge ${STATE_TONE[visit.state]}">${label('PlanState', visit.state)}</span>
        </div>
        <h3><a href="#/employers/${visit.employerId}">${visit.employerName}</a></h3>
        ${visit.address ? html`<p class="small muted">${visit.address}</p>` : ''}
        <p class="small">${label('VisitPurpose', visit.purpose)}${visit.participantIds.length ? ` · ${t('week.participants', { count: visit.participantIds.length })}` : ''}</p>
        ${visit.alsoPlannedBy.map((c) => html`<p class="small notice">${t('week.alsoPlanned', { name: c.name, day: formatDate(c.day) })}</p>`)}
        ${visit.state === 'PLANNED' || visit.state === 'MISSED' ? html`
          <div class="actions">
            ${hasStarted(visit) ? html`<a class="button primary" href="#/visit/planned/${visit.id}">${t('week.done')}</a>` : ''}
            <button @click=${() => { this.moving = visit; }}>${t('week.move')}</button>
            <button class="danger" @click=${() => this.cancel(visit)}>${t('week.cancel')}</button>
          </div>` : ''}
        ${made ? this.renderVoid(made) : ''}
      </li>`;
  }

  /** A contact made without a plan: on its day, in time order, marked as made. */
  renderMade(made) {
    return html`
      <li class="card visit made" data-testid="made-visit">
        <div class="row" style="justify-content: space-between">
          <span><span class="time">${formatTime(made.startsAt)}</span> · ${t('week.minutes', { count: made.meetingMinutes })}</span>
          <span class="badge good">${t('week.made')}</span>
        </div>
        <h3><a href="#/employers/${made.employerId}">${made.employerName}</a></h3>
        <p class="small">${label('VisitMode', made.mode)} · ${t('week.unplanned')}</p>
        ${this.renderVoid(made)}
      </li>`;
  }

  /** Voiding a visit logged by mistake: it stays in the log, marked void, and counts for nothing. */
  renderVoid(made) {
    if (this.voiding !== made.visitId) {
      return html`<div class="actions"><button class="danger" data-testid="void"
        @click=${() => { this.voiding = made.visitId; }}>${t('week.void')}</button></div>`;
    }
    return html`
      <form class="void" @submit=${(event) => this.voidVisit(event, made)}>
        <label for="void-reason-${made.visitId}">${t('week.voidReason')}</label>
        <input id="void-reason-${made.visitId}" name="reason" required maxlength="500" autocomplete="off">
        <p class="small muted">${t('week.voidHint')}</p>
        <div class="actions">
          <button class="danger" type="submit">${t('week.voidConfirm')}</button>
          <button type="button" @click=${() => { this.voiding = null; }}>${t('common.cancel')}</button>
        </div>
      </form>`;
  }

  async voidVisit(event, made) {
    event.preventDefault();
    const reason = new FormData(event.target).get('reason').trim();
    if (!reason) return;
    try {
      const { etag } = await api(`/visits/${made.visitId}`);
      await api(`/visits/${made.visitId}/void`, { method: 'POST', body: { reason }, etag, key: newIdempotencyKey() });
      this.voiding = null;
      this.message = t('week.voided', { name: made.employerName });
      await this.load();
    } catch (e) {
      this.problem = e;
    }
  }

  renderSuggestions() {
    return html`
      <section aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">${t('week.suggestions')}</h2>
        ${this.suggestions.length ? '' : html`<p class="muted">${t('week.noSuggestions')}</p>`}
        <ul class="plain">
          ${this.suggestions.map((s) => html`
            <li class="card" data-testid="suggestion">
              <h3><a href="#/employers/${s.employerId}">${s.employerName}</a></h3>
              ${s.address ? html`<p class="small muted">${s.address}</p>` : ''}
              <ul class="reasons">
                ${s.reasons.map((r) => html`<li>${this.reasonText(r, s)}</li>`)}
              </ul>
              ${s.plannedByColleagues.map((c) => html`<p class="small notice">${t('week.alsoPlanned', { name: c.name, day: formatDate(c.day) })}</p>`)}
              <button class="primary" @click=${() => { this.planning = s; }}>${t('week.planThis')}</button>
            </li>`)}
        </ul>
      </section>`;
  }

  reasonText(reason, suggestion) {
    const names = suggestion.participants.filter((p) => reason.participantIds.includes(p.id)).map((p) => p.alias).join(', ');
    return html`${label('SuggestionReason', reason.reason)}${names ? html` – ${names}` : ''}${reason.due ? html`
      <span class="small muted">(${t('week.due', { date: formatDate(reason.due) })})</span>` : ''}`;
  }

  async afterPlanning(event) {
    this.message = t('week.planned', { name: event.detail.employerName, day: formatDate(event.detail.day), time: formatTime(event.detail.startsAt) });
    await this.load();
  }

  async cancel(visit) {
    if (!confirm(t('week.cancelConfirm', { name: visit.employerName }))) return;
    try {
      await api(`/planned-visits/${visit.id}`, { method: 'DELETE', etag: `"${visit.version}"` });
      this.message = t('week.cancelled', { name: visit.employerName });
      await this.load();
    } catch (e) {
      this.problem = e;
    }
  }

  async downloadCalendar() {
    try {
      const { data } = await api(`/planner/${encodeURIComponent(this.username)}/weeks/${this.week}/calendar`, { accept: 'text/calendar' });
      saveFile(data, `outreach-${this.week}.ics`);
    } catch (e) {
      this.problem = e;
    }
  }
}

customElements.define('week-screen', WeekScreen);
