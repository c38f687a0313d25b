package io.exwire.testkit.gateio;

import io.exwire.api.model.MarketType;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a spot and a futures Gate.io simulator until the process is stopped, streaming market data and printing
 * their URIs. Arguments: {@code [eventsPerSecond] [seed]} (defaults 1000 and 42). Registers the account
 * {@code key}/{@code secret} with user id {@code 10001} on both.
 */
public final class GateioSimulatorMain {

    private GateioSimulatorMain() {
    }

    /**
     * @param args {@code [eventsPerSecond] [seed]}
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        GateioSimulator spot = new GateioSimulator(MarketType.SPOT, seed).start();
        GateioSimulator futures = new GateioSimulator(MarketType.FUTURES, seed).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            spot.close();
            futures.close();
            stopped.countDown();
        }));
        for (GateioSimulator sim : new GateioSimulator[] {spot, futures}) {
            sim.addAccount("key", "secret", "10001");
            sim.stream(rate);
            System.out.println("gateio " + sim.market() + " websocket " + sim.websocketUri() + " rest " + sim.restUri());
        }
        System.out.println("account: KEY=key SECRET=secret user_id=10001; " + rate + " events/s; Ctrl-C to stop");
        stopped.await();
    }
}
