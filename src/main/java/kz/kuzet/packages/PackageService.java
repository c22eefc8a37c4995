package kz.kuzet.packages;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import kz.kuzet.incident.QueueQueries;
import kz.kuzet.packages.export.ExportReceipt;
import kz.kuzet.packages.export.PackageExporter;
import kz.kuzet.packages.importing.ImportReceipt;
import kz.kuzet.packages.importing.PackageImporter;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.read.PackageRefused;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.store.Transactions;

/**
 * Offline incident packages as the console and the commands use them: export a record (signed with this
 * installation's key), open and verify a package, import one into this database.
 */
public final class PackageService {

    private final PackageExporter exporter;
    private final PackageImporter importer;
    private final Supplier<SigningKey> signingKey;
    private final Supplier<TrustList> trustList;

    public PackageService(Transactions tx, AuditTrail audit, AccessGuard guard, QueueQueries queues, Clock clock,
            Supplier<SigningKey> signingKey, Supplier<TrustList> trustList) {
        this.exporter = new PackageExporter(tx, audit, guard, queues, clock);
        this.importer = new PackageImporter(tx, audit, guard, clock);
        this.signingKey = signingKey;
        this.trustList = trustList;
    }

    /** Exports the record to {@code out}, signed with this installation's key (created on first use). */
    public ExportReceipt export(Actor actor, long recordId, Path out) {
        return exporter.export(actor, recordId, out, signingKey.get());
    }

    public ExportReceipt export(Actor actor, long recordId, Path out, SigningKey key) {
        return exporter.export(actor, recordId, out, key);
    }

    /** Opens and verifies the package against this machine's trust list. */
    public OpenedPackage open(Path file) throws PackageRefused {
        return PackageReader.open(file, trustList.get());
    }

    /** Verifies the package, then imports its record (idempotent: a second import adds nothing). */
    public ImportReceipt importPackage(Actor actor, Path file, TrustList trust) throws PackageRefused {
        return importer.importPackage(actor, PackageReader.open(file, trust));
    }

    public ImportReceipt importPackage(Actor actor, Path file) throws PackageRefused {
        return importPackage(actor, file, trustList.get());
    }

    public ImportReceipt importPackage(Actor actor, OpenedPackage opened) {
        return importer.importPackage(actor, opened);
    }
}
