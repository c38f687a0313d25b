package io.exwire.cli.demo;

import io.exwire.api.model.ExchangeId;
import io.exwire.api.model.MarketType;
import io.exwire.cli.command.CliContext;
import io.exwire.cli.command.Session;
import io.exwire.cli.command.TablePresentation;
import io.exwire.cli.options.DemoOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code exwire demo}: four simulated venue markets (Gate.io and MEXC, spot and futures) in-process, eight
 * websockets through the api, simulated account activity and a live table, until Ctrl-C or {@code --duration}.
 */
public final class DemoCommand {

    private static final List<ExchangeId> VENUES = List.of(ExchangeId.of("gateio"), ExchangeId.of("mexc"));
    private static final long STEP_MILLIS = 700;
    private static final long SHUTDOWN_MILLIS = 2_000;

    private final CliContext ctx;

    /**
     * @param ctx the context
     */
    public DemoCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param o the options
     * @return the exit code
     */
    public int run(DemoOptions o) {
        TablePresentation presentation = TablePresentation.create(ctx,
                "exwire demo   seed " + o.seed() + "   Gate.io + MEXC simulators on loopback");
        try (presentation; Resources resources = new Resources()) {
            List<DemoVenue> venues = startAll(o.seed(), presentation, resources);
            for (DemoVenue venue : venues) {
                venue.awaitStarted(ctx.control());
            }
            List<AccountActivity> activities = new ArrayList<>();
            for (int i = 0; i < venues.size(); i++) {
                activities.add(venues.get(i).activity(presentation, o.seed() * 31 + i, resources));
            }
            schedule(activities, resources);
            int code = Session.run(ctx.control(), o.duration(), presentation);
            presentation.finish();
            return code;
        }
    }

    private List<DemoVenue> startAll(long seed, TablePresentation presentation, Resources resources) {
        List<DemoVenue> venues = new ArrayList<>();
        int userId = 10_001;
        for (ExchangeId venue : VENUES) {
            for (MarketType market : MarketType.values()) {
                venues.add(DemoVenue.start(venue, market, seed, Integer.toString(userId++), presentation,
                        ctx.control(), resources));
            }
        }
        return venues;
    }

    /**
     * Runs the activities on one scheduler thread, staggered; registered for closing after the REST clients they
     * use, so it is stopped before them.
     */
    private static void schedule(List<AccountActivity> activities, Resources resources) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("exwire-demo-activity").factory());
        resources.add(() -> shutdown(scheduler));
        for (int i = 0; i < activities.size(); i++) {
            scheduler.scheduleWithFixedDelay(activities.get(i)::step, STEP_MILLIS * (i + 1) / activities.size(),
                    STEP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static void shutdown(ScheduledExecutorService scheduler) throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(SHUTDOWN_MILLIS, TimeUnit.MILLISECONDS);
    }
}
