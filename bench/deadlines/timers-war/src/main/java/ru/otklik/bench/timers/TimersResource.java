package ru.otklik.bench.timers;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * What bench/deadlines.sh asks of the timer design, answered as {@code key=value} text:
 * <pre>
 *   POST /timers-bench/api/timers/create?from=&amp;count=&amp;at=&amp;spacing=&amp;batch=   create (one transaction per batch)
 *   POST /timers-bench/api/timers/cancel?batch=                             cancel all of them
 *   GET  /timers-bench/api/timers/count                                     how many the server holds
 *   GET  /timers-bench/api/timers/fired?reset=true                          delays of the fired ones
 *   GET  /timers-bench/api/timers/heap                                      heap used after a full GC
 * </pre>
 */
@Path("timers")
@Produces(MediaType.TEXT_PLAIN)
public class TimersResource {

    @EJB
    TimerBench bench;

    @POST
    @Path("create")
    public String create(@QueryParam("from") int from, @QueryParam("count") int count, @QueryParam("at") long at,
                         @QueryParam("spacing") @DefaultValue("0") long spacing,
                         @QueryParam("batch") @DefaultValue("1000") int batch) {
        long t0 = System.nanoTime();
        for (int i = from; i < from + count; i += batch) {
            bench.create(i, Math.min(batch, from + count - i), at, spacing);
        }
        return "created=" + count + " ms=" + ms(t0) + "\n";
    }

    @POST
    @Path("cancel")
    public String cancel(@QueryParam("batch") @DefaultValue("1000") int batch) {
        long t0 = System.nanoTime();
        int total = 0;
        int n;
        while ((n = bench.cancel(batch)) > 0) {
            total += n;
        }
        return "cancelled=" + total + " ms=" + ms(t0) + "\n";
    }

    @GET
    @Path("count")
    public String count() {
        long t0 = System.nanoTime();
        int n = bench.count();
        return "timers=" + n + " ms=" + ms(t0) + "\n";
    }

    @GET
    @Path("fired")
    public String fired(@QueryParam("reset") boolean reset) {
        return Fired.report(reset) + "\n";
    }

    @GET
    @Path("heap")
    public String heap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return "heap_used_mb=" + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " heap_max_mb="
                + rt.maxMemory() / (1024 * 1024) + "\n";
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
