package se.samspar.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.samspar.base.AbstractEntity;

/** An interpreter a group can book: name, agency and language. */
@Entity
@Table(name = "interpreter")
public class Interpreter extends AbstractEntity {

    public static final int TEXT_MAX = 100;

    @Column(name = "name", nullable = false, length = TEXT_MAX)
    private String name;

    @Column(name = "agency", length = TEXT_MAX)
    private @Nullable String agency;

    @Column(name = "language", length = 60)
    private @Nullable String language;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Interpreter() {
    }

    public Interpreter(String name, @Nullable String agency, @Nullable String language) {
        this.name = name;
        this.agency = agency;
        this.language = language;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getAgency() {
        return agency;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    /** "Amira Haddad (Tolkcentralen, arabiska)". */
    public String label() {
        StringBuilder s = new StringBuilder(name);
        if (agency != null || language != null) {
            s.append(" (").append(agency == null ? "" : agency)
                    .append(agency != null && language != null ? ", " : "").append(language == null ? "" : language)
                    .append(')');
        }
        return s.toString();
    }
}
