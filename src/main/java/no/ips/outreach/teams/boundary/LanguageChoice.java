package no.ips.outreach.teams.boundary;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The language a user chooses to read the service in. */
public record LanguageChoice(
        @Schema(description = "nb (bokmål), da or en", example = "da") @NotNull(message = "{outreach.language.codes}") String language) {
}
