// The manager's desk: the team this week and the eight before, one row per specialist with who is behind and why,
// the trend against the target, and the week's sign-offs (one, or every ready week at once, each with a note).
// Two API calls: /me (cached) and the team's week; an administrator's list of teams is a third.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatNumber } from '../core/i18n.js';
import { get } from '../core/api.js';
import { isoWeek, shiftWeek, today } from '../core/dates.js';
import { visibleTeams, pickTeam } from '../core/teams.js';
import { session } from '../core/session.js';
import { problemBanner } from './forms.js';
import { contacts, shortfallText } from './desk-words.js';
import { managerScreen } from './manager-styles.js';
import './team-picker.js';
import './trend-chart.js';
import './sign-off-dialog.js';
import './visits-dialog.js';

const TONE = { SIGNED_OFF: 'good', CHANGED_AFTER_REVIEW: 'warn', NOT_REVIEWED: '' };

export class DeskScreen extends LocalizedElement {
  static properties = {
    team: { type: String },
    week: { type: String },
    teams: { state: true },
    desk: { state: true },
    signing: { state: true },
    drilling: { state: true },
    problem: { state: true },
    message: { state: true },
  };

  static styles = [base, managerScreen, css`
    tr.behind th[scope='row'] { border-left: 5px solid var(--bad); }
    .reasons { margin: 0.2rem 0 0; padding-left: 1.1rem; font-weight: 400; font-size: 0.875rem; }
    .grid td { text-align: center; }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
  `];

  willUpdate(changed) {
    if (changed.has('week') || changed.has('team')) {
      this.week ||= isoWeek(today());
      this.desk = null;
      this.load();
    }
  }

  async load() {
    this.problem = null;
    const week = this.week;
    try {
      this.teams = await visibleTeams();
      const team = pickTeam(this.teams, this.team);
      if (!team) return;
      const desk = await get(`/supervision/teams/${team.id}/weeks/${week}`);
      if (week === this.week) this.desk = desk;
    } catch (e) {
      this.problem = e;
    }
  }

  /** Only a manager of the team signs off; an administrator or a specialist reads. */
  get canSign() {
    return session.user()?.roles.includes('manager');
  }

  /** Every specialist-week on the page that can be signed off and is not signed off as it stands. */
  readyWeeks() {
    if (!this.canSign) return [];
    return (this.desk?.specialists || []).flatMap((line) => line.weeks
      .filter((w) => w.signable && w.review.status !== 'SIGNED_OFF')
      .map((w) => ({ line, week: w })));
  }

  render() {
    const desk = this.desk;
    const teamId = desk?.teamId ?? pickTeam(this.teams || [], this.team)?.id;
    return html`
      <div class="head">
        <h1>${desk ? t('desk.title', { team: desk.teamName, week: this.week.split('-W')[1] }) : t('nav.desk')}</h1>
        <team-picker .teams=${this.teams || []} .selected=${teamId} route="desk" suffix=${this.week}></team-picker>
        <nav class="week-nav" aria-label=${t('desk.weeks')}>
          <a class="button" href="#/desk/${teamId}/${shiftWeek(this.week, -1)}" aria-label=${t('week.previous')}>‹</a>
          <a class="button" href="#/desk/${teamId}/${shiftWeek(this.week, 1)}" aria-label=${t('week.next')}>›</a>
        </nav>
      </div>
      ${problemBanner(this.problem)}
      ${this.message ? html`<div class="ok" role="status">${this.message}</div>` : ''}
      ${this.teams && !this.teams.length ? html`<p>${t('desk.noTeam')}</p>` : ''}
      ${desk ? this.renderDesk(desk) : this.teams?.length === 0 ? '' : html`<p class="muted">${t('common.loading')}</p>`}
      ${this.signing ? html`<sign-off-dialog .teamId=${desk.teamId} .items=${this.signing}
        @signed=${this.afterSigning} @closed=${() => { this.signing = null; }}></sign-off-dialog>` : ''}
      ${this.drilling ? html`<visits-dialog .specialist=${this.drilling.line} .week=${this.drilling.week}
        @closed=${() => { this.drilling = null; }}></visits-dialog>` : ''}
    `;
  }

  renderDesk(desk) {
    const lines = desk.specialists;
    const behind = lines.filter((line) => line.behind.length).length;
    const ready = this.readyWeeks();
    return html`
      <p class="summary" data-testid="summary">${t('desk.summary', { behind, count: lines.length })}</p>
      ${desk.signable ? '' : html`<p class="small muted">${t('desk.notSignable', { week: this.week.split('-W')[1] })}</p>`}
      ${this.canSign ? html`<div class="actions">
        <button class="primary" ?disabled=${!ready.length} @click=${() => { this.signing = ready; }}>${t('desk.signAll', { count: ready.length })}</button>
      </div>` : ''}
      <div class="scroll">
        <table data-testid="desk">
          <caption>${t('desk.caption', { week: this.week.split('-W')[1] })}</caption>
          <thead><tr>
            <th scope="col">${t('desk.specialist')}</th>
            <th scope="col">${t('desk.faceToFace')}</th>
            <th scope="col">${t('desk.community')}</th>
            <th scope="col">${t('desk.waiting')}</th>
            <th scope="col">${t('desk.plannedLeft')}</th>
            <th scope="col">${t('desk.caseload')}</th>
            <th scope="col">${t('desk.signOff')}</th>
          </tr></thead>
          <tbody>${lines.map((line) => this.renderLine(desk, line))}</tbody>
        </table>
      </div>
      ${this.renderWeeks(desk)}
      ${this.renderCharts(desk)}
    `;
  }

  renderLine(desk, line) {
    const week = line.weeks[line.weeks.length - 1];
    return html`
      <tr class=${line.behind.length ? 'behind' : ''} data-specialist=${line.username}>
        <th scope="row">${line.displayName}
          ${line.behind.length ? html`<span class="badge bad">${t('desk.isBehind')}</span>
            <ul class="reasons">${line.behind.map((s) => html`<li>${shortfallText(s)}</li>`)}</ul>` : html`<span class="badge good">${t('desk.onTrack')}</span>`}
        </th>
        <td><button class="link" data-testid="face-to-face" @click=${() => { this.drilling = { line, week }; }}
          aria-label=${t('desk.showVisits', { name: line.displayName })}>${contacts(week)}</button></td>
        <td>${week.communityPercent == null ? '–' : `${formatNumber(week.communityPercent, 2)} %`}
          <div class="small muted">${t('desk.minutes', { minutes: formatNumber(week.communityMinutes), scheduled: formatNumber(week.scheduledMinutes) })}</div></td>
        <td>${line.waitingPastDeadline}</td>
        <td>${line.plannedLeft}</td>
        <td class=${line.caseload > desk.caseloadLimit ? 'over' : ''}>${t('desk.ofTarget', { done: line.caseload, target: desk.caseloadLimit })}</td>
        <td>${this.renderReview(line, week)}</td>
      </tr>`;
  }

  renderReview(line, week) {
    const review = week.review;
    return html`
      <span class="badge ${TONE[review.status]}">${t(`desk.review.${review.status}`)}</span>
      ${review.status === 'CHANGED_AFTER_REVIEW' ? html`<div class="small">${t('desk.changed', {
        by: review.changedBy, contacts: review.faceToFaceContactsAtSignOff, now: week.faceToFace })}</div>` : ''}
      ${review.note ? html`<div class="small muted">“${review.note}”</div>` : ''}
      ${week.signable && this.canSign ? html`<div><button @click=${() => { this.signing = [{ line, week }]; }}
        aria-label=${t('desk.signOffOne', { name: line.displayName, week: week.week.split('-W')[1] })}>${review.status === 'NOT_REVIEWED' ? t('desk.signOffShort') : t('desk.signAgain')}</button></div>` : ''}`;
  }

  /** Contacts against the target and the sign-off of every specialist-week on the page: a click opens the visits. */
  renderWeeks(desk) {
    return html`
      <h2>${t('desk.lastWeeks')}</h2>
      <div class="scroll">
        <table class="grid" data-testid="weeks">
          <caption class="visually-hidden">${t('desk.lastWeeks')}</caption>
          <thead><tr><th scope="col">${t('desk.specialist')}</th>${desk.weeks.map((w) => html`<th scope="col">${t('desk.weekShort', { week: w.split('-W')[1] })}</th>`)}</tr></thead>
          <tbody>${desk.specialists.map((line) => html`
            <tr><th scope="row">${line.displayName}</th>${line.weeks.map((week) => html`
              <td><button class="link cell ${week.target != null && week.faceToFace < week.target ? 'short' : ''}" @click=${() => { this.drilling = { line, week }; }}
                aria-label=${t('desk.cellLabel', { name: line.displayName, week: week.week.split('-W')[1], contacts: contacts(week), review: t(`desk.review.${week.review.status}`) })}>
                ${week.faceToFace}/${week.target == null ? '–' : formatNumber(week.target, 1)}<span aria-hidden="true" class="mark">${week.review.status === 'SIGNED_OFF' ? ' ✓' : week.review.status === 'CHANGED_AFTER_REVIEW' ? ' !' : ''}</span></button></td>`)}
            </tr>`)}
          </tbody>
        </table>
      </div>
      <p class="small muted">${t('desk.legend')}</p>`;
  }

  renderCharts(desk) {
    if (!desk.team.length) return '';
    return html`
      <h2>${t('desk.trend')}</h2>
      <div class="charts">
        <trend-chart caption=${t('desk.trendContacts')} .weeks=${desk.weeks}
          .values=${desk.team.map((w) => w.faceToFacePerSpecialist)} .targets=${desk.team.map((w) => w.target)}
          valueLabel=${t('desk.perSpecialist')} targetLabel=${t('desk.target')}></trend-chart>
        <trend-chart caption=${t('desk.trendCommunity')} .weeks=${desk.weeks} unit=" %"
          .values=${desk.team.map((w) => w.communityPercent)} .targets=${desk.team.map(() => 65)}
          valueLabel=${t('desk.community')} targetLabel=${t('desk.communityTarget')}></trend-chart>
        ${desk.specialists.map((line) => html`
          <trend-chart caption=${t('desk.trendOf', { name: line.displayName })} .weeks=${desk.weeks}
            .values=${line.weeks.map((w) => w.faceToFace)} .targets=${line.weeks.map((w) => w.target)}
            valueLabel=${t('desk.faceToFace')} targetLabel=${t('desk.target')}></trend-chart>`)}
      </div>`;
  }

  afterSigning(e) {
    this.signing = null;
    this.message = t('desk.signedMessage', { count: e.detail.count });
    this.load();
  }
}

customElements.define('desk-screen', DeskScreen);
