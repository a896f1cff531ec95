package ru.otklik.security.boundary;

import jakarta.inject.Inject;
import org.apache.deltaspike.scheduler.api.Scheduled;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import ru.otklik.security.control.LoginThrottle;

import java.util.logging.Logger;

/**
 * A recurring job (DeltaSpike scheduler): every 15 minutes, forget the failed-login counts of
 * logins and addresses that have been quiet for an hour, so the throttle's memory stays small.
 */
@Scheduled(cronExpression = "0 0/15 * * * ?", description = "Forget quiet failed-login counts")
public class ThrottleCleanup implements Job {

    private static final Logger LOG = Logger.getLogger(ThrottleCleanup.class.getName());

    @Inject
    LoginThrottle throttle;

    @Override
    public void execute(JobExecutionContext context) {
        int forgotten = throttle.forgetQuiet();
        if (forgotten > 0) {
            LOG.fine(() -> "Forgot " + forgotten + " quiet failed-login counts");
        }
    }
}
