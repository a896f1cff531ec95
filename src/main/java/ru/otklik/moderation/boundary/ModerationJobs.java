package ru.otklik.moderation.boundary;

import jakarta.inject.Inject;
import org.apache.deltaspike.scheduler.api.Scheduled;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The recurring jobs of moderation (DeltaSpike scheduler on Quartz). */
public final class ModerationJobs {

    private ModerationJobs() {
    }

    /**
     * Every minute: bans whose term is over end, recorded by "system". Safe on several nodes: a
     * ban ended by one is no longer due for the other (optimistic locking settles a tie).
     */
    @Scheduled(cronExpression = "15 * * * * ?", description = "End bans whose term is over")
    public static class BanExpiry implements Job {

        @Inject
        Blacklists blacklists;

        @Override
        public void execute(JobExecutionContext context) {
            blacklists.expireDue();
        }
    }
}
