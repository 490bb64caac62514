package no.ips.outreach.platform.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Values in and out of native queries, whose types differ between drivers. */
public final class Sql {

    private Sql() {
    }

    public static LocalDate date(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Times are stored as their UTC wall-clock value; drivers return them as Timestamp or LocalDateTime. */
    public static Instant instant(Object stored) {
        LocalDateTime wallClock = stored instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) stored;
        return wallClock.toInstant(ZoneOffset.UTC);
    }

    /** BOOLEAN is TINYINT(1) in MySQL and MariaDB, which drivers may hand back as a number. */
    public static boolean bool(Object value) {
        return value instanceof Boolean yes ? yes : ((Number) value).intValue() != 0;
    }

    /** Times are stored as their UTC wall-clock value. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
