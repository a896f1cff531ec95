package ru.otklik.notify.boundary;

import jakarta.inject.Inject;
import org.apache.deltaspike.scheduler.api.Scheduled;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The recurring jobs of notifications (DeltaSpike scheduler on Quartz). Each is safe to run on
 * several nodes at once: mails are claimed under a row lock, the digest is keyed per day, the
 * expiry deletes what any node may delete.
 */
public final class NotificationJobs {

    private NotificationJobs() {
    }

    /** Every minute: send what waits in the outbox, which retries the failed mails when their pause is over. */
    @Scheduled(cronExpression = "30 * * * * ?", description = "Send and retry e-mails")
    public static class MailRetry implements Job {

        @Inject
        MailSender sender;

        @Override
        public void execute(JobExecutionContext context) {
            sender.sendWaiting();
        }
    }

    /** Every 5 minutes: the curators' morning digest of each organisation, once its time has come. */
    @Scheduled(cronExpression = "0 0/5 * * * ?", description = "Morning digest for curators")
    public static class Digest implements Job {

        @Inject
        MorningDigest digest;

        @Override
        public void execute(JobExecutionContext context) {
            digest.sendDue();
        }
    }

    /** Every night at 03:15: old read notifications and old sent e-mails are deleted. */
    @Scheduled(cronExpression = "0 15 3 * * ?", description = "Expire old notifications")
    public static class Expiry implements Job {

        @Inject
        NotificationExpiry expiry;

        @Override
        public void execute(JobExecutionContext context) {
            expiry.expire();
        }
    }
}
