package se.samspar.participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.samspar.security.SystemUser;

/** Runs retention every night (samspar.retention.cron; "-" turns it off). Logs counts only. */
@Component
class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${samspar.retention.cron:0 15 2 * * *}", zone = "Europe/Stockholm")
    void nightly() {
        RetentionService.Result r = SystemUser.call(retention::run);
        LOG.info("Retention run: {} enrolments made anonymous, {} persons' identities erased",
                r.enrolmentsAnonymised(), r.personsErased());
    }
}
