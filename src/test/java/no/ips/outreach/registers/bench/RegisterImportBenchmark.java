package no.ips.outreach.registers.bench;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.registers.control.ImportTuning;
import no.ips.outreach.registers.control.RegisterImporter;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.testing.MariaDb;

/**
 * The national-file benchmark (issue #17): a synthetic underenheter file of {@code bench.records} records (1,000,000)
 * in the real bulk format (a gzip-compressed JSON array, as {@code lastned} publishes it), imported into a fresh
 * MariaDB, against a plain streaming parse of the same file in the same run as the baseline. Run it with the heap
 * the issue allows: {@code -Dbench.heap=512m}. Not a test: no test run picks it up.
 */
public final class RegisterImportBenchmark {

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("bench.records", 1_000_000);
        Path file = Path.of("target", "bench", "underenheter-" + records + ".json.gz");
        Files.createDirectories(file.getParent());
        long generating = System.nanoTime();
        generate(file, records);
        System.out.printf("generated %,d records, %,d bytes gzip, in %.1f s; heap max %d MB%n", records, Files.size(file),
                (System.nanoTime() - generating) / 1e9, Runtime.getRuntime().maxMemory() / (1024 * 1024));

        long parsing = System.nanoTime();
        long parsed = parse(file);
        double parseSeconds = (System.nanoTime() - parsing) / 1e9;
        System.out.printf("baseline, plain streaming parse: %,d records in %.1f s%n", parsed, parseSeconds);

        if (!"test".equals(System.getProperty("bench.db", "test"))) {
            // MariaDB's own defaults instead of the test server's, shrunk for the shared test machine (README)
            System.setProperty("outreach.mariadb.bufferPool", "128M");
            System.setProperty("outreach.mariadb.logFile", "96M");
        }
        if (Boolean.parseBoolean(System.getProperty("bench.before", "true"))) {
            timed(new RegisterImporter(database("register_bench_before"), Clock.systemUTC(), ImportTuning.BEFORE), file,
                    "first import, as first written (batches of 1,000, a commit each, every index kept up to date)");
        }
        UrlRoutedDataSource db = database("register_bench");
        ImportProgress first = timed(new RegisterImporter(db, Clock.systemUTC()), file, "first import");
        ImportProgress again = timed(new RegisterImporter(db, Clock.systemUTC()), file, "re-import, nothing changed");
        System.out.printf("first: read %,d imported %,d added %,d refused %,d; again: unchanged %,d%n", first.recordsRead(),
                first.imported(), first.added(), first.refused(), again.unchanged());
        System.exit(0);
    }

    private static UrlRoutedDataSource database(String name) {
        UrlRoutedDataSource db = new UrlRoutedDataSource();
        db.setUrl(MariaDb.freshDatabase(name) + "&rewriteBatchedStatements=true");
        db.setUser(MariaDb.USER);
        db.setPassword(MariaDb.PASSWORD);
        Migrations.configure(db).migrate();
        return db;
    }

    private static ImportProgress timed(RegisterImporter importer, Path file, String what) throws Exception {
        long started = System.nanoTime();
        long id = importer.begin(UnitKind.UNDERENHET, file, "bench");
        ImportProgress done = importer.run(id, UnitKind.UNDERENHET, file, null);
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%s: %s in %.1f s (%,.0f records/s); heap used now %d MB%n", what, done.state(), seconds,
                done.recordsRead() / seconds, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        System.out.println("  phases " + importer.timings());
        return done;
    }

    private static long parse(Path file) throws Exception {
        long count = 0;
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
             JsonParser parser = Json.createParser(in)) {
            parser.next();
            while (parser.hasNext()) {
                if (parser.next() == JsonParser.Event.START_OBJECT) {
                    parser.getObject();
                    count++;
                }
            }
        }
        return count;
    }

    /** Synthetic units, named as such, at real postcodes with real SN2007 codes; every tenth without a count. */
    private static void generate(Path file, int records) throws Exception {
        List<String[]> places = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(RegisterImportBenchmark.class.getClassLoader()
                .getResourceAsStream("registers/postcodes/geonames_zipcodes_no.csv"), StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split(",", -1);
                places.add(new String[] {f[1], f[2], f[6]});
            }
        }
        List<String> codes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(RegisterImportBenchmark.class.getClassLoader()
                .getResourceAsStream("registers/sn2007_subclasses.txt"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                codes.add(line.trim());
            }
        }
        Random random = new Random(17);
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), 1 << 16);
             JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartArray();
            int[] cursor = {80_000_000};
            int[] parents = {90_000_000};
            String parent = null;
            for (int i = 0; i < records; i++) {
                String number = next(cursor);
                if (i % 3 == 0) {
                    parent = next(parents);
                }
                String[] place = places.get(random.nextInt(places.size()));
                json.writeStartObject()
                        .write("organisasjonsnummer", number)
                        .write("navn", "SYNTETISK ENHET " + i)
                        .writeStartObject("organisasjonsform").write("kode", "BEDR").write("beskrivelse", "Bedrift").writeEnd()
                        .writeStartObject("naeringskode1").write("beskrivelse", "Syntetisk").write("kode", codes.get(random.nextInt(codes.size()))).writeEnd();
                if (i % 10 != 0) {
                    json.write("antallAnsatte", random.nextInt(200));
                }
                json.write("overordnetEnhet", parent)
                        .writeStartObject("beliggenhetsadresse")
                        .write("land", "Norge").write("landkode", "NO").write("postnummer", place[0]).write("poststed", place[1])
                        .writeStartArray("adresse").write("Syntetisk gate " + (1 + random.nextInt(200))).writeEnd()
                        .write("kommunenummer", place[2]).writeEnd()
                        .writeEnd();
            }
            json.writeEnd();
        }
    }

    /** The next valid organisation number from a cursor of eight digits, skipping bases that have no check digit. */
    private static String next(int[] cursor) {
        while (true) {
            String first = Integer.toString(cursor[0]++);
            int check = OrganisationNumber.norwegianCheckDigit(first);
            if (check >= 0) {
                return first + check;
            }
        }
    }
}
