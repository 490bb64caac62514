// Which team the manager's screens show, for a manager of several teams and for administrators; hidden for one.
import { html } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t } from '../core/i18n.js';
import { go } from '../core/router.js';

export class TeamPicker extends LocalizedElement {
  static properties = { teams: { type: Array }, selected: {}, route: { type: String }, suffix: { type: String } };

  static styles = [base];

  render() {
    if (!this.teams || this.teams.length < 2) return '';
    return html`
      <label for="team">${t('desk.team')}</label>
      <select id="team" @change=${(e) => go(`#/${this.route}/${e.target.value}${this.suffix ? `/${this.suffix}` : ''}`)}>
        ${this.teams.map((team) => html`<option value=${team.id} ?selected=${String(team.id) === String(this.selected)}>${team.name}</option>`)}
      </select>`;
  }
}

customElements.define('team-picker', TeamPicker);
