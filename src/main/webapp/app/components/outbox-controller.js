// Keeps a component's view of the outbox current: its entries now, and again whenever one is added, sent or refused.
import { outbox } from '../core/outbox.js';

export class OutboxController {
  constructor(host) {
    this.host = host;
    this.entries = [];
    host.addController(this);
  }

  hostConnected() {
    this.stop = outbox.onChange((entries) => this.show(entries));
    outbox.all().then((entries) => this.show(entries));
  }

  hostDisconnected() {
    this.stop?.();
  }

  show(entries) {
    this.entries = entries;
    this.host.requestUpdate();
  }
}
