package ru.otklik.bench.timers;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import java.util.Date;

/**
 * The design not chosen: a persistent single-action EJB timer per deadline, kept in WildFly's
 * database timer store (the server's default store, table JBOSS_EJB_TIMER). The timer's info is
 * what a real one would carry, the message and its deadline: {@code deadline:<message>:<epoch ms>}.
 * Each business method runs in one transaction (the caller, {@link TimersResource}, has none).
 */
@Stateless
public class TimerBench {

    @Resource
    TimerService timerService;

    /** Creates the timers numbered {@code from .. from+count-1}; number i is due at {@code at + i * spacing} ms. */
    public void create(int from, int count, long at, long spacing) {
        for (int i = from; i < from + count; i++) {
            long due = at + i * spacing;
            timerService.createSingleActionTimer(new Date(due), new TimerConfig("deadline:" + i + ":" + due, true));
        }
    }

    /** Cancels up to {@code max} of this bean's timers; returns how many. */
    public int cancel(int max) {
        int cancelled = 0;
        for (Timer timer : timerService.getTimers()) {
            if (cancelled == max) {
                break;
            }
            timer.cancel();
            cancelled++;
        }
        return cancelled;
    }

    public int count() {
        return timerService.getTimers().size();
    }

    /** A deadline came: only the delay from the due instant to this call is recorded (no notification written). */
    @Timeout
    public void due(Timer timer) {
        String info = (String) timer.getInfo();
        Fired.record(System.currentTimeMillis() - Long.parseLong(info.substring(info.lastIndexOf(':') + 1)));
    }
}
