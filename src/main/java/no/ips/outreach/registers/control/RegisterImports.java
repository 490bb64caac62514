package no.ips.outreach.registers.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.DataSourceConfiguration;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.registers.entity.EmployerChange;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.ImportRefusal;
import no.ips.outreach.registers.entity.NaceVersion;
import no.ips.outreach.registers.entity.UnitKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts imports of bulk files that an administrator has put in the import directory, runs them in the background,
 * and reports their progress. Files are named, not uploaded: the national files are hundreds of megabytes, and the
 * directory is where an administrator's download lands.
 */
@ApplicationScoped
public class RegisterImports {

    private static final Logger LOG = Logger.getLogger(RegisterImports.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "outreach.registers.import-dir", defaultValue = "data/registers")
    String importDir;

    /**
     * Checks the file and takes the import lock in transactions of its own (committed before the import starts in the
     * background, whatever transaction the caller is in), then starts the import.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportProgress start(UnitKind kind, String fileName, NaceVersion declared, String user) {
        Path file = Path.of(importDir).resolve(fileName).normalize();
        if (!file.getParent().equals(Path.of(importDir).normalize()) || !Files.isRegularFile(file)) {
            throw ProblemException.invalid("file", Messages.get("registers.file.missing", fileName,
                    Path.of(importDir).toAbsolutePath().normalize()));
        }
        RegisterImporter importer = importer();
        long id;
        try {
            id = importer.begin(kind, file, user);
        } catch (FormatRefused e) {
            throw ProblemException.unprocessable(e.text(RequestLanguage.current()));
        } catch (ImportBusy e) {
            throw ProblemException.conflict(Messages.get("registers.import.busy", String.valueOf(e.runningImport())));
        } catch (IOException e) {
            throw ProblemException.unprocessable(Messages.get("registers.file.unreadable", e.getMessage()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        executor.submit(() -> {
            try {
                importer.run(id, kind, file, declared);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Register import " + id + " could not be ended", e);
            }
        });
        return importer.progress(id).orElseThrow();
    }

    public ImportProgress progress(long id) {
        return importer().progress(id).orElseThrow(() -> ProblemException.notFound("Import", id));
    }

    public List<EmployerChange> changes(long id) {
        progress(id);
        return importer().changes(id);
    }

    public List<ImportRefusal> refusals(long id) {
        progress(id);
        return importer().refusals(id);
    }

    private RegisterImporter importer() {
        return new RegisterImporter(dataSource, clock);
    }
}
