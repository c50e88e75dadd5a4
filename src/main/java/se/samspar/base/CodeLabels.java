package se.samspar.base;

import java.util.Map;

/**
 * The labels of the förbund's code lists, code → label with retired values included, for modules
 * that show stored codes (the audit log) but must not depend on the code list module.
 */
public interface CodeLabels {

    Map<String, String> allValues(String list);
}
