// A Lit element that renders again when the user switches language, keeping whatever is typed in it.
import { LitElement } from 'lit';
import { i18n } from '../core/i18n.js';

export class LocalizedElement extends LitElement {
  connectedCallback() {
    super.connectedCallback();
    this.stopListening = i18n.onChange(() => this.requestUpdate());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }
}
