package no.ips.outreach.registers.entity;

import java.util.List;

/** One record of a bulk file, read by the dotted names of the registers' CSV columns, whatever the file's format. */
public interface Fields {

    /** The value, or null when absent or blank. */
    String text(String name);

    /** An address's lines: a JSON array, or CSV text with its lines joined by the two characters {@code /n}. */
    List<String> lines(String name);
}
