package no.ips.outreach.platform.control;

/** Text a user typed, made safe for a JPQL LIKE pattern: their % and _ mean themselves, not wildcards. */
public final class Like {

    private Like() {
    }

    public static String escape(String typed) {
        return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching text that contains what was typed, ignoring case. */
    public static String containing(String typed) {
        return "%" + escape(typed.toLowerCase()) + "%";
    }
}
