package no.ips.outreach.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

// bearer tokens are verified by BearerAuthentication, not by Payara's MP-JWT mechanism: no @LoginConfig
@ApplicationScoped
@ApplicationPath("api/v1")
@DeclareRoles({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION})
@OpenAPIDefinition(
        info = @Info(title = "Outreach", version = "1",
                description = "Employer outreach for IPS employment specialists: employers, contact persons and the visit log. "
                        + "Errors are application/problem+json (RFC 9457). Updates need If-Match with the ETag of the last read. "
                        + "POSTs accept an Idempotency-Key header. Distances are great-circle distances in kilometres."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OutreachApplication extends Application {

    /**
     * No WADL: the API is described by OpenAPI (/openapi). Jersey's WADL support built a JAXB context at every start
     * (docs/benchmarks.md, read path, eighth round) and would describe the API a second time, at application.wadl.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
