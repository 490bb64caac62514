package no.ips.outreach.registers.control;

/** A file that is not the bulk format expected, found out from its first bytes or its header, before any import. */
public class FormatRefused extends Exception {

    public FormatRefused(String message) {
        super(message);
    }
}
