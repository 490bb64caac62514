/**
 * Sign-in through the organisation's identity provider: the server runs the OpenID Connect authorization code flow
 * with PKCE as a confidential client (Nimbus OAuth 2.0 SDK), keeps the flow's state in a signed cookie and the
 * provider's tokens in HttpOnly cookies, and hands the web app the access token as its bearer token, so that the
 * API stays bearer-only for the app and for machine clients alike.
 */
package no.ips.outreach.platform.signin;
