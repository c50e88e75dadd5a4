package se.samspar.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/**
 * A report the coordinator is writing: programme, period and kind, the free-text sections, the
 * questionnaire comments to quote, and place, date and signature. Saved to be finished later;
 * publishing turns it into an immutable {@link PublishedReport}.
 */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends AbstractEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ReportKind kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "compare_previous", nullable = false)
    private boolean comparePrevious;

    @Column(name = "purpose_text")
    private @Nullable String purpose;

    @Column(name = "result_comment")
    private @Nullable String resultComment;

    @Column(name = "method_text")
    private @Nullable String methodDevelopment;

    @Column(name = "group_text")
    private @Nullable String groupWork;

    @Column(name = "challenges_text")
    private @Nullable String challenges;

    @Column(name = "comments_text")
    private @Nullable String comments;

    @ElementCollection
    @CollectionTable(name = "report_draft_quote", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> quotes = new ArrayList<>();

    @Column(name = "place")
    private @Nullable String place;

    @Column(name = "signed_on")
    private @Nullable LocalDate signedOn;

    @Column(name = "signature")
    private @Nullable String signature;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "published_version")
    private @Nullable Integer publishedVersion;

    @Column(name = "changed_since_publish", nullable = false)
    private boolean changedSincePublish = true;

    protected ReportDraft() {
    }

    ReportDraft(long programmeId, String createdBy, DraftContent content, LocalDateTime now) {
        this.programmeId = programmeId;
        this.createdBy = createdBy;
        apply(content, now);
    }

    /**
     * Takes what the coordinator wrote. Saving the same content again (as publishing does first)
     * is no change: the draft stays published, so a second click makes no second version.
     */
    void apply(DraftContent c, LocalDateTime now) {
        if (kind != null && same(c, content())) {
            return;
        }
        kind = c.kind();
        from = c.from();
        to = c.to();
        comparePrevious = c.comparePrevious();
        purpose = c.texts().purpose();
        resultComment = c.texts().resultComment();
        methodDevelopment = c.texts().methodDevelopment();
        groupWork = c.texts().groupWork();
        challenges = c.texts().challenges();
        comments = c.texts().comments();
        quotes.clear();
        quotes.addAll(c.quotes());
        place = c.place();
        signedOn = c.signedOn();
        signature = c.signature();
        updatedAt = now;
        changedSincePublish = true;
    }

    /** The same content, a blank text counting as none. */
    private static boolean same(DraftContent a, DraftContent b) {
        return normal(a).equals(normal(b));
    }

    private static DraftContent normal(DraftContent c) {
        DraftContent.Texts t = c.texts();
        return new DraftContent(c.kind(), c.from(), c.to(), c.comparePrevious(), new DraftContent.Texts(
                blankToNull(t.purpose()), blankToNull(t.resultComment()), blankToNull(t.methodDevelopment()),
                blankToNull(t.groupWork()), blankToNull(t.challenges()), blankToNull(t.comments())), c.quotes(),
                blankToNull(c.place()), c.signedOn(), blankToNull(c.signature()));
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    void published(int version) {
        publishedVersion = version;
        changedSincePublish = false;
    }

    /** What the coordinator entered, as the form and the PDF use it. */
    public DraftContent content() {
        return new DraftContent(kind, from, to, comparePrevious, new DraftContent.Texts(purpose, resultComment,
                methodDevelopment, groupWork, challenges, comments), List.copyOf(quotes), place, signedOn, signature);
    }

    public long getProgrammeId() {
        return programmeId;
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

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The version last published from this draft, if any. */
    public @Nullable Integer getPublishedVersion() {
        return publishedVersion;
    }

    /** Whether the draft was edited since it was last published (a new draft counts as changed). */
    public boolean isChangedSincePublish() {
        return changedSincePublish;
    }
}
