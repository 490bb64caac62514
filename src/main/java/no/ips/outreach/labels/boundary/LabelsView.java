package no.ips.outreach.labels.boundary;

import java.util.Map;

/** The words for every enum value in one language: {@code labels.VisitMode.IN_PERSON}. */
public record LabelsView(String language, Map<String, Map<String, String>> labels) {
}
