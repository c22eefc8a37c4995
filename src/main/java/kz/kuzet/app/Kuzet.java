package kz.kuzet.app;

import java.time.Clock;
import java.util.List;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.Detection;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.OnSiteDispatch;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.RecordQueries;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.ingest.IngestService;
import kz.kuzet.ingest.IngestSettings;
import kz.kuzet.notice.Notice;
import kz.kuzet.notice.NoticeRenderer;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.notice.NoticeSettings;
import kz.kuzet.notice.OutboxMessage;
import kz.kuzet.notice.OutboxRetrier;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.ContourRange;
import kz.kuzet.registry.CoordinatorActivity;
import kz.kuzet.registry.LogCollector;
import kz.kuzet.registry.ObjectEventLog;
import kz.kuzet.registry.ObjectRegistry;
import kz.kuzet.registry.OsSupportTable;
import kz.kuzet.registry.OutdatedOsReport;
import kz.kuzet.registry.ScopePolicy;
import kz.kuzet.registry.SensorService;
import kz.kuzet.registry.StateBodyService;
import kz.kuzet.registry.SupportWorkService;
import kz.kuzet.registry.WorkOrder;
import kz.kuzet.registry.annex.AnnexRow;
import kz.kuzet.registry.annex.AnnexSubmission;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.RegistryService;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.StateBody;
import kz.kuzet.report.AnnexPrint;
import kz.kuzet.report.AnnexSubmissionsQuery;
import kz.kuzet.report.QuarterlyRenderer;
import kz.kuzet.report.QuarterlyReports;
import kz.kuzet.report.QuarterlySummaryService;
import kz.kuzet.report.ReportEngine;
import kz.kuzet.packages.importing.ImportedAuditRows;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.AuditEntry;
import kz.kuzet.security.AuditQueries;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.AuditVerifier;
import kz.kuzet.incident.QueueQueries;
import kz.kuzet.incident.ResponseService;
import kz.kuzet.incident.SavedViews;
import kz.kuzet.incident.TriageService;
import kz.kuzet.store.ChangeEntry;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.security.Authenticator;
import kz.kuzet.security.PasswordHasher;
import kz.kuzet.security.UserAccount;
import kz.kuzet.security.UserService;
import kz.kuzet.store.Database;
import kz.kuzet.store.DatabaseSettings;
import kz.kuzet.store.Transactions;

/**
 * The composition root: builds every service once, with its dependencies passed in, over one database and one
 * clock. The console and the commands both start here.
 */
public final class Kuzet implements AutoCloseable {

    /** Every JPA entity of the product; Hibernate validates each against the Flyway-owned schema. */
    public static final List<Class<?>> ENTITIES = List.of(
            StateBody.class, MonitoredObject.class, ContourRange.class, Sensor.class,
            Detection.class, IncidentRecord.class, Recommendation.class, ContainmentMeasure.class,
            OnSiteDispatch.class, StateBodyReport.class, Notice.class, OutboxMessage.class, AuditEntry.class,
            UserAccount.class, ChangeEntry.class, AnnexSubmission.class, AnnexRow.class, WorkOrder.class,
            LogCollector.class, ObjectEventLog.class, CoordinatorActivity.class,
            kz.kuzet.packages.importing.ImportedPackage.class, kz.kuzet.packages.importing.ImportedAuditEntry.class);

    private final Clock clock;
    private final Database database;
    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final RegulationClocks clocks;
    private final RegistryService registry;
    private final RecordQueries records;
    private final ChangeFeed changes;
    private final TriageService triage;
    private final ResponseService response;
    private final QueueQueries queues;
    private final SavedViews savedViews;
    private final IngestService ingest;
    private final UserService users;
    private final Authenticator authenticator;
    private final AuditQueries auditQueries;
    private final ReportEngine reports;
    private final NoticeService notices;
    private final OutboxRetrier outboxRetrier;
    private final QuarterlyReports quarterly;
    private final AnnexService annexes;
    private final AnnexPrint annexPrint;
    private final StateBodyService bodies;
    private final ObjectRegistry objects;
    private final ScopePolicy scopePolicy;
    private final OutdatedOsReport outdatedOs;
    private final SensorService sensors;
    private final SupportWorkService supportWork;
    private final kz.kuzet.packages.PackageService packages;

    private Kuzet(Clock clock, Database database) {
        this.clock = clock;
        this.database = database;
        this.tx = new Transactions(database.entityManagerFactory());
        this.audit = new AuditTrail(clock);
        this.guard = new AccessGuard(tx, audit);
        this.clocks = new RegulationClocks(clock);
        this.registry = new RegistryService(tx, guard);
        this.records = new RecordQueries(tx, guard);
        this.changes = new ChangeFeed(tx, clock, database.dataSource(),
                database.engine() == kz.kuzet.store.DatabaseSettings.Engine.POSTGRESQL);
        this.triage = new TriageService(tx, audit, changes, clock, guard);
        this.response = new ResponseService(tx, audit, changes, clock, guard);
        this.queues = new QueueQueries(tx, guard);
        this.savedViews = new SavedViews(tx, audit);
        this.ingest = new IngestService(database, tx, audit, guard, changes, clock, IngestSettings.defaults());
        PasswordHasher hasher = new PasswordHasher();
        this.users = new UserService(tx, audit, hasher, clock, guard);
        this.authenticator = new Authenticator(tx, audit, hasher, clock);
        this.auditQueries = new AuditQueries(tx, guard, new ImportedAuditRows());
        this.reports = new ReportEngine();
        this.notices = new NoticeService(tx, audit, guard, users, clock, new NoticeRenderer(reports),
                new NoticeSettings(tx, audit, guard, System.getenv()), changes);
        this.outboxRetrier = new OutboxRetrier(notices);
        this.annexes = new AnnexService(tx, audit, clock, guard);
        this.quarterly = new QuarterlyReports(
                new QuarterlySummaryService(tx, clock, new AnnexSubmissionsQuery(annexes)),
                new QuarterlyRenderer(reports), tx, audit, guard);
        this.annexPrint = new AnnexPrint(tx, audit, guard, reports);
        this.bodies = new StateBodyService(tx, audit, guard, clock);
        this.objects = new ObjectRegistry(tx, audit, guard);
        this.scopePolicy = new ScopePolicy();
        this.outdatedOs = new OutdatedOsReport(tx, clock, OsSupportTable.load(), guard);
        this.sensors = new SensorService(tx, audit, clock, guard);
        this.supportWork = new SupportWorkService(tx, audit, guard);
        kz.kuzet.packages.PackagePlaces places = kz.kuzet.packages.PackagePlaces.resolve(System.getenv(),
                kz.kuzet.store.DataFolder.current());
        this.packages = new kz.kuzet.packages.PackageService(tx, audit, guard, queues, clock,
                () -> places.keyStore().loadOrCreate(places.organisation()), places::trustList);
    }

    /** Connects, brings the schema up to date and builds the services. */
    public static Kuzet open(DatabaseSettings settings, Clock clock) {
        Database database = Database.connect(settings, ENTITIES);
        try {
            database.migrate();
            protect(settings);
            return new Kuzet(clock, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void protect(DatabaseSettings settings) {
        try {
            kz.kuzet.security.OwnerOnlyFiles.protectEmbeddedDatabase(settings);
        } catch (java.io.IOException e) {
            throw new kz.kuzet.store.StoreException("Cannot make the database folder private to its owner: "
                    + e.getMessage() + ". Check the folder's owner and permissions.", e);
        }
    }

    public Clock clock() { return clock; }
    public Database database() { return database; }
    public Transactions tx() { return tx; }
    public AuditTrail audit() { return audit; }
    /** The access checks every service makes; refusals are audited. */
    public AccessGuard access() { return guard; }
    public AuditVerifier auditVerifier() { return new AuditVerifier(database.dataSource(), guard); }
    public RegulationClocks clocks() { return clocks; }
    public RegistryService registry() { return registry; }
    public RecordQueries records() { return records; }
    public ChangeFeed changes() { return changes; }
    public TriageService triage() { return triage; }
    public ResponseService response() { return response; }
    public QueueQueries queues() { return queues; }
    public SavedViews savedViews() { return savedViews; }
    public IngestService ingest() { return ingest; }
    public UserService users() { return users; }
    public Authenticator authenticator() { return authenticator; }
    public AuditQueries auditQueries() { return auditQueries; }
    public ReportEngine reports() { return reports; }
    public NoticeService notices() { return notices; }
    public QuarterlyReports quarterly() { return quarterly; }
    /** Background retries of the notice outbox; the console starts it after log-in, {@link #close()} stops it. */
    public OutboxRetrier outboxRetrier() { return outboxRetrier; }
    public AnnexService annexes() { return annexes; }
    public AnnexPrint annexPrint() { return annexPrint; }
    public StateBodyService bodies() { return bodies; }
    public ObjectRegistry objects() { return objects; }
    public ScopePolicy scopePolicy() { return scopePolicy; }
    public OutdatedOsReport outdatedOs() { return outdatedOs; }
    public SensorService sensors() { return sensors; }
    public SupportWorkService supportWork() { return supportWork; }
    /** Offline incident packages: export, open (verify), import. */
    public kz.kuzet.packages.PackageService packages() { return packages; }

    @Override
    public void close() {
        outboxRetrier.stop();
        guard.close();
        database.close();
    }
}
