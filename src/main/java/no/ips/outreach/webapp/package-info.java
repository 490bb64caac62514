/**
 * The web app's delivery: the page with its import map and content security policy, and the headers that make
 * the static assets cacheable and compressed. The app itself lives in {@code src/main/webapp} and uses only the public
 * API.
 */
package no.ips.outreach.webapp;
