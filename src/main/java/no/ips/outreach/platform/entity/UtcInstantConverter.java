package no.ips.outreach.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC DATETIME; EclipseLink 4.0 would otherwise serialize Instants as bytes.
 * EclipseLink still binds the LocalDateTime through a java.sql.Timestamp in the JVM's default zone, so a wall-clock
 * time that does not exist there (a daylight-saving gap) would shift: the JVM must run in UTC, which
 * {@code TimeZoneReadiness} enforces.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
