package se.samspar.codelist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the code lists for forms and lists: code → label, in the list's order. */
@Service
@Transactional(readOnly = true)
public class CodeListService {

    private final CodeValueRepository values;

    CodeListService(CodeValueRepository values) {
        this.values = values;
    }

    /** The active values of a list, code → label, in order. Labels hold no personal data. */
    public Map<String, String> activeValues(String list) {
        Map<String, String> result = new LinkedHashMap<>();
        values.findByList(list).stream().filter(CodeValue::isActive).forEach(v -> result.put(v.getCode(), v.getLabel()));
        return result;
    }

    /** Every value of a list, inactive ones included, so that old registrations keep their label. */
    public Map<String, String> allValues(String list) {
        Map<String, String> result = new LinkedHashMap<>();
        values.findByList(list).forEach(v -> result.put(v.getCode(), v.getLabel()));
        return result;
    }
}
