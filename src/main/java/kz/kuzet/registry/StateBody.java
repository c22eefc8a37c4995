package kz.kuzet.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A state body whose digital objects are monitored, with its notice contact and monitoring contract. */
@Entity
@Table(name = "state_body")
public class StateBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_kk", nullable = false, length = 400)
    private String nameKk;

    @Column(name = "name_ru", nullable = false, length = 400)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private StateBodyKind kind;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_position", length = 200)
    private String contactPosition;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "work_installation", nullable = false)
    private boolean workInstallation;

    @Column(name = "work_support", nullable = false)
    private boolean workSupport;

    @Column(name = "work_observation", nullable = false)
    private boolean workObservation;

    @Column(name = "contract_start")
    private LocalDate contractStart;

    @Column(name = "contract_end")
    private LocalDate contractEnd;

    @Column(name = "knb_contract_ref", length = 100)
    private String knbContractRef;

    @Version
    private long version;

    protected StateBody() {
    }

    public StateBody(String code, String nameKk, String nameRu, StateBodyKind kind) {
        this.code = code;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameKk() { return nameKk; }
    public void setNameKk(String nameKk) { this.nameKk = nameKk; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public StateBodyKind getKind() { return kind; }
    public void setKind(StateBodyKind kind) { this.kind = kind; }
    public String getContactName() { return contactName; }
    public String getContactPosition() { return contactPosition; }
    public String getContactEmail() { return contactEmail; }
    public LocalDate getContractStart() { return contractStart; }
    public LocalDate getContractEnd() { return contractEnd; }
    public String getKnbContractRef() { return knbContractRef; }
    public long getVersion() { return version; }

    /** The name in the requested language: Kazakh for "kk", Russian otherwise (the English UI shows Russian). */
    public String name(String language) {
        return "kk".equals(language) ? nameKk : nameRu;
    }

    public void setNoticeContact(String name, String position, String email) {
        this.contactName = name;
        this.contactPosition = position;
        this.contactEmail = email;
    }

    public void setContract(Set<WorkType> workTypes, LocalDate start, LocalDate end, String knbContractRef) {
        this.workInstallation = workTypes.contains(WorkType.INSTALLATION);
        this.workSupport = workTypes.contains(WorkType.SUPPORT);
        this.workObservation = workTypes.contains(WorkType.OBSERVATION);
        this.contractStart = start;
        this.contractEnd = end;
        this.knbContractRef = knbContractRef;
    }

    public Set<WorkType> getWorkTypes() {
        Set<WorkType> types = EnumSet.noneOf(WorkType.class);
        if (workInstallation) {
            types.add(WorkType.INSTALLATION);
        }
        if (workSupport) {
            types.add(WorkType.SUPPORT);
        }
        if (workObservation) {
            types.add(WorkType.OBSERVATION);
        }
        return types;
    }
}
