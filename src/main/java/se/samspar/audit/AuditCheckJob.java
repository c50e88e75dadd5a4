package se.samspar.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samspar.security.SystemUser;

/**
 * Checks the audit chain every day (samspar.audit.check-cron, "-" turns it off) and once after
 * start-up, in the background, as the user "system". An intact chain is anchored outside the
 * database; a broken one is logged and shown to the administrator on the start page.
 */
@Component
class AuditCheckJob {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckJob.class);

    private final AuditService audit;
    private final boolean onStart;

    AuditCheckJob(AuditService audit,
                  @Value("${samspar.audit.check-on-start:true}") boolean onStart) {
        this.audit = audit;
        this.onStart = onStart;
    }

    @Scheduled(cron = "${samspar.audit.check-cron:0 45 2 * * *}", zone = "Europe/Stockholm")
    void daily() {
        run();
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (onStart) {
            Thread.ofVirtual().name("audit-check").start(this::run);
        }
    }

    void run() {
        try {
            AuditService.ChainCheck check = SystemUser.call(audit::verifyAndAnchor);
            if (check.intact()) {
                LOG.info("Audit chain intact: {} entries", check.entries());
            } else {
                LOG.error("Audit chain BROKEN at entry {}: see Granskningslogg", check.firstBrokenId());
            }
        } catch (RuntimeException e) {
            LOG.error("Audit chain check failed: {}", e.getClass().getName());
        }
    }
}
