package se.samspar.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A published report: the PDF the board reads, stored once and never changed (the database
 * refuses updates and deletes), with period, programme, version, author, time and SHA-256.
 */
@Entity
@Immutable
@Table(name = "published_report")
public class PublishedReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    /** Empty for the board's statistics over the whole förbund. */
    @Column(name = "programme_id")
    private @Nullable Long programmeId;

    @Column(name = "programme_name", nullable = false)
    private String programmeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ReportKind kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "pdf", nullable = false, columnDefinition = "longblob")
    private byte[] pdf;

    protected PublishedReport() {
    }

    PublishedReport(@Nullable Long programmeId, String programmeName, ReportKind kind, LocalDate from, LocalDate to,
                    int versionNo, String author, String authorName, LocalDateTime publishedAt, byte[] pdf,
                    String sha256) {
        this.programmeId = programmeId;
        this.programmeName = programmeName;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.versionNo = versionNo;
        this.author = author;
        this.authorName = authorName;
        this.publishedAt = publishedAt;
        this.pdf = pdf.clone();
        this.sizeBytes = pdf.length;
        this.sha256 = sha256;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getProgrammeId() {
        return programmeId;
    }

    public String getProgrammeName() {
        return programmeName;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    byte[] pdf() {
        return pdf.clone();
    }
}
