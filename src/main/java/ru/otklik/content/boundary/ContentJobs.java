package ru.otklik.content.boundary;

import jakarta.inject.Inject;
import org.apache.deltaspike.scheduler.api.Scheduled;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The recurring job of the content plan (DeltaSpike scheduler on Quartz). */
public final class ContentJobs {

    private ContentJobs() {
    }

    /**
     * Every Thursday at 10:00 (server time) and every Monday at 09:00: weeks that will fall short
     * of the weekly target, while there is still time to plan (R2.4). Each week is announced once.
     */
    @Scheduled(cronExpression = "0 0 10 ? * THU,MON", description = "Weekly content plan check")
    public static class WeeklyCheck implements Job {

        @Inject
        ContentPlanCheck check;

        @Override
        public void execute(JobExecutionContext context) {
            check.check();
        }
    }
}
