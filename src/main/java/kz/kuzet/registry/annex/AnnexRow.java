package kz.kuzet.registry.annex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.kuzet.registry.Contour;
import org.hibernate.annotations.Immutable;

/** One object row of a submitted annex, as it was submitted (never changed afterwards). */
@Entity
@Immutable
@Table(name = "annex_row")
public class AnnexRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private AnnexSubmission submission;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Contour contour;

    @Column(name = "body_name", length = 400)
    private String bodyName;

    @Column(length = 300)
    private String department;

    @Column(length = 200)
    private String location;

    @Column(name = "responsible_person", length = 200)
    private String responsiblePerson;

    @Column(name = "host_name", length = 255)
    private String hostName;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "operating_system", length = 120)
    private String operatingSystem;

    protected AnnexRow() {
    }

    public AnnexRow(AnnexSubmission submission, int rowNo, AnnexLine line) {
        this.submission = submission;
        this.rowNo = rowNo;
        this.contour = line.contour();
        this.bodyName = line.bodyName();
        this.department = line.department();
        this.location = line.location();
        this.responsiblePerson = line.person();
        this.hostName = line.host();
        this.ipAddress = line.ip();
        this.operatingSystem = line.os();
    }

    public AnnexLine toLine() {
        return new AnnexLine(rowNo, contour, bodyName, department, location, responsiblePerson, hostName, ipAddress,
                operatingSystem);
    }
}
