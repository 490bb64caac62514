package no.ips.outreach.registers.boundary;

import java.time.LocalDate;
import java.util.Optional;
import no.ips.outreach.registers.entity.Centroid;
import no.ips.outreach.registers.entity.NaceVersion;
import no.ips.outreach.registers.entity.PostcodeCentroids;
import no.ips.outreach.registers.entity.RegisterUnit;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.registers.entity.UnitRow;

/**
 * A register unit as an employer form is filled in from it. {@code orgNumber} is what the employer is registered
 * under (the organisation number in Norway, the CVR number in Denmark), {@code pNumber} a Danish unit's P-number.
 * {@code latitude}/{@code longitude} are the postcode's centroid (approximate). {@code municipalityCode} is today's
 * number, {@code publishedMunicipalityCode} the one in the file.
 */
public record RegisterUnitView(UnitKind kind, String number, String country, String orgNumber, String pNumber,
                               String name, String organisationForm, String parentName, String parentOrganisationForm,
                               String naceCode, NaceVersion naceVersion, Integer employees, String employeeBand,
                               String street, String postcode, String city, String municipalityCode,
                               String publishedMunicipalityCode, Double latitude, Double longitude,
                               boolean advertisingProtected, LocalDate closedOn) {

    static RegisterUnitView of(UnitRow row) {
        RegisterUnit u = row.unit();
        boolean danish = u.kind() == UnitKind.P_UNIT;
        Optional<Centroid> centre = PostcodeCentroids.of(u.kind().country(), u.postcode());
        return new RegisterUnitView(u.kind(), u.number(), u.kind().country(), danish ? u.parentNumber() : u.number(),
                danish ? u.number() : null, u.name(), u.organisationForm(), row.parentName(), row.parentOrganisationForm(),
                u.naceCode(), u.naceVersion(), u.employees(), u.employeeBand(), u.street(), u.postcode(), u.city(),
                u.municipalityCode(), u.publishedMunicipalityCode(), centre.map(Centroid::latitude).orElse(null),
                centre.map(Centroid::longitude).orElse(null), u.advertisingProtected(), u.closedOn());
    }
}
