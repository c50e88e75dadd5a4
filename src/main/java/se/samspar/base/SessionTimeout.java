package se.samspar.base;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a session may stay idle (server.servlet.session.timeout, default 30 minutes). Every new
 * session gets it, and the browser warns the user before it runs out.
 */
@Component
public class SessionTimeout implements HttpSessionListener {

    /** The warning shows this long before the end (or at half time for a very short time-out). */
    static final Duration WARNING = Duration.ofMinutes(2);

    private volatile Duration timeout;

    SessionTimeout(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Changes the time-out of sessions created from now on (tests shorten it). */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public Duration warningBefore() {
        return timeout.compareTo(WARNING.multipliedBy(2)) < 0 ? timeout.dividedBy(2) : WARNING;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) timeout.toSeconds());
    }
}
