package no.ips.outreach.platform.signin.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import no.ips.outreach.platform.signin.control.FlowCookie.Flow;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The organisation's OpenID Connect provider, through the Nimbus SDK: its discovery document (read once, on the first
 * sign-in, so that the service starts while the provider is away), the authorization request with PKCE (S256), the
 * code exchange as a confidential client, and the ID token's validation (signature from the provider's JWKS, issuer,
 * audience, expiry, nonce).
 */
@ApplicationScoped
public class IdentityProvider {

    private static final int TIMEOUT_MS = 5_000;

    private final SignInSettings settings = SignInSettings.from(ConfigProvider.getConfig());

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    /** What a finished sign-in brings: the access token the app sends to the API, and the ID token for sign-out. */
    public record SignedIn(String accessToken, String idToken, Instant expires) {
    }

    /** The provider refused, could not be reached, or answered with something that does not verify. */
    public static class SignInFailed extends Exception {
        public final String reason;

        SignInFailed(String reason, String detail, Throwable cause) {
            super(detail, cause);
            this.reason = reason;
        }
    }

    public SignInSettings settings() {
        return settings;
    }

    public URI authorization(Flow flow, URI redirect) throws SignInFailed {
        return new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), redirect)
                .endpointURI(metadata().getAuthorizationEndpointURI())
                .state(new State(flow.state()))
                .nonce(new Nonce(flow.nonce()))
                .codeChallenge(new CodeVerifier(flow.verifier()), CodeChallengeMethod.S256)
                .build().toURI();
    }

    public SignedIn exchange(String code, Flow flow, URI redirect, Instant now) throws SignInFailed {
        TokenRequest request = new TokenRequest(metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), redirect, new CodeVerifier(flow.verifier())));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException e) {
            throw new SignInFailed("auth.provider-unreachable", "token endpoint: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new SignInFailed("auth.answer-invalid", "token response: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            String error = response.toErrorResponse().getErrorObject().getCode();
            throw new SignInFailed("auth.provider-refused", error, null);
        }
        var tokens = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
        if (tokens.getIDToken() == null || tokens.getAccessToken() == null) {
            throw new SignInFailed("auth.answer-invalid", "absent: id_token/access_token", null);
        }
        try {
            validator().validate(tokens.getIDToken(), new Nonce(flow.nonce()));
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInFailed("auth.answer-invalid", "ID token: " + e.getMessage(), e);
        }
        return new SignedIn(tokens.getAccessToken().getValue(), tokens.getIDTokenString(), expiry(tokens.getAccessToken(), now));
    }

    /** The provider's end-session URL for this ID token, if it advertises one. */
    public Optional<URI> endSession(String idToken, URI afterwards) {
        try {
            URI endpoint = metadata().getEndSessionEndpointURI();
            if (endpoint == null || idToken == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endpoint, JWTParser.parse(idToken), afterwards, null).toURI());
        } catch (SignInFailed | java.text.ParseException e) {
            // the app's session ends all the same; the provider's stays until it expires
            return Optional.empty();
        }
    }

    /** When the access token expires: its lifetime as the provider said, else its {@code exp}, else in five minutes. */
    private static Instant expiry(com.nimbusds.oauth2.sdk.token.AccessToken token, Instant now) {
        if (token.getLifetime() > 0) {
            return now.plusSeconds(token.getLifetime());
        }
        try {
            Date exp = JWTParser.parse(token.getValue()).getJWTClaimsSet().getExpirationTime();
            if (exp != null) {
                return exp.toInstant();
            }
        } catch (java.text.ParseException notAJwt) {
            // an opaque token: the API would refuse it anyway
        }
        return now.plusSeconds(300);
    }

    private OIDCProviderMetadata metadata() throws SignInFailed {
        OIDCProviderMetadata known = metadata;
        if (known == null) {
            try {
                known = OIDCProviderMetadata.resolve(new Issuer(settings.issuer().orElseThrow()), TIMEOUT_MS, TIMEOUT_MS);
            } catch (IOException e) {
                throw new SignInFailed("auth.provider-unreachable", "discovery: " + e.getMessage(), e);
            } catch (com.nimbusds.oauth2.sdk.GeneralException e) {
                throw new SignInFailed("auth.answer-invalid", "discovery: " + e.getMessage(), e);
            }
            metadata = known;
        }
        return known;
    }

    private IDTokenValidator validator() throws SignInFailed {
        IDTokenValidator known = validator;
        if (known == null) {
            OIDCProviderMetadata provider = metadata();
            JWSAlgorithm algorithm = provider.getIDTokenJWSAlgs() == null || provider.getIDTokenJWSAlgs().isEmpty()
                    || provider.getIDTokenJWSAlgs().contains(JWSAlgorithm.RS256) ? JWSAlgorithm.RS256
                    : provider.getIDTokenJWSAlgs().get(0);
            try {
                known = new IDTokenValidator(provider.getIssuer(), new ClientID(settings.clientId()), algorithm,
                        provider.getJWKSetURI().toURL());
            } catch (MalformedURLException e) {
                throw new SignInFailed("auth.answer-invalid", "jwks_uri: " + e.getMessage(), e);
            }
            validator = known;
        }
        return known;
    }
}
