package no.ips.outreach.occupations.control;

import jakarta.persistence.EntityManager;

/** Wires the occupation catalogue outside CDI, for data tests in other packages. */
public final class OccupationControls {

    private OccupationControls() {
    }

    public static OccupationCatalogue catalogue(EntityManager em) {
        var catalogue = new OccupationCatalogue();
        catalogue.em = em;
        catalogue.terms = new OccupationTerms();
        return catalogue;
    }
}
