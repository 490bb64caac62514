package no.ips.outreach.platform.dev;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.util.logging.Logger;
import no.ips.outreach.platform.database.Migrations;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once the schema is current: in dev mode, write fresh demo tokens; always, print where to go. Demo data is
 * loaded by the demo component, which observes the same event.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    @ConfigProperty(name = "outreach.public-url")
    String publicUrl;

    @Inject
    Clock clock;

    void announce(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) Migrations.SchemaReady ready) {
        StringBuilder text = new StringBuilder("\n\n  Outreach is up.\n")
                .append("    Web app  ").append(publicUrl).append("/\n")
                .append("    API      ").append(publicUrl).append("/api/v1/employers\n")
                .append("    OpenAPI  ").append(publicUrl).append("/openapi\n")
                .append("    Health   ").append(publicUrl).append("/health/ready\n");
        if (DevMode.active()) {
            var tokens = DevTokens.write(DevMode.dataDir(), DevSigningKey.loadOrCreate(DevMode.dataDir()), clock.instant());
            text.append("\n  Open ").append(publicUrl).append("/ and sign in as kari.\n")
                    .append("\n  Dev mode: embedded database in ").append(DevMode.dataDir()).append(", demo tokens in ").append(tokens).append('\n')
                    .append("  Users: kari, ola, ingrid (specialists), liv (manager), admin. Try:\n")
                    .append("    TOKEN=$(python3 -c \"import json;print(json.load(open('").append(tokens)
                    .append("'))['kari']['token'])\")\n")
                    .append("    curl -H \"Authorization: Bearer $TOKEN\" '").append(publicUrl)
                    .append("/api/v1/employers?near=67.2804,14.4049&radiusKm=2'\n");
        }
        LOG.info(text.toString());
    }
}
