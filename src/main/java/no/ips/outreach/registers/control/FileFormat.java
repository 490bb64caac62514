package no.ips.outreach.registers.control;

/** How a bulk file is written; gzip compression is found from the file's first bytes and comes on top of either. */
public enum FileFormat {
    /** A JSON array of records, as Enhetsregisteret's {@code lastned} downloads. */
    JSON,
    /** CSV with a header of dotted column names, as Enhetsregisteret's {@code lastned/csv} downloads. */
    CSV,
    /** An Elasticsearch search response of CVR's "system til system" access ({@code hits.hits[]._source}). */
    CVR_JSON
}
