package no.ips.outreach.registers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.language.Wording;
import no.ips.outreach.registers.RegisterSamples;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.ImportRefusal;
import no.ips.outreach.registers.entity.ImportState;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.testing.Databases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Imports of the real sample files (and files derived from them in the test) on MariaDB and H2. */
class RegisterImporterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DataSource db;
    private RegisterImporter importer;

    private void on(Databases database) {
        db = database.freshDataSource("register_import");
        Migrations.configure(db).migrate();
        importer = new RegisterImporter(db, CLOCK);
    }

    private ImportProgress importing(UnitKind kind, Path file) throws Exception {
        long id = importer.begin(kind, file, "admin");
        return importer.run(id, kind, file, null);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theNordlandCsvImportsWithItsQuirksHandled(Databases database) throws Exception {
        on(database);
        ImportProgress done = importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.recordsRead()).isEqualTo(514);
        assertThat(done.imported()).isEqualTo(514);
        assertThat(done.refused()).isZero();
        assertThat(done.added()).isEqualTo(514);
        assertThat(done.bytesDone()).isEqualTo(done.bytesTotal()).isEqualTo(Files.size(RegisterSamples.UNDERENHETER_CSV));
        assertThat(count("municipality_code = '1804'")).as("Bodø's 77").isEqualTo(77);
        assertThat(count("street LIKE '%/n%'")).as("no literal /n left").isZero();
        assertThat(value("street", "812885162")).isEqualTo("Støveien 18");
        assertThat(count("street LIKE 'Folkets Hus, Prinsens gate 115'")).as("two address lines on one").isEqualTo(1);
        assertThat(count("nace_code = '00.000'")).as("the placeholder is no code").isZero();
        assertThat(count("nace_code IS NULL")).isEqualTo(2);
        assertThat(count("employees IS NULL")).as("blank counts").isEqualTo(171);
        assertThat(count("nace_version = 'SN2007'")).isEqualTo(512);
        assertThat(value("employees", "812885162")).isEqualTo("17");
        assertThat(value("parent_number", "812885162")).isEqualTo("974793725");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theJsonDownloadImportsGzippedOrNotAndAnEnheterFileToo(Databases database) throws Exception {
        on(database);
        ImportProgress plain = importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_JSON);
        assertThat(plain.imported()).isEqualTo(2);
        assertThat(value("street", "981452984")).isEqualTo("Risavika Havnering 149");
        assertThat(value("municipality_code", "981452984")).isEqualTo("1124");
        assertThat(value("nace_code", "981452992")).isEqualTo("50.201");

        ImportProgress again = importing(UnitKind.UNDERENHET, RegisterSamples.gzipped(RegisterSamples.UNDERENHETER_JSON, dir));
        assertThat(again.format()).isEqualTo("JSON");
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.added()).isZero();

        ImportProgress parents = importing(UnitKind.ENHET, RegisterSamples.ENHETER_CSV);
        assertThat(parents.imported()).isEqualTo(67);
        assertThat(value("name", "974793725", UnitKind.ENHET)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aReImportUpdatesChangedUnitsAndMarksClosedOnesWithoutDeletingThem(Databases database) throws Exception {
        on(database);
        importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV);
        // The same file as a later download might have it: one unit renamed, one closed. Derived in the test, not real.
        List<String> lines = new ArrayList<>(Files.readAllLines(RegisterSamples.UNDERENHETER_CSV, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"SORTLAND VIDEREGÅENDE SKOLE AVD ØKSNES\"", "\"ØKSNES VIDEREGÅENDE SKOLE\""));
        lines.set(2, lines.get(2).substring(0, lines.get(2).length() - 2) + "\"2026-11-30\"");
        Path later = Files.write(dir.resolve("later.csv"), lines, StandardCharsets.UTF_8);

        ImportProgress done = importing(UnitKind.UNDERENHET, later);

        assertThat(done.changed()).isEqualTo(2);
        assertThat(done.closed()).isEqualTo(1);
        assertThat(done.unchanged()).isEqualTo(512);
        assertThat(done.added()).isZero();
        assertThat(value("name", "812885162")).isEqualTo("ØKSNES VIDEREGÅENDE SKOLE");
        assertThat(count("closed_on IS NOT NULL")).isEqualTo(1);
        assertThat(count("1 = 1")).as("nothing deleted").isEqualTo(514);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aReImportUpdatesTheEmployersTakenFromTheRegisterExceptWhatAPersonSetAndReportsIt(Databases database) throws Exception {
        on(database);
        importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV);
        // set by hand, as far as the register is concerned: everything but the name of one, everything of the other
        long followed = employer("812885162", "SORTLAND VIDEREGÅENDE SKOLE AVD ØKSNES", "address,employees,naceCode");
        long renamedByHand = employer("814089592", "Norconsult Mosjøen", "address,employees,name,naceCode");
        List<String> lines = new ArrayList<>(Files.readAllLines(RegisterSamples.UNDERENHETER_CSV, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("\"SORTLAND VIDEREGÅENDE SKOLE AVD ØKSNES\"", "\"ØKSNES VIDEREGÅENDE SKOLE\""));
        lines.set(2, lines.get(2).substring(0, lines.get(2).length() - 2) + "\"2026-11-30\"");
        Path later = Files.write(dir.resolve("later.csv"), lines, StandardCharsets.UTF_8);

        ImportProgress done = importing(UnitKind.UNDERENHET, later);

        assertThat(done.employersUpdated()).isEqualTo(2);
        assertThat(employerValue("name", followed)).isEqualTo("ØKSNES VIDEREGÅENDE SKOLE");
        assertThat(employerValue("name", renamedByHand)).as("set by hand").isEqualTo("Norconsult Mosjøen");
        assertThat(employerValue("register_closed_on", renamedByHand)).isEqualTo("2026-11-30");
        assertThat(employerValue("version", followed)).isEqualTo("2");
        assertThat(importer.changes(done.id()))
                .extracting(c -> c.employerId() + " " + c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                .containsExactlyInAnyOrder(
                        followed + " name: SORTLAND VIDEREGÅENDE SKOLE AVD ØKSNES -> ØKSNES VIDEREGÅENDE SKOLE",
                        renamedByHand + " registerClosedOn: null -> 2026-11-30");
    }

    private long employer(String number, String name, String setByHand) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO employer (version, "
                + "country, org_number, name, nace_code, do_not_contact, created_at, updated_at, register_kind, "
                + "register_number, set_by_hand) VALUES (1, 'NO', ?, ?, '85.310', FALSE, ?, ?, 'UNDERENHET', ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, number);
            s.setString(2, name);
            s.setObject(3, java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
            s.setObject(4, java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
            s.setString(5, number);
            s.setString(6, setByHand);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private String employerValue(String column, long id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM employer WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void badRowsAreRefusedWithTheirRecordLineAndReasonAndTheRestIsImported(Databases database) throws Exception {
        on(database);
        List<String> real = Files.readAllLines(RegisterSamples.UNDERENHETER_CSV, StandardCharsets.UTF_8);
        String header = real.get(0);
        int columns = header.split(",").length;
        // Synthetic rows, made up here to be wrong; the real rows around them are as published.
        List<String> lines = new ArrayList<>(List.of(header, real.get(1)));
        lines.add(row(columns, 0, "812885163", 1, "Feil Kontrollsiffer"));
        lines.add(row(columns, 0, "", 1, "Uten Nummer"));
        lines.add(row(columns, 0, "999999999", 13, "mange") .replace("\"999999999\"", "\"974793725\"").replace(",\"\",\"mange\"", ",\"\",\"mange\""));
        lines.add(real.get(2));
        lines.add(row(columns, 0, "974793725", 1, "").replace("\"974793725\"", "\"974793725\""));
        Path file = Files.write(dir.resolve("bad.csv"), lines, StandardCharsets.UTF_8);

        ImportProgress done = importing(UnitKind.UNDERENHET, file);
        List<ImportRefusal> refusals = importer.refusals(done.id());

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(done.refused()).isEqualTo(4);
        assertThat(refusals).extracting(ImportRefusal::recordNumber).containsExactly(2L, 3L, 4L, 6L);
        assertThat(refusals.get(0).line()).isEqualTo(3);
        assertThat(refusals.get(0).unitNumber()).isEqualTo("812885163");
        assertThat(Wording.read(refusals.get(0).reason())).contains("check digit");
        assertThat(Wording.read(refusals.get(1).reason())).isEqualTo("The record has no organisasjonsnummer.");
        assertThat(Wording.read(refusals.get(2).reason())).contains("antallAnsatte").contains("mange");
        assertThat(Wording.read(refusals.get(3).reason())).isEqualTo("The record has no name (navn).");
    }

    /** A synthetic underenhet row: the number, navn and antallAnsatte set, everything else empty. */
    private static String row(int columns, int unused, String number, int unusedToo, String nameOrCount) {
        String[] values = new String[columns];
        java.util.Arrays.fill(values, "\"\"");
        values[0] = "\"" + number + "\"";
        if (nameOrCount.equals("mange")) {
            values[1] = "\"Mange Ansatte\"";
            values[12] = "\"true\"";
            values[13] = "\"mange\"";
        } else {
            values[1] = "\"" + nameOrCount + "\"";
        }
        values[24] = "\"8006\"";
        return String.join(",", values);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aMunicipalityNumberFromBeforeTheReformsIsReplacedByTheOneItsPostcodeLiesInToday(Databases database) throws Exception {
        on(database);
        String header = Files.readAllLines(RegisterSamples.UNDERENHETER_CSV, StandardCharsets.UTF_8).get(0);
        String[] values = new String[header.split(",").length];
        java.util.Arrays.fill(values, "\"\"");
        // Synthetic: a Drammen unit as it was numbered before 2020 (0602), and one from 2020-2023 (3005).
        values[0] = "\"974793725\"";
        values[1] = "\"Syntetisk Drammen\"";
        values[24] = "\"3015\"";
        values[26] = "\"0602\"";
        String before2020 = String.join(",", values);
        values[0] = "\"812885162\"";
        values[26] = "\"3005\"";
        Path file = Files.write(dir.resolve("reforms.csv"), List.of(header, before2020, String.join(",", values)), StandardCharsets.UTF_8);

        importing(UnitKind.UNDERENHET, file);

        assertThat(value("municipality_code", "974793725")).isEqualTo("3301");
        assertThat(value("published_municipality_code", "974793725")).isEqualTo("0602");
        assertThat(value("municipality_code", "812885162")).isEqualTo("3301");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aFileOfAnotherFormatIsRefusedAtOnceAndOnlyOneImportRunsAtATime(Databases database) throws Exception {
        on(database);
        Path text = Files.writeString(dir.resolve("notes.txt"), "Dette er ikke et register\n");
        assertThatThrownBy(() -> importer.begin(UnitKind.UNDERENHET, text, "admin")).isInstanceOf(FormatRefused.class)
                .hasMessageContaining("organisasjonsnummer");
        assertThatThrownBy(() -> importer.begin(UnitKind.UNDERENHET, RegisterSamples.ENHETER_CSV, "admin"))
                .isInstanceOf(FormatRefused.class).hasMessageContaining("beliggenhetsadresse.postnummer");
        assertThatThrownBy(() -> importer.begin(UnitKind.UNDERENHET, RegisterSamples.CVR_P_UNITS, "admin"))
                .isInstanceOf(FormatRefused.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> importer.begin(UnitKind.P_UNIT, RegisterSamples.UNDERENHETER_JSON, "admin"))
                .isInstanceOf(FormatRefused.class).hasMessageContaining("CVR");

        long first = importer.begin(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_JSON, "admin");
        assertThatThrownBy(() -> importer.begin(UnitKind.ENHET, RegisterSamples.ENHETER_CSV, "other-admin"))
                .isInstanceOfSatisfying(ImportBusy.class, busy -> assertThat(busy.runningImport()).isEqualTo(first));
        importer.run(first, UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_JSON, null);
        assertThat(importer.begin(UnitKind.ENHET, RegisterSamples.ENHETER_CSV, "other-admin")).isGreaterThan(first);
    }

    /** A first import of a kind from a big file loads without the secondary indexes, and builds them before it is done. */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void aFirstBulkLoadBuildsTheSecondaryIndexesAfterwardsAndLeavesTheSameRows(Databases database) throws Exception {
        on(database);
        importer = new RegisterImporter(db, CLOCK, new ImportTuning(100, java.time.Duration.ofSeconds(2), 0));
        ImportProgress done = importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV);

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.added()).isEqualTo(514);
        assertThat(importer.timings().indexSeconds()).isPositive();
        assertThat(indexes()).contains("ix_register_unit_municipality", "ix_register_unit_postcode", "ix_register_unit_nace",
                "ix_register_unit_parent");
        assertThat(value("municipality_code", "874207632")).isEqualTo("1804");

        // a kind already in the table is written with its indexes kept (no drop, so no build)
        RegisterImporter second = new RegisterImporter(db, CLOCK, new ImportTuning(100, java.time.Duration.ZERO, 0));
        long id = second.begin(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV, "admin");
        assertThat(second.run(id, UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_CSV, null).unchanged()).isEqualTo(514);
        assertThat(second.timings().indexSeconds()).isZero();
    }

    /** An instance that died mid-load left the indexes dropped: the next import builds them before it starts. */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void indexesLeftDroppedByAnImportThatDiedAreBuiltAgainByTheNext(Databases database) throws Exception {
        on(database);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            SecondaryIndexes.drop(c);
        }
        assertThat(indexes()).doesNotContain("ix_register_unit_municipality", "ix_register_unit_parent");

        importing(UnitKind.UNDERENHET, RegisterSamples.UNDERENHETER_JSON);

        assertThat(indexes()).contains("ix_register_unit_municipality", "ix_register_unit_postcode", "ix_register_unit_nace",
                "ix_register_unit_parent");
    }

    private java.util.Set<String> indexes() throws Exception {
        try (Connection c = db.getConnection()) {
            return SecondaryIndexes.present(c);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void cvrProductionUnitsArriveWithTheirAdvertisingProtectionAndClosing(Databases database) throws Exception {
        on(database);
        ImportProgress done = importing(UnitKind.P_UNIT, RegisterSamples.CVR_P_UNITS);

        assertThat(done.imported()).isEqualTo(10);
        assertThat(count("advertising_protected = TRUE", UnitKind.P_UNIT)).isEqualTo(5);
        assertThat(count("closed_on IS NOT NULL", UnitKind.P_UNIT)).as("all ten have ceased").isEqualTo(10);
        assertThat(value("parent_number", "1020895337", UnitKind.P_UNIT)).isEqualTo("36238208");
        assertThat(value("nace_code", "1020895337", UnitKind.P_UNIT)).isEqualTo("85.59");
        assertThat(value("nace_version", "1020895337", UnitKind.P_UNIT)).isEqualTo("DB07");
        assertThat(value("postcode", "1020895337", UnitKind.P_UNIT)).isEqualTo("7000");
        assertThat(value("municipality_code", "1020895337", UnitKind.P_UNIT)).isEqualTo("0607");
        assertThat(value("street", "1020895337", UnitKind.P_UNIT)).isEqualTo("Martine Christoffersens Vej 67");
        assertThat(value("advertising_protected", "1021686405", UnitKind.P_UNIT)).isIn("TRUE", "true", "1");
        assertThat(value("nace_code", "1021809213", UnitKind.P_UNIT)).as("999999 is no industry").isNull();
        assertThat(value("employee_band", "1010255879", UnitKind.P_UNIT)).isEqualTo("0-0");
    }

    private long count(String where) throws Exception {
        return count(where, UnitKind.UNDERENHET);
    }

    private long count(String where, UnitKind kind) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM register_unit WHERE kind = ? AND " + where)) {
            s.setString(1, kind.name());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String value(String column, String number) throws Exception {
        return value(column, number, UnitKind.UNDERENHET);
    }

    private String value(String column, String number, UnitKind kind) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT " + column + " FROM register_unit WHERE kind = ? AND unit_number = ?")) {
            s.setString(1, kind.name());
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("unit " + number).isTrue();
                return r.getString(1);
            }
        }
    }
}
