package se.samspar.base;

/**
 * An exception as it may go into the log: the same classes and stack traces, without the
 * messages, which may quote registered values (a database error names the duplicate value, a
 * parse error the text it could not read). The reference ties the log line to what the user saw.
 */
public final class Redacted extends RuntimeException {

    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName(), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** A message-free copy of the exception and its causes. */
    public static Throwable of(Throwable error) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = error; t != null && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        Throwable copy = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            copy = new Redacted(chain.get(i), copy);
        }
        return copy;
    }
}
