// Signing off specialist-weeks: one, or every ready week at once, each with an optional supervision note. For one
// week it shows what was signed before and what changed since; the request is all or nothing.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatDateTime } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { problemBanner } from './forms.js';
import { contacts } from './desk-words.js';

export class SignOffDialog extends LocalizedElement {
  static properties = { teamId: {}, items: { type: Array }, history: { state: true }, busy: { state: true }, problem: { state: true } };

  static styles = [base, css`
    dialog { border: none; border-radius: 8px; max-width: 36rem; width: calc(100% - 2rem); padding: 1rem; }
    dialog::backdrop { background: rgba(0, 0, 0, 0.5); }
    .item { border-top: 1px solid var(--line); padding-top: 0.5rem; margin-top: 0.5rem; }
    .list { max-height: 55vh; overflow-y: auto; }
    ol { padding-left: 1.2rem; }
  `];

  firstUpdated() {
    this.renderRoot.querySelector('dialog').showModal();
    if (this.items.length === 1) this.loadHistory(this.items[0]);
  }

  async loadHistory({ line, week }) {
    try {
      const review = await get(`/audit/specialists/${encodeURIComponent(line.username)}/weeks/${week.week}/review`);
      this.history = review.history || [];
    } catch {
      this.history = null; // the history is a help, not a condition for signing
    }
  }

  render() {
    const one = this.items.length === 1;
    return html`
      <dialog aria-labelledby="sign-title" @close=${() => this.dispatchEvent(new CustomEvent('closed'))}>
        <h2 id="sign-title">${one ? t('signOff.titleOne') : t('signOff.titleAll', { count: this.items.length })}</h2>
        ${problemBanner(this.problem)}
        <form @submit=${this.submit}>
          <div class="list">${this.items.map((item, i) => this.renderItem(item, i, one))}</div>
          <div class="actions">
            <button class="primary" type="submit" ?disabled=${this.busy}>${t('signOff.confirm')}</button>
            <button type="button" @click=${() => this.close()}>${t('common.cancel')}</button>
          </div>
        </form>
      </dialog>`;
  }

  renderItem({ line, week }, i, one) {
    const review = week.review;
    return html`
      <div class="item">
        <p><strong>${line.displayName}</strong>, ${t('desk.weekShort', { week: week.week.split('-W')[1] })}:
          ${contacts(week)} ${t('signOff.faceToFace')}</p>
        ${review.status === 'CHANGED_AFTER_REVIEW' ? html`<p class="notice">${t('signOff.changed', {
          at: formatDateTime(review.changedAt), by: review.changedBy, visit: review.changedVisitId,
          contacts: review.faceToFaceContactsAtSignOff, now: week.faceToFace })}</p>` : ''}
        <label for="note-${i}">${t('signOff.note')}</label>
        ${one ? html`<textarea id="note-${i}" maxlength="1000" .value=${review.note || ''}></textarea>`
          : html`<input id="note-${i}" maxlength="1000" .value=${review.note || ''}>`}
        ${one && this.history?.length ? html`
          <h3>${t('signOff.history')}</h3>
          <ol>${this.history.map((h) => html`<li>${t('signOff.historyLine', { at: formatDateTime(h.signedAt), by: h.signedBy, contacts: h.faceToFaceContacts })}
            ${h.note ? html`<div class="small">“${h.note}”</div>` : ''}</li>`)}</ol>` : ''}
      </div>`;
  }

  async submit(e) {
    e.preventDefault();
    this.busy = true;
    this.problem = null;
    const signOffs = this.items.map(({ line, week }, i) => {
      const note = this.renderRoot.querySelector(`#note-${i}`).value.trim();
      return { specialist: line.username, week: week.week, ...(note ? { note } : {}) };
    });
    try {
      await api(`/supervision/teams/${this.teamId}/sign-offs`, { method: 'POST', body: { signOffs } });
      this.dispatchEvent(new CustomEvent('signed', { detail: { count: signOffs.length } }));
      this.renderRoot.querySelector('dialog').close();
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  close() {
    this.renderRoot.querySelector('dialog').close();
  }
}

customElements.define('sign-off-dialog', SignOffDialog);
