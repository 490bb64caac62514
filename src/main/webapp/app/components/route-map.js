// A day's route: the office, then each visit in order. The ordered list is always there, so the route reads the same
// without map tiles (no network, or no tile server); the Leaflet map is drawn on top when it can load.
import { html, css } from 'lit';
import { LocalizedElement } from './localized-element.js';
import { base } from './styles.js';
import { t, formatNumber } from '../core/i18n.js';

const LEAFLET = document.querySelector('meta[name="outreach:leaflet"]')?.content;
const TILES = document.querySelector('meta[name="outreach:tile-url"]')?.content;
let leaflet = null;

function loadLeaflet() {
  leaflet ??= import(`${LEAFLET}leaflet.js`).then(() => window.L);
  return leaflet;
}

export class RouteMap extends LocalizedElement {
  static properties = {
    stops: { type: Array },
    office: { type: Object },
    kilometres: { type: Number },
    minutes: { type: Number },
  };

  static styles = [base, css`
    .map { height: 12rem; border-radius: 6px; margin: 0.5rem 0; border: 1px solid var(--line); }
    ol { margin: 0.25rem 0; padding-left: 1.5rem; }
  `];

  render() {
    const placed = (this.stops || []).filter((stop) => stop.latitude != null);
    const unplaced = (this.stops || []).filter((stop) => stop.latitude == null);
    return html`
      <link rel="stylesheet" href="${LEAFLET}leaflet.css">
      ${this.kilometres != null ? html`<p class="small">${t('week.routeEstimate', { km: formatNumber(this.kilometres, 1), minutes: this.minutes })}</p>` : ''}
      <div class="map" aria-hidden="true"></div>
      <p class="small muted map-credit">${t('week.mapCredit')}</p>
      <ol aria-label=${t('week.routeOrder')}>
        ${this.office ? html`<li>${t('week.office')}</li>` : ''}
        ${placed.map((stop) => html`<li>${stop.label}</li>`)}
        ${this.office ? html`<li>${t('week.office')}</li>` : ''}
      </ol>
      ${unplaced.map((stop) => html`<p class="small muted">${t('week.notOnRoute', { name: stop.label })}</p>`)}
    `;
  }

  async updated() {
    const points = [this.office, ...(this.stops || [])].filter((p) => p && p.latitude != null);
    const element = this.renderRoot.querySelector('.map');
    if (!points.length || !LEAFLET) {
      element.hidden = true;
      this.renderRoot.querySelector('.map-credit').hidden = true;
      return;
    }
    try {
      const L = await loadLeaflet();
      this.map?.remove();
      // a picture of the route: the ordered list above is the accessible version, so the map takes no focus
      this.map = L.map(element, { attributionControl: false, zoomControl: false, keyboard: false, boxZoom: false });
      L.tileLayer(TILES, { maxZoom: 18 }).addTo(this.map);
      const line = [...points, ...(this.office?.latitude != null ? [this.office] : [])].map((p) => [p.latitude, p.longitude]);
      L.polyline(line, { color: '#1d4e89', weight: 4 }).addTo(this.map);
      points.forEach((p) => L.circleMarker([p.latitude, p.longitude], { radius: 8, color: '#1d4e89', fillOpacity: 0.9, interactive: false })
        .addTo(this.map));
      this.map.fitBounds(L.latLngBounds(line), { padding: [20, 20] });
    } catch {
      element.hidden = true;
    }
  }
}

customElements.define('route-map', RouteMap);
