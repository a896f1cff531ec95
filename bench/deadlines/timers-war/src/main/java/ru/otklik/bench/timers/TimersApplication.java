package ru.otklik.bench.timers;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /timers-bench/api. */
@ApplicationPath("api")
public class TimersApplication extends Application {
}
