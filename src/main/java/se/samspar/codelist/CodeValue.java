package se.samspar.codelist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.samspar.base.AbstractEntity;

/** One value of a code list: a stable code, and the label users see. */
@Entity
@Table(name = "code_value")
public class CodeValue extends AbstractEntity {

    public static final int LABEL_MAX = 100;

    @Column(name = "list_name", nullable = false, length = 40, updatable = false)
    private String listName;

    @Column(name = "code", nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "label", nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** For exit reasons: the group of the board's statistics the reason is counted in. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "board_group", length = 40)
    private se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup boardGroup;

    protected CodeValue() {
        // for JPA
    }

    CodeValue(String listName, String code, String label, int sortOrder,
              se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup boardGroup) {
        this.listName = listName;
        this.code = code;
        this.label = label;
        this.sortOrder = sortOrder;
        this.boardGroup = boardGroup;
    }

    void change(String label, int sortOrder, boolean active,
                se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup boardGroup) {
        this.label = label;
        this.sortOrder = sortOrder;
        this.active = active;
        this.boardGroup = boardGroup;
    }

    public se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup getBoardGroup() {
        return boardGroup;
    }

    public String getListName() {
        return listName;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
