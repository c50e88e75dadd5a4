package se.samspar.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the code lists for forms and lists: code → label, in the list's order. */
@Service
@Transactional(readOnly = true)
public class CodeListService implements se.samspar.base.CodeLabels {

    private final CodeValueRepository values;

    CodeListService(CodeValueRepository values) {
        this.values = values;
    }

    /** Codes the rules depend on: their labels may change, but they stay active. */
    static final java.util.Set<String> LOCKED_EXIT_REASONS = java.util.Set.of(
            se.samspar.enrolment.ExitReasons.MEDGIVANDE_ATERTAGET, se.samspar.enrolment.ExitReasons.FELREGISTRERING,
            se.samspar.enrolment.ExitReasons.OVRIGT);
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z0-9_]{2,40}");

    /** Every value of a list for the administrator, inactive ones included. */
    @org.springframework.security.access.annotation.Secured(se.samspar.base.Role.ROLE_ADMIN)
    public List<CodeValue> valuesForAdmin(String list) {
        return values.findByList(list);
    }

    /** Changes a value's label, order and whether it is offered in forms. */
    @Transactional
    @org.springframework.security.access.annotation.Secured(se.samspar.base.Role.ROLE_ADMIN)
    public CodeValue change(long id, long version, String label, int sortOrder, boolean active,
                            se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup boardGroup) {
        CodeValue v = values.findById(id).orElseThrow();
        if (v.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CodeValue.class, id);
        }
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        String l = problems.attempt(() -> checkLabel(label));
        if (!active && se.samspar.base.CodeLists.EXIT_REASON.equals(v.getListName())
                && LOCKED_EXIT_REASONS.contains(v.getCode())) {
            problems.add("active", "codelist.error.locked");
        }
        var group = problems.attempt(() -> checkGroup(v.getListName(), v.getCode(), boardGroup));
        problems.throwIfAny();
        v.change(l, sortOrder, active, group);
        return values.saveAndFlush(v);
    }

    /** Adds a value with a new, stable code. */
    @Transactional
    @org.springframework.security.access.annotation.Secured(se.samspar.base.Role.ROLE_ADMIN)
    public CodeValue add(String list, String code, String label, int sortOrder,
                         se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup boardGroup) {
        // Every field is checked before refusing, so that the form marks all that is wrong at once.
        se.samspar.base.InputProblems problems = new se.samspar.base.InputProblems();
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!CODE.matcher(c).matches()) {
            problems.add("code", "codelist.error.code-format");
        } else if (values.existsByListNameAndCode(list, c)) {
            problems.add("code", "codelist.error.code-taken");
        }
        String l = problems.attempt(() -> checkLabel(label));
        var group = problems.attempt(() -> checkGroup(list, c, boardGroup));
        problems.throwIfAny();
        return values.saveAndFlush(new CodeValue(list, c, l, sortOrder, group));
    }

    /**
     * An exit reason must name the board group it is counted in (so that no exit falls out of the
     * board's statistics); wrong registrations stay uncounted and no other reason may join them.
     * Other lists have no group.
     */
    private static se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup checkGroup(String list,
            String code, se.samspar.enrolment.@org.jspecify.annotations.Nullable ExitGroup group) {
        if (!se.samspar.base.CodeLists.EXIT_REASON.equals(list)) {
            return null;
        }
        if (se.samspar.enrolment.ExitReasons.FELREGISTRERING.equals(code)) {
            return se.samspar.enrolment.ExitGroup.EJ_RAKNAD;
        }
        if (group == null) {
            throw new se.samspar.base.InvalidInputException("boardGroup", "codelist.error.board-group-required");
        }
        if (group == se.samspar.enrolment.ExitGroup.EJ_RAKNAD) {
            throw new se.samspar.base.InvalidInputException("boardGroup", "codelist.error.board-group-uncounted");
        }
        return group;
    }

    /**
     * Each exit reason's board group, every reason of the list (inactive ones too, which old exits
     * still carry), in the list's order.
     */
    @org.springframework.security.access.annotation.Secured({se.samspar.base.Role.ROLE_ADMIN,
            se.samspar.base.Role.ROLE_SAMORDNARE, se.samspar.base.Role.ROLE_PERSONAL})
    public Map<String, se.samspar.enrolment.ExitGroup> exitGroups() {
        Map<String, se.samspar.enrolment.ExitGroup> result = new LinkedHashMap<>();
        values.findByList(se.samspar.base.CodeLists.EXIT_REASON).forEach(v -> result.put(v.getCode(),
                v.getBoardGroup() == null ? se.samspar.enrolment.ExitGroup.OVRIGT : v.getBoardGroup()));
        return result;
    }

    private static String checkLabel(String label) {
        if (label == null || label.isBlank()) {
            throw new se.samspar.base.InvalidInputException("label", "error.required");
        }
        if (label.strip().length() > CodeValue.LABEL_MAX) {
            throw new se.samspar.base.InvalidInputException("label", "error.too-long");
        }
        return label.strip();
    }

    /** The active values of a list, code → label, in order. Labels hold no personal data. */
    @org.springframework.security.access.annotation.Secured({se.samspar.base.Role.ROLE_ADMIN,
            se.samspar.base.Role.ROLE_SAMORDNARE, se.samspar.base.Role.ROLE_PERSONAL})
    public Map<String, String> activeValues(String list) {
        Map<String, String> result = new LinkedHashMap<>();
        values.findByList(list).stream().filter(CodeValue::isActive).forEach(v -> result.put(v.getCode(), v.getLabel()));
        return result;
    }

    /** Every value of a list, inactive ones included, so that old registrations keep their label. */
    @org.springframework.security.access.annotation.Secured({se.samspar.base.Role.ROLE_ADMIN,
            se.samspar.base.Role.ROLE_SAMORDNARE, se.samspar.base.Role.ROLE_PERSONAL})
    @Override
    public Map<String, String> allValues(String list) {
        Map<String, String> result = new LinkedHashMap<>();
        values.findByList(list).forEach(v -> result.put(v.getCode(), v.getLabel()));
        return result;
    }
}
